/**
 * Outside Teams: the server says whether developer sign-in is on. If it is, a chosen person's token opens the
 * workspace under a warning banner; if not, the page says to open Kollega in Teams.
 */
import { useMemo, useState } from 'react';
import { createHttp } from '../api/http';
import { signInApi } from '../api/kollegaApi';
import { LoadState } from '../common/LoadState';
import { useLoad } from '../common/useLoad';
import type { Host } from '../host/host';
import { useI18n } from '../i18n/I18nContext';
import { PageFrame } from '../shell/PageFrame';
import { Workspace } from '../shell/Workspace';
import { DevBanner } from './DevBanner';
import { DevSignInPage } from './DevSignInPage';
import { saveDevToken, savedDevToken } from './devToken';
import { OpenInTeams } from './OpenInTeams';

export function BrowserSignIn({ host }: { host: Host }) {
  const { lang, t } = useI18n();
  const anonymous = useMemo(() => signInApi(createHttp({ lang, token: async () => null, failureMessage: t('app.loadFailed') })), [lang, t]);
  const session = useLoad(() => anonymous.session(), [anonymous]);
  const [token, setToken] = useState(savedDevToken);
  const [ended, setEnded] = useState(false);

  const signIn = (next: string | null, expired = false) => {
    saveDevToken(next);
    setToken(next);
    setEnded(expired);
  };

  if (!session.data) {
    return (
      <PageFrame>
        <LoadState loaded={session}>{() => null}</LoadState>
      </PageFrame>
    );
  }
  if (!session.data.devSignIn) return <OpenInTeams />;
  if (!token) return <DevSignInPage api={anonymous} notice={ended ? t('app.sessionEnded') : null} onSignedIn={(devToken) => signIn(devToken)} />;
  return (
    <>
      <DevBanner onSignOut={() => signIn(null)} />
      <Workspace host={host} token={async () => token} onUnauthorized={() => signIn(null, true)} />
    </>
  );
}
