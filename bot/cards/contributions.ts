/** The book tips or practices of a session, in the order they were added, with who added each. */
import type { ContributionRecord } from '../../shared/store/repositories/eventContributions';
import type { EventRecord } from '../../shared/store/repositories/events';
import { contributionKindFor } from '../../shared/domain/contributions';
import { inLanguage } from '../../shared/domain/localized';
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { noticeCard } from './notice';
import type { AdaptiveCard } from './render';

export function contributionsCard(lang: Language, event: EventRecord, contributions: readonly ContributionRecord[]): AdaptiveCard {
  const t = translator(lang);
  const kind = contributionKindFor(event.kind) ?? 'bookTip';
  const heading = t(`event.${kind}.summary`, { title: inLanguage(event.title, lang), count: contributions.length });
  const by = (c: ContributionRecord) => (c.personName ? t('event.contribution.by', { name: c.personName }) : '');
  return noticeCard({
    lines: [heading, ...(contributions.length === 0 ? [t('event.contributions.none')] : [])],
    entries: contributions.map((c) =>
      c.kind === 'bookTip'
        ? {
            title: [c.title, c.author].filter(Boolean).join(' — ') + (c.ageGroup ? ` (${t(`event.age.${c.ageGroup}`)})` : ''),
            detail: [c.note, c.isbn ? `ISBN ${c.isbn}` : '', by(c)].filter(Boolean).join(' · '),
          }
        : { title: c.title, detail: [c.description, c.library ?? '', by(c)].filter(Boolean).join(' · ') },
    ),
  });
}
