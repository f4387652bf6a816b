import { renderCard, shownAsWritten } from './render';

describe('what people wrote, on a card', () => {
  const template = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: '${message}', wrap: true },
      { type: 'FactSet', facts: [{ title: '${name}', value: '${message}' }] },
      { type: 'Input.Text', id: 'reason', value: '${message}' },
    ],
    actions: [{ type: 'Action.OpenUrl', title: 'Open', url: '${url}' }],
  };
  const data = { message: 'Täytä [lomake](https://phish.example/form)', name: '[Tiina](https://x.example)', url: 'https://kollega.example.org/tab/' };

  it('shows a Markdown link in text and facts as written, never as a link', () => {
    const card = renderCard(template, data) as any;
    for (const text of [card.body[0].text, card.body[1].facts[0].value, card.body[1].facts[0].title]) {
      expect(text).not.toMatch(/\]\s*\(/);
      expect(text.replace(/\u200b/g, '')).toMatch(/^(Täytä \[lomake\]\(https:\/\/phish\.example\/form\)|\[Tiina\]\(https:\/\/x\.example\))$/);
    }
  });

  it('leaves what is no drawn text as it is: an input\'s value, a button\'s address', () => {
    const card = renderCard(template, data) as any;
    expect(card.body[2].value).toBe(data.message);
    expect(card.actions[0].url).toBe(data.url);
  });

  it('gives back the very card when nothing in it needs changing', () => {
    const plain = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Sagostund (för 5–7-åringar) [ingen länk]' }] };
    expect(shownAsWritten(plain)).toBe(plain);
  });
});
