/**
 * Whether the cards a builder draws, compiled (bot/cards/compiledTemplate.ts) or reused from the recent cards, are
 * exactly what adaptivecards-templating makes of the same data: the data of each card that is not.
 */
import { Template } from 'adaptivecards-templating';
import * as render from '../../bot/cards/render';

export async function templatingDifferences(drawAll: () => unknown): Promise<string[]> {
  const renderCard = render.renderCard;
  const differences: string[] = [];
  const spy = jest.spyOn(render, 'renderCard').mockImplementation((template, data) => {
    const card = renderCard(template, data);
    if (JSON.stringify(card) !== JSON.stringify(new Template(template).expand({ $root: data }))) differences.push(JSON.stringify(data).slice(0, 200));
    return card;
  });
  try {
    await drawAll();
  } finally {
    spy.mockRestore();
  }
  return differences;
}
