/** A guide's editions as links: the reader's language first, each named with its language and when it came out. */
import { useViewStyles } from '../common/styles';
import { ExternalLink } from '../common/ExternalLink';
import { localeOf } from '../host/language';
import { useI18n } from '../i18n/I18nContext';
import { editionsInOrder, formatMonth } from './languageOrder';
import type { GuideView } from './resourceTypes';

export function GuideLinks({ guide, title }: { guide: GuideView; title: string }) {
  const { t, lang } = useI18n();
  const styles = useViewStyles();
  return (
    <ul className={styles.plainList} aria-label={t('resources.guide.editions', { title })}>
      {editionsInOrder(guide.editions, lang).map(({ lang: l, edition }) => {
        const language = t(`resources.lang.${l}`);
        return (
          <li key={l}>
            <ExternalLink href={edition.url}>
              {edition.published ? t('resources.guide.edition', { language, month: formatMonth(edition.published, localeOf[lang]) }) : language}
            </ExternalLink>
          </li>
        );
      })}
    </ul>
  );
}
