/**
 * "My data": what Kollega keeps about the signed-in person, as a file to download, and its erasure. Admins also
 * find here another person's data, to download or erase at that person's request.
 */
import { makeStyles } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Me } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { useViewStyles } from '../common/styles';
import { ExportButton } from '../coordinate/ExportButton';
import { SectionHeading } from '../coordinate/SectionHeading';
import { useI18n } from '../i18n/I18nContext';
import { AdminPersonData } from './AdminPersonData';
import { EraseDialog } from './EraseDialog';

const useStyles = makeStyles({ section: { display: 'flex', flexDirection: 'column', gap: '8px', alignItems: 'flex-start' } });

export function MyDataView({ me, onErased }: { me: Me; onErased: (reference: string | null) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const own = useStyles();
  const erasure = useRef<string | null | undefined>(undefined);
  return (
    <>
      <h2 className={styles.viewHeading}>{t('nav.myData')}</h2>
      <p className={styles.text}>{t('privacy.intro')}</p>

      <section aria-labelledby="my-data-download" className={own.section}>
        <SectionHeading level={3} id="my-data-download">{t('privacy.download.title')}</SectionHeading>
        <p className={styles.text}>{t('privacy.download.text')}</p>
        <ExportButton path={api.myDataPath()} fileName="kollega.json" label={t('privacy.download.button')} />
      </section>

      <section aria-labelledby="my-data-erase" className={own.section}>
        <SectionHeading level={3} id="my-data-erase">{t('privacy.erase.title')}</SectionHeading>
        <p className={styles.text}>{t('privacy.erase.text')}</p>
        <ul className={styles.plainList}>
          {(['removed', 'seats', 'loans', 'costs', 'teams', 'again'] as const).map((point) => (
            <li key={point}>{t(`privacy.erase.${point}`)}</li>
          ))}
        </ul>
        <EraseDialog
          triggerLabel={t('privacy.erase.button')}
          title={t('privacy.erase.dialogTitle')}
          text={t('privacy.erase.dialogText')}
          confirmLabel={t('privacy.erase.confirm')}
          onErase={async () => {
            erasure.current = (await api.eraseMyData()).erasureId;
          }}
          // Only once the dialog has closed: the view that holds it goes away then.
          afterErase={() => erasure.current !== undefined && onErased(erasure.current)}
        />
      </section>

      {me.admin && <AdminPersonData myId={me.person.id} />}
    </>
  );
}
