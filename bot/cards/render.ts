/**
 * Cards are Adaptive Cards 1.5 templates (JSON beside their builder) expanded with adaptivecards-templating.
 * Builders hand the template fully localized data, so templates hold layout only and no text of their own.
 */
import { createHash } from 'node:crypto';
import { Template } from 'adaptivecards-templating';
import { BoundedMap } from '../../shared/collections/boundedMap';
import { CompiledTemplate, planTemplate } from './compiledTemplate';

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  body?: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** Teams shows a card's user-specific refresh to at most 60 people: every card's refresh list is cut there. */
export const maxRefreshUsers = 60;

/**
 * A Template parses every ${...} of its JSON when built, which costs far more than expanding it; each card's
 * template is parsed once. (Expanding is synchronous, so one Template can serve every turn.)
 */
const parsed = new WeakMap<object, Template>();

/**
 * Expanding is deterministic, and most cards repeat (the help card, a region's list as many people see it),
 * so the last cards expanded are kept by their data. Cards are never changed after they are built.
 */
const recent = new WeakMap<object, BoundedMap<string, AdaptiveCard>>();
const recentPerTemplate = 200;

export function renderCard(template: object, data: object): AdaptiveCard {
  let cards = recent.get(template);
  if (!cards) recent.set(template, (cards = new BoundedMap(recentPerTemplate)));
  const key = JSON.stringify(data);
  // Templates hold no text, so only data with a "]" can put a Markdown link on the card.
  return cards.getOrAdd(key, () => (key.includes(']') ? (shownAsWritten(expand(template, data)) as AdaptiveCard) : expand(template, data)));
}

/** Templates whose expressions are simple are compiled (compiledTemplate.ts); null marks one that is not. */
const compiledFor = new WeakMap<object, CompiledTemplate | null>();

function expand(template: object, data: object): AdaptiveCard {
  let compiled = compiledFor.get(template);
  if (compiled === undefined) {
    const plan = planTemplate(template);
    compiled = plan ? new CompiledTemplate(template, plan, checkBindings) : null;
    compiledFor.set(template, compiled);
  }
  if (compiled) return compiled.render(data) as AdaptiveCard;
  let prepared = parsed.get(template);
  if (!prepared) {
    prepared = new Template(template);
    parsed.set(template, prepared);
  }
  const card = prepared.expand({ $root: data }) as AdaptiveCard;
  checkBindings(card, data);
  return card;
}

/**
 * Teams reads a TextBlock's text and a fact's title and value as Markdown, so "[Open the form](https://…)" that a
 * person wrote (a message, a reason, a note, a name) would reach others as a link hiding its address. Kollega's own
 * texts have no Markdown links, so every "](" on a card is someone's: an invisible space keeps each character and
 * makes no link (Markdown's escapes are drawn differently by each Teams client). Copies only what it changes.
 */
export function shownAsWritten(node: unknown): unknown {
  if (Array.isArray(node)) {
    const items = node.map(shownAsWritten);
    return items.some((item, i) => item !== node[i]) ? items : node;
  }
  if (!node || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  let changed: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(record)) {
    const shown = typeof value === 'string' ? (isMarkdownText(record, key) ? unlinked(value) : value) : shownAsWritten(value);
    if (shown !== value) (changed ??= { ...record })[key] = shown;
  }
  return changed ?? node;
}

/** The strings Teams draws as Markdown: a TextBlock's text, a fact's title and value (facts have no type). */
const isMarkdownText = (node: Record<string, unknown>, key: string) =>
  (node.type === 'TextBlock' && key === 'text') || (node.type === undefined && 'title' in node && 'value' in node && (key === 'title' || key === 'value'));

const unlinked = (text: string) => text.replace(/\](\s*)\(/g, ']\u200b$1(');

/**
 * A binding left unexpanded means the builder forgot a field: fail loudly rather than show "${...}" to a person.
 * Text that people wrote may itself contain "${", and templating rightly leaves it alone.
 */
function checkBindings(card: unknown, data: object): void {
  const written = stringsOf(data).join('\n');
  const leftover = (JSON.stringify(card).match(/\$\{[^}]*\}/g) ?? []).find((b) => !written.includes(b));
  if (leftover) throw new Error(`Card template binding ${leftover} has no data`);
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** Tells whether a message already shows this card (e.g. an approval card copy), without storing the card. */
export function cardFingerprint(card: AdaptiveCard): string {
  return createHash('sha256').update(JSON.stringify(card)).digest('base64url').slice(0, 22);
}

export function cardAttachment(card: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: adaptiveCardContentType, content: card };
}
