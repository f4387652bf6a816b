/**
 * A plain card of a few lines, an optional list and optional links: outcomes told to a requester, refusals,
 * and the coordinators' lists of requests and members.
 */
import { renderCard, type AdaptiveCard } from './render';
import template from './notice.card.json';

export interface NoticeInput {
  /** The first line is the heading. */
  lines: readonly string[];
  entries?: ReadonlyArray<{ title: string; detail?: string }>;
  links?: ReadonlyArray<{ title: string; url: string }>;
}

export function noticeCard({ lines, entries = [], links = [] }: NoticeInput): AdaptiveCard {
  return renderCard(template, {
    lines: lines.map((text, i) => ({ text, weight: i === 0 ? 'Bolder' : 'Default' })),
    entries: entries.map((e) => ({ title: e.title, detail: e.detail ?? '' })),
    links: links.filter((l) => /^https:\/\//.test(l.url)),
  });
}
