import { dayNumber } from '../calendarDate';
import { checkPlan, type ExchangePlan } from './plan';

const complete: ExchangePlan = {
  homeLibraryId: 'porvoo-main', hostLibraryId: 'vaasa-main', startsOn: '2027-03-09', endsOn: '2027-03-11', reciprocal: false,
  returnVisitor: null, returnStartsOn: null, returnEndsOn: null, expectations: 'See their seniors work', expertise: 'Seniors',
  languagePractice: true, supervisorName: 'Sanna Esihenkilö', supervisorEmail: 'sanna@porvoo.fi', hostContactName: 'Hanna Host',
  hostContactEmail: 'hanna@vaasa.fi', travelEstimateCents: 120_00, stayEstimateCents: 200_00,
};
const ctx = { today: dayNumber('2027-02-01')!, knownLibrary: (id: string) => ['porvoo-main', 'vaasa-main'].includes(id), applicantEmail: 'me@porvoo.fi' };

describe('an exchange plan', () => {
  it('is complete when everything a submission needs is there', () => {
    expect(checkPlan(complete, ctx)).toEqual({ errors: [], gaps: [] });
  });

  it('may be a draft with gaps but no errors', () => {
    const draft = { ...complete, hostLibraryId: null, startsOn: null, endsOn: null, expectations: ' ', supervisorEmail: '', hostContactName: '' };
    expect(checkPlan(draft, ctx)).toEqual({ errors: [], gaps: ['hostMissing', 'datesMissing', 'expectationsMissing', 'supervisorMissing', 'hostContactMissing'] });
  });

  it.each([
    [{ hostLibraryId: 'porvoo-main' }, 'sameLibrary'],
    [{ hostLibraryId: 'atlantis-main' }, 'unknownLibrary'],
    [{ startsOn: '2027-03-01', endsOn: '2027-03-10' }, 'visit.tooLong'],
    [{ startsOn: '2027-03-06', endsOn: '2027-03-08' }, 'visit.startsOnDayOff'],
    [{ startsOn: '2027-03-11', endsOn: '2027-03-09' }, 'visit.endsBeforeStart'],
    [{ startsOn: '2027-01-26', endsOn: '2027-01-27' }, 'visitInPast'],
    [{ supervisorEmail: 'sanna at porvoo' }, 'badSupervisorEmail'],
    [{ supervisorEmail: 'ME@porvoo.fi' }, 'supervisorIsApplicant'],
    [{ hostContactEmail: 'hanna@' }, 'badHostEmail'],
    [{ reciprocal: true, returnVisitor: 'Hanna', returnStartsOn: '2027-05-03', returnEndsOn: '2027-05-14' }, 'return.tooLong'],
  ] as const)('refuses %o as %s', (change, error) => {
    expect(checkPlan({ ...complete, ...change }, ctx).errors).toEqual([error]);
  });

  it('asks who comes back and when for a reciprocal exchange', () => {
    expect(checkPlan({ ...complete, reciprocal: true }, ctx).gaps).toEqual(['returnMissing']);
    expect(checkPlan({ ...complete, reciprocal: true, returnVisitor: 'Hanna Host', returnStartsOn: '2027-05-04', returnEndsOn: '2027-05-05' }, ctx)).toEqual({ errors: [], gaps: [] });
  });
});
