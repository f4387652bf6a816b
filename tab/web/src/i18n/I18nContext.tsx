/** The reader's language for every component: texts, localized names and dates. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Lang, Localized } from '../../../../shared/api/tabContract';
import { localeOf } from '../host/language';
import { translate, type MessageKey, type TextParams } from './translate';

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: TextParams) => string;
  /** A stored text in the reader's language, else Finnish, else Swedish (English is optional on the server). */
  pick: (text: Localized) => string;
  /** A moment as Finnish time, written the reader's way. */
  moment: (iso: string) => string;
}

function makeI18n(lang: Lang): I18n {
  const format = new Intl.DateTimeFormat(localeOf[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Helsinki' });
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    pick: (text) => text[lang] || text.fi || text.sv || text.en || '',
    moment: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    },
  };
}

const I18nContext = createContext<I18n>(makeI18n('en'));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
