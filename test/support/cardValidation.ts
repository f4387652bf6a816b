/**
 * Validates a card the way Teams will read it: the official `adaptivecards` library at version 1.5, plus checks
 * for what that library lets through (a missing version, TextBlocks without text, Images without url,
 * unexpanded template bindings, actions without a title, two inputs with one id: Teams would send only one).
 */
import * as AC from 'adaptivecards';

export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const json = card as Record<string, unknown>;
  if (json?.type !== 'AdaptiveCard') problems.push('type is not AdaptiveCard');
  if (json?.version !== '1.5' && !/^1\.[0-5]$/.test(String(json?.version))) {
    problems.push(`version must be present and at most 1.5 (got ${String(json?.version)})`);
  }

  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.maxVersion = AC.Versions.v1_5;
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const e of parsed.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);

  const inputIds = new Map<string, string>();
  walk(card, '$', (node, where) => {
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && typeof node.id === 'string') {
      const first = inputIds.get(node.id);
      if (first) problems.push(`${where}: input id ${node.id} already used at ${first}`);
      else inputIds.set(node.id, where);
    }
    if (node.type === 'TextBlock' && (typeof node.text !== 'string' || node.text.trim() === '')) {
      problems.push(`${where}: TextBlock without text`);
    }
    if (node.type === 'Image' && typeof node.url !== 'string') problems.push(`${where}: Image without url`);
    if (typeof node.type === 'string' && node.type.startsWith('Action.') && !String(node.title ?? '').trim()) {
      problems.push(`${where}: ${node.type} without a title`);
    }
    if (node.type === 'Action.Execute' && !String(node.verb ?? '').trim()) problems.push(`${where}: Action.Execute without verb`);
    for (const [key, value] of Object.entries(node)) {
      if (key === '$data' || key === '$when') problems.push(`${where}.${key}: template keyword left in the card`);
      if (typeof value === 'string' && value.includes('${')) problems.push(`${where}.${key}: unexpanded binding ${value}`);
    }
  });
  return problems;
}

function walk(value: unknown, where: string, visit: (node: Record<string, unknown>, where: string) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`, visit));
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    visit(node, where);
    for (const [key, child] of Object.entries(node)) if (key !== 'data') walk(child, `${where}.${key}`, visit);
  }
}
