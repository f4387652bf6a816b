/** The page's landmarks: a header with the one h1, and the main content. */
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  page: { maxWidth: '60rem', margin: '0 auto', padding: '16px 20px 48px' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: '16px', rowGap: '4px', marginBottom: '8px' },
  title: { ...typographyStyles.title2, margin: 0 },
  tagline: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  who: { ...typographyStyles.caption1, margin: 0, marginLeft: 'auto', color: tokens.colorNeutralForeground2 },
});

interface Props {
  /** The h1; Kollega unless the page is about one thing (a network, a message). */
  title?: string;
  /** Who is signed in, when someone is. */
  signedInAs?: string | null;
  children: ReactNode;
}

export function PageFrame({ title, signedInAs, children }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{title ?? t('app.title')}</h1>
        {!title && <p className={styles.tagline}>{t('app.tagline')}</p>}
        {signedInAs && <p className={styles.who}>{t('app.signedInAs', { name: signedInAs })}</p>}
      </header>
      <main>{children}</main>
    </div>
  );
}
