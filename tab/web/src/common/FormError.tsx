/** Inside a dialog: why the server refused the form, with each problem on its own line. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { ApiError } from '../api/http';
import { useI18n } from '../i18n/I18nContext';

export function FormError({ error }: { error: unknown }) {
  const { t } = useI18n();
  const bar = useRef<HTMLDivElement>(null);
  // A long form scrolls; the refusal is at its end, so bring it into view. (A block body: newer browsers return
  // a Promise from scrollIntoView, which React would take for a clean-up function.)
  useEffect(() => {
    void bar.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const problems = error instanceof ApiError ? error.problems : [];
  return (
    <MessageBar ref={bar} intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{problems.length > 0 ? t('common.fixThese') : t('notice.error')}</MessageBarTitle>
        {problems.length > 0 ? (
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : (
          message
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
