/** In Teams the Teams sign-on; in a browser the developer sign-in, when the server offers it. */
import type { Host } from '../host/host';
import { useI18n } from '../i18n/I18nContext';
import { Workspace } from '../shell/Workspace';
import { BrowserSignIn } from './BrowserSignIn';

export function SignInGate({ host }: { host: Host }) {
  const { t } = useI18n();
  if (host.inTeams && host.teamsToken) {
    const teamsToken = host.teamsToken;
    const token = () =>
      teamsToken().catch(() => {
        throw new Error(t('app.teamsSignInFailed'));
      });
    return <Workspace host={host} token={token} />;
  }
  return <BrowserSignIn host={host} />;
}
