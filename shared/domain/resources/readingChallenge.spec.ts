import { checkChallenge, withoutBlankTasks } from './readingChallenge';

const draft = (tasks: Array<{ fi: string; sv: string }>, title = { fi: 'Lukuhaaste', sv: 'Läsutmaning' }) => ({ year: 2027, title, intro: { fi: '', sv: '' }, tasks });

describe('the reading challenge', () => {
  it('may be saved half-written, but is published only with a title and every task in both languages', () => {
    const half = draft([{ fi: 'Lue runokirja', sv: '' }], { fi: 'Lukuhaaste', sv: '' });
    expect(checkChallenge(half, false, 2026)).toEqual([]);
    expect(checkChallenge(half, true, 2026)).toEqual(['titleMissing', 'taskMissingLanguage']);
    expect(checkChallenge(draft([]), true, 2026)).toEqual(['noTasks']);
    expect(checkChallenge(draft([{ fi: 'Lue runokirja', sv: 'Läs en diktbok' }]), true, 2026)).toEqual([]);
  });

  it('is for a year up to the next one', () => {
    expect(checkChallenge({ ...draft([]), year: 2028 }, false, 2026)).toEqual(['yearOutOfRange']);
    expect(checkChallenge({ ...draft([]), year: 1999 }, false, 2026)).toEqual(['yearOutOfRange']);
  });

  it('drops the blank rows a form leaves, keeping half-written ones', () => {
    expect(withoutBlankTasks([{ fi: 'a', sv: '' }, { fi: ' ', sv: '' }, { fi: '', sv: 'b' }])).toEqual([{ fi: 'a', sv: '' }, { fi: '', sv: 'b' }]);
  });
});
