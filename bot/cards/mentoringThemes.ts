/** The themes of the reader's support groups, most votes first, to vote for from the chat and to propose new. */
import { translator } from '../../shared/i18n/translate';
import type { Language } from '../../shared/i18n/language';
import { actionData } from '../activities/cardActions';
import { renderCard, type AdaptiveCard } from './render';
import template from './mentoringThemes.card.json';

export interface ThemesCardGroup {
  id: string;
  name: string;
  themes: ReadonlyArray<{ id: string; title: string; votes: number; myVote: boolean; fixed: boolean }>;
}

export function themesCard({ lang, groups, notice }: { lang: Language; groups: readonly ThemesCardGroup[]; notice?: { text: string; good: boolean } }): AdaptiveCard {
  const t = translator(lang);
  return renderCard(template, {
    notice: notice?.text ?? '',
    noticeColor: notice?.good ? 'Good' : 'Attention',
    heading: t('mentoring.card.themesHeading'),
    noGroups: t('mentoring.card.noGroups'),
    groups: groups.map((g) => ({
      name: g.name,
      noThemes: t('mentoring.card.noThemes'),
      themes: g.themes.map((theme) => ({
        label: t(theme.fixed ? 'mentoring.card.themeFixed' : 'mentoring.card.themeVotes', { title: theme.title, count: theme.votes }),
        open: !theme.fixed,
        button: theme.myVote ? t('mentoring.card.unvote') : t('mentoring.card.vote'),
        voteData: actionData({ action: 'mentoringVote', themeId: theme.id, vote: theme.myVote ? 'false' : 'true' }),
      })),
      inputId: `title-${g.id}`,
      proposeLabel: t('mentoring.card.proposeLabel'),
      proposeButton: t('mentoring.card.propose'),
      proposeData: actionData({ action: 'mentoringPropose', groupId: g.id }),
    })),
  });
}
