/** Outside Teams, without developer sign-in: the tab only works inside Teams. */
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { PageFrame } from '../shell/PageFrame';

export function OpenInTeams() {
  const { t } = useI18n();
  const styles = useViewStyles();
  return (
    <PageFrame title={t('app.openInTeams.title')}>
      <p className={styles.text}>{t('app.openInTeams.text')}</p>
    </PageFrame>
  );
}
