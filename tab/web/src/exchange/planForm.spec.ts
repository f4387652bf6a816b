import { describe, expect, it } from '@jest/globals';
import type { ExchangeView, LibrarySummary } from './exchangeTypes';
import { emptyPlanForm, formOfView, planOfForm } from './planForm';

const library = (id: string): LibrarySummary => ({
  id, name: { fi: id, sv: id }, municipality: { fi: id, sv: id }, regionId: 'uusimaa', languages: 'fi-sv', bilingual: true, email: null, phone: null, url: null,
});

describe('the application form', () => {
  it('needs a home library before anything is sent', () => {
    expect(planOfForm(emptyPlanForm, 'fi')).toEqual({ ok: false, problems: ['homeMissing'] });
  });

  it('sends a draft with empty dates as none and euros as cents', () => {
    const result = planOfForm({ ...emptyPlanForm, home: library('porvoo-main'), travel: '45,90', stay: ' 120 € ', expertise: ' Seniorityö ' }, 'fi');
    expect(result).toMatchObject({ ok: true, plan: { homeLibraryId: 'porvoo-main', hostLibraryId: null, startsOn: null, endsOn: null, travelEstimateCents: 4590, stayEstimateCents: 12000, expertise: 'Seniorityö' } });
  });

  it('says which amount is not euros', () => {
    expect(planOfForm({ ...emptyPlanForm, home: library('a'), travel: 'kolme', stay: '1,234' }, 'fi')).toEqual({ ok: false, problems: ['travelInvalid', 'stayInvalid'] });
  });

  it('leaves out the return of a one-way visit, and keeps it for a reciprocal one', () => {
    const form = { ...emptyPlanForm, home: library('a'), returnVisitor: 'Maija', returnStartsOn: '2030-03-05', returnEndsOn: '2030-03-06' };
    expect(planOfForm(form, 'fi')).toMatchObject({ plan: { reciprocal: false, returnVisitor: '', returnStartsOn: null, returnEndsOn: null } });
    expect(planOfForm({ ...form, reciprocal: true }, 'fi')).toMatchObject({ plan: { reciprocal: true, returnVisitor: 'Maija', returnStartsOn: '2030-03-05', returnEndsOn: '2030-03-06' } });
  });

  it('opens a saved draft with its values, an unknown estimate as an empty field', () => {
    const view = {
      homeLibrary: library('a'), hostLibrary: library('b'), startsOn: '2030-03-05', endsOn: null, reciprocal: false, returnVisitor: null, returnStartsOn: null,
      returnEndsOn: null, expectations: 'x', expertise: 'y', languagePractice: true, supervisorName: 'S', supervisorEmail: 's@x.fi', hostContactName: '',
      hostContactEmail: '', travelEstimateCents: 4590, stayEstimateCents: 0,
    } as unknown as ExchangeView;
    const form = formOfView(view, 'sv');
    expect(form).toMatchObject({ startsOn: '2030-03-05', endsOn: '', travel: '45,90', stay: '', languagePractice: true });
    expect(planOfForm(form, 'sv')).toMatchObject({ plan: { hostLibraryId: 'b', travelEstimateCents: 4590, stayEstimateCents: 0 } });
  });
});
