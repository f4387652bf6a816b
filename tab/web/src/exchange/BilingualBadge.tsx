/** "Bilingual" on a library whose municipality is: a place for language practice. */
import { Badge } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import type { LibrarySummary } from './exchangeTypes';

export function BilingualBadge({ library }: { library: LibrarySummary }) {
  const { t } = useI18n();
  if (!library.bilingual) return null;
  return (
    <Badge appearance="tint" shape="rounded" color="brand">
      {t('exchange.library.bilingual')}
    </Badge>
  );
}
