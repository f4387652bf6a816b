/** A coordinator's list of the applications waiting for a group, each accepted or declined with one press. */
import { Button } from '@fluentui/react-components';
import type { MentoringGroup } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { useViewStyles } from '../common/styles';
import { useAction } from '../common/useAction';
import { useI18n } from '../i18n/I18nContext';

type Application = NonNullable<MentoringGroup['applications']>[number];

export function ApplicationsSection({ applications, onChanged }: { applications: Application[]; onChanged: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const { busy, run } = useAction();
  return (
    <>
      <h5 className={styles.subHeading}>{t('mentoring.applications')}</h5>
      <ul className={styles.plainList}>
        {applications.map((a) => (
          <li key={a.id} className={styles.actions}>
            <span>{a.name}{a.message ? `: ${a.message}` : ''}</span>
            <Button size="small" appearance="primary" aria-label={t('mentoring.acceptName', { name: a.name })} disabledFocusable={busy} onClick={() => void run(async () => (await api.decideApplication(a.id, 'accept'), t('mentoring.accepted', { name: a.name })), onChanged)}>
              {t('mentoring.accept')}
            </Button>
            <Button size="small" aria-label={t('mentoring.declineName', { name: a.name })} disabledFocusable={busy} onClick={() => void run(async () => (await api.decideApplication(a.id, 'decline'), t('mentoring.declined', { name: a.name })), onChanged)}>
              {t('mentoring.decline')}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
