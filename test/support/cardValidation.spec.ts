import { cardProblems } from './cardValidation';

const good = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hei' }] };

describe('cardProblems (the validator the card tests rely on)', () => {
  it('passes a valid card', () => {
    expect(cardProblems(good)).toEqual([]);
  });

  it.each([
    ['a missing version', { ...good, version: undefined }],
    ['a version above 1.5', { ...good, version: '1.6' }],
    ['an unknown element', { ...good, body: [{ type: 'Carousel' }] }],
    ['a TextBlock without text', { ...good, body: [{ type: 'TextBlock' }] }],
    ['an unexpanded binding', { ...good, body: [{ type: 'TextBlock', text: '${title}' }] }],
    ['a required input without label', { ...good, body: [{ type: 'Input.Text', id: 'x', isRequired: true }] }],
    ['duplicate ids', { ...good, body: [{ type: 'Input.Text', id: 'x', label: 'a' }, { type: 'Input.Text', id: 'x', label: 'b' }] }],
    ['an action without title', { ...good, actions: [{ type: 'Action.Submit', data: {} }] }],
    ['an Image without url', { ...good, body: [{ type: 'Image' }] }],
  ])('reports %s', (_label, card) => {
    expect(cardProblems(card).length).toBeGreaterThan(0);
  });
});

describe('cardProblems on template keywords', () => {
  it('reports $when and $data left in a card, but not $schema', () => {
    expect(cardProblems({ ...good, $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' })).toEqual([]);
    expect(cardProblems({ ...good, body: [{ type: 'TextBlock', text: 'x', $when: 'true' }] })).toHaveLength(1);
  });
});
