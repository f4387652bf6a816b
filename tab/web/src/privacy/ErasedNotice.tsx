/** What is left after erasing oneself: the outcome and its reference, and no views that would sign in again. */
import { EmptyState } from '../common/EmptyState';
import { useI18n } from '../i18n/I18nContext';

export function ErasedNotice({ reference }: { reference: string | null }) {
  const { t } = useI18n();
  return (
    <div role="status">
      <EmptyState headingLevel={2} title={t('privacy.erased.title')} text={t('privacy.erased.text', { reference: reference ?? '–' })} />
    </div>
  );
}
