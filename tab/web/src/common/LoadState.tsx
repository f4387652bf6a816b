/** While data loads: a spinner; when it failed: the reason and a retry; then the content. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { Loaded } from './useLoad';

export function LoadState<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (loaded.data !== undefined) return <>{children(loaded.data)}</>;
  if (loaded.error) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t('notice.error')}</MessageBarTitle>
          {loaded.error.message || t('app.loadFailed')}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={loaded.reload}>{t('app.retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <Spinner size="small" label={t('app.loading')} />;
}
