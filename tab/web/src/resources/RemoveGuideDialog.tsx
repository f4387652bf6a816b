/** Remove a guide from the network's list, confirming first; the documents themselves stay where they are. */
import { Button } from '@fluentui/react-components';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';

export function RemoveGuideDialog({ guideId, title, onRemoved }: { guideId: string; title: string; onRemoved: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const styles = useViewStyles();
  return (
    <FormDialog
      trigger={<Button>{t('resources.guide.remove', { title })}</Button>}
      title={t('resources.guide.removeTitle', { title })}
      submitLabel={t('resources.guide.removeConfirm')}
      onSubmit={async () => {
        await api.removeGuide(guideId);
        notify('success', t('resources.guide.removed', { title }));
      }}
      // The dialog's trigger goes with the guide: the list changes only once the dialog has let go of the page.
      afterSubmit={onRemoved}
    >
      <p className={styles.text}>{t('resources.guide.removeText')}</p>
    </FormDialog>
  );
}
