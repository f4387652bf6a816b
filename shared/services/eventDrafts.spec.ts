import { readDraft, type LocalEventFields } from './eventDrafts';

const fields: LocalEventFields = {
  titleFi: 'Lanujen kirjakahvit',
  titleSv: 'Lanus bokkaffe',
  descriptionFi: 'Vinkataan kirjoja.',
  descriptionSv: 'Vi tipsar om böcker.',
  startDate: '2027-02-02',
  startTime: '14:00',
  endTime: '15:30',
};

describe('reading an event as a coordinator writes it', () => {
  it('takes Finnish times, the same day unless told, no limit and no deadline unless given', () => {
    const read = readDraft(fields);
    expect(read).toEqual({
      ok: true,
      draft: {
        title: { fi: 'Lanujen kirjakahvit', sv: 'Lanus bokkaffe', en: null },
        description: { fi: 'Vinkataan kirjoja.', sv: 'Vi tipsar om böcker.', en: null },
        startsAt: new Date('2027-02-02T12:00:00.000Z'),
        endsAt: new Date('2027-02-02T13:30:00.000Z'),
        rsvpDeadline: null,
        capacity: null,
        joinUrl: null,
      },
    });
  });

  it('reads a two-day network day in summer time, seats, a deadline at the end of its day, and a Teams link', () => {
    const read = readDraft({
      ...fields,
      startDate: '2027-05-20',
      startTime: '09:00',
      endDate: '2027-05-21',
      endTime: '16:00:00',
      capacity: '60',
      deadlineDate: '2027-05-10',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
    });
    expect(read).toMatchObject({
      ok: true,
      draft: {
        startsAt: new Date('2027-05-20T06:00:00.000Z'),
        endsAt: new Date('2027-05-21T13:00:00.000Z'),
        rsvpDeadline: new Date('2027-05-10T20:59:00.000Z'),
        capacity: 60,
      },
    });
  });

  it('names what is missing or wrong', () => {
    expect(readDraft({ ...fields, titleSv: ' ' })).toEqual({ ok: false, problems: ['incomplete'] });
    expect(readDraft({ ...fields, startDate: '2027-02-30' })).toEqual({ ok: false, problems: ['badTime'] });
    expect(readDraft({ ...fields, startDate: '2027-03-28', startTime: '03:30', endTime: '05:00' })).toEqual({ ok: false, problems: ['skippedTime'] });
    expect(readDraft({ ...fields, capacity: 'twenty' })).toEqual({ ok: false, problems: ['badCapacity'] });
    expect(readDraft({ ...fields, joinUrl: 'https://evil.example.org/join' })).toEqual({ ok: false, problems: ['badUrl'] });
    expect(readDraft({ ...fields, deadlineTime: '12:00' })).toEqual({ ok: false, problems: ['badTime'] });
  });

  it('lets a negative capacity through to the plan rules, which name it', () => {
    expect(readDraft({ ...fields, capacity: '-1' })).toMatchObject({ ok: true, draft: { capacity: -1 } });
  });
});
