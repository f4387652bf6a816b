/**
 * The live region where results appear. It is always in the page, so screen readers hear each new message; the
 * intent is written as a word (Done: / Error:) as well as shown by colour and icon.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from './NoticeContext';

const useStyles = makeStyles({
  region: { position: 'sticky', top: 0, zIndex: 1, marginBlock: '8px' },
});

export function NoticeRegion() {
  const { current, dismiss } = useNotices();
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.region} role="status" aria-live="polite" aria-atomic="true">
      {current && (
        <MessageBar key={current.id} intent={current.intent} politeness="polite">
          <MessageBarBody>
            <MessageBarTitle>{t(`notice.${current.intent}`)}</MessageBarTitle>
            {current.text}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" size="small" onClick={dismiss}>
              {t('notice.dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
