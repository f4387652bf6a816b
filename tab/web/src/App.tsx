/** The frame of everything: finds the host (Teams or a browser), then the theme, language and sign-in follow it. */
import { FluentProvider, Spinner, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { SignInGate } from './auth/SignInGate';
import { detectHost } from './host/detectHost';
import type { Host } from './host/host';
import { languageOf } from './host/language';
import { fluentTheme, themeOfQuery, type ThemeName } from './host/themes';
import { I18nProvider } from './i18n/I18nContext';
import { translate } from './i18n/translate';

const useStyles = makeStyles({
  // The page's full height is the root's alone: copied onto Fluent's portals it made each dialog a page-sized layer.
  root: { minHeight: '100vh' },
  starting: { padding: '48px' },
});

// Until the host answers, the URL's choices (outside Teams) avoid a flash of the wrong language or theme.
const query = new URLSearchParams(window.location.search);
const firstLang = languageOf(query.get('lang') ?? navigator.language);
const firstTheme = themeOfQuery(query.get('theme'));

export function App() {
  const styles = useStyles();
  const [host, setHost] = useState<Host | null>(null);
  const [theme, setTheme] = useState<ThemeName>(firstTheme);
  const lang = host?.lang ?? firstLang;

  useEffect(() => {
    void detectHost().then((found) => {
      setHost(found);
      setTheme(found.theme);
      found.onThemeChange?.(setTheme);
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.root} applyStylesToPortals={false}>
      <I18nProvider lang={lang}>
        {host ? <SignInGate host={host} /> : <Spinner className={styles.starting} label={translate(lang, 'app.loading')} />}
      </I18nProvider>
    </FluentProvider>
  );
}
