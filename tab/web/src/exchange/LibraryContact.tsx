/** How to reach a library, as far as the directory knows: e-mail, phone, web page (step 2: contact the host). */
import { Link, makeStyles, mergeClasses } from '@fluentui/react-components';
import { ExternalLink } from '../common/ExternalLink';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import type { LibrarySummary } from './exchangeTypes';

const useStyles = makeStyles({ line: { margin: 0 } });

export function LibraryContact({ library }: { library: LibrarySummary }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  const own = useStyles();
  if (!library.email && !library.phone && !library.url) return <p className={styles.meta}>{t('exchange.library.noContact')}</p>;
  return (
    <p className={mergeClasses(styles.actions, own.line)}>
      {library.email && (
        <span>
          {t('exchange.library.email')}: <Link href={`mailto:${library.email}`}>{library.email}</Link>
        </span>
      )}
      {library.phone && (
        <span>
          {t('exchange.library.phone')}: <Link href={`tel:${library.phone.replace(/[^\d+]/g, '')}`}>{library.phone}</Link>
        </span>
      )}
      {library.url && <ExternalLink href={library.url}>{t('exchange.library.web')}</ExternalLink>}
    </p>
  );
}
