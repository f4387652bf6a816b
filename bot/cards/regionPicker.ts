/** Asks which region a person works in; the answer decides which unit's networks they see. */
import { regionLabel, type Region, type Unit } from '../../shared/domain/catalog';
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { actionData } from '../activities/cardActions';
import { renderCard, type AdaptiveCard } from './render';
import template from './regionPicker.card.json';

export interface RegionPickerInput {
  lang: Language;
  regions: readonly Region[];
  units: readonly Unit[];
  selectedRegionId?: string;
  notice?: string;
}

export function regionPickerCard({ lang, regions, units, selectedRegionId, notice }: RegionPickerInput): AdaptiveCard {
  const t = translator(lang);
  return renderCard(template, {
    notice: notice ?? '',
    title: t('region.picker.title'),
    text: t('region.picker.text'),
    label: t('region.picker.label'),
    error: t('region.picker.error'),
    selected: selectedRegionId ?? '',
    choices: regions.map((r) => ({ title: regionLabel(r, units, lang), value: r.id })),
    submit: t('region.picker.submit'),
    // The chosen region arrives as the input `regionId`, merged into this data by the client.
    data: actionData({ action: 'setRegion', regionId: selectedRegionId ?? '' }),
  });
}
