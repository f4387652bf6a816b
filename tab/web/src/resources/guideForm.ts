/**
 * The guide form's values and what it sends: per language a link and the month its edition came out. A language
 * left without a link has no edition (its month is dropped with it); a month left empty is unknown (null).
 */
import type { Lang } from '../../../../shared/api/tabContract';
import { emptyLocalized, trimmed } from './localizedText';
import type { GuideBody, GuideView, LocalizedText } from './resourceTypes';

export const guideLanguages: readonly Lang[] = ['fi', 'sv', 'en'];

export interface GuideForm {
  title: LocalizedText;
  editions: Record<Lang, { url: string; published: string }>;
}

export function guideFormOf(guide?: GuideView): GuideForm {
  const editions = Object.fromEntries(guideLanguages.map((l) => [l, { url: guide?.editions[l]?.url ?? '', published: guide?.editions[l]?.published ?? '' }]));
  return { title: guide ? { fi: guide.title.fi, sv: guide.title.sv, en: guide.title.en } : emptyLocalized(), editions: editions as GuideForm['editions'] };
}

export function guideBodyOf(form: GuideForm): GuideBody {
  const editions: GuideBody['editions'] = {};
  for (const l of guideLanguages) {
    const { url, published } = form.editions[l];
    if (url.trim()) editions[l] = { url: url.trim(), published: published || null };
  }
  return { title: trimmed(form.title), editions };
}
