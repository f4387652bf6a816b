/** Always on top while signed in the developer way: nobody should mistake it for a real sign-in. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';

export function DevBanner({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useI18n();
  return (
    <aside aria-label={t('dev.banner')}>
      <MessageBar intent="warning" shape="square">
        <MessageBarBody>
          <MessageBarTitle>{t('dev.banner')}</MessageBarTitle>
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onSignOut}>{t('dev.signOut')}</Button>
        </MessageBarActions>
      </MessageBar>
    </aside>
  );
}
