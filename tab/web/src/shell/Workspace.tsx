/** Signed in: the API with the caller's token, who the caller is, and the page the host asked for. */
import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy, useMemo, useRef } from 'react';
import { ApiContext } from '../api/ApiContext';
import { createHttp } from '../api/http';
import { kollegaApi } from '../api/kollegaApi';
import { LoadState } from '../common/LoadState';
import { useLoad } from '../common/useLoad';
import type { Host } from '../host/host';
import { useI18n } from '../i18n/I18nContext';
import { NoticeProvider } from '../notices/NoticeContext';
import { ChannelTab } from './ChannelTab';
import { MemberShell } from './MemberShell';
import { PageFrame } from './PageFrame';

const ConfigPage = lazy(() => import('../config/ConfigPage').then((m) => ({ default: m.ConfigPage })));

interface Props {
  host: Host;
  token: () => Promise<string>;
  onUnauthorized?: () => void;
}

export function Workspace({ host, token, onUnauthorized }: Props) {
  const { lang, t } = useI18n();
  // Refs: a new token function each render must not make a new API, or every view would fetch again.
  const tokenRef = useRef(token);
  tokenRef.current = token;
  const unauthorizedRef = useRef(onUnauthorized);
  unauthorizedRef.current = onUnauthorized;
  const api = useMemo(
    () =>
      kollegaApi(
        createHttp({ lang, token: () => tokenRef.current(), failureMessage: t('app.loadFailed'), onUnauthorized: () => unauthorizedRef.current?.() }),
      ),
    [lang, t],
  );
  const me = useLoad(() => api.me(), [api]);

  let page;
  if (!me.data) {
    page = (
      <PageFrame>
        <LoadState loaded={me}>{() => null}</LoadState>
      </PageFrame>
    );
  } else if (host.page === 'config') {
    page = (
      <Suspense fallback={<Spinner label={t('app.loading')} />}>
        <ConfigPage />
      </Suspense>
    );
  } else if (host.page === 'channel' && host.networkId) {
    page = <ChannelTab networkId={host.networkId} me={me.data} />;
  } else {
    page = <MemberShell me={me.data} opened={host.opened ?? null} />;
  }
  return (
    <ApiContext.Provider value={api}>
      <NoticeProvider>{page}</NoticeProvider>
    </ApiContext.Provider>
  );
}
