/** Developer sign-in: pick a seeded person, get their token. Marked loudly, because it is not for production. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import type { signInApi } from '../api/kollegaApi';
import { FormError } from '../common/FormError';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { PageFrame } from '../shell/PageFrame';

interface Props {
  api: ReturnType<typeof signInApi>;
  /** Why the user is here again, e.g. the session ended. */
  notice: string | null;
  onSignedIn: (token: string) => void;
}

export function DevSignInPage({ api, notice, onSignedIn }: Props) {
  const { t } = useI18n();
  const styles = useViewStyles();
  const people = useLoad(() => api.devPeople(), [api]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function signIn(personId: string) {
    setBusy(true);
    setError(null);
    try {
      onSignedIn((await api.devSignIn(personId)).token);
    } catch (reason) {
      setError(reason);
      setBusy(false);
    }
  }

  return (
    <PageFrame>
      <MessageBar intent="warning" role="note" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('dev.banner')}</MessageBarTitle>
          {t('dev.intro')}
        </MessageBarBody>
      </MessageBar>
      {notice && <p role="status">{notice}</p>}
      <h2 className={styles.viewHeading}>{t('dev.people')}</h2>
      <FormError error={error} />
      <LoadState loaded={people}>
        {(data) =>
          data.people.length === 0 ? (
            <p className={styles.text}>{t('dev.noPeople')}</p>
          ) : (
            <ul className={styles.list}>
              {data.people.map((person) => (
                <li key={person.id} className={styles.actions}>
                  <Button disabledFocusable={busy} onClick={() => void signIn(person.id)}>
                    {t('dev.signInAs', { name: person.displayName })}
                  </Button>
                  <span className={styles.meta}>{t(`dev.role.${person.role}`)}</span>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </PageFrame>
  );
}
