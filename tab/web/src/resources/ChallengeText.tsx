/**
 * A reading challenge as a reader sees it: a Finnish or Swedish reader in their language, with a switch to show
 * the other too (a bilingual library hands both out); an English reader both, each named.
 */
import { Switch, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { Heading, below, type Level } from './Heading';
import { challengeLanguages } from './languageOrder';
import type { ChallengeView } from './resourceTypes';
import { useResourceStyles } from './styles';

const useStyles = makeStyles({ versions: { display: 'flex', flexWrap: 'wrap', gap: '24px' }, version: { flex: '1 1 18rem', display: 'flex', flexDirection: 'column', gap: '8px' } });

export function ChallengeText({ challenge: c, level }: { challenge: ChallengeView; level: Level }) {
  const { t, lang } = useI18n();
  const styles = useViewStyles();
  const own = useStyles();
  const layout = useResourceStyles();
  const [showOther, setShowOther] = useState(false);
  const shown = challengeLanguages(lang, showOther);
  return (
    <div className={layout.stack}>
      {lang !== 'en' && <Switch checked={showOther} onChange={(_, d) => setShowOther(d.checked)} label={t('resources.challenge.showOther')} />}
      <div className={own.versions}>
        {shown.map((l) => (
          <div key={l} lang={l} className={own.version}>
            {shown.length > 1 && <p className={styles.meta} lang={lang}>{t(`resources.lang.${l}`)}</p>}
            <Heading level={level} className={styles.cardHeading}>{c.title[l]}</Heading>
            {c.intro[l] && <p className={styles.text}>{c.intro[l]}</p>}
            <Heading level={below(level)} className={styles.subHeading} lang={lang}>{t('resources.challenge.tasks')}</Heading>
            <ol className={styles.plainList}>
              {c.tasks.map((task, i) => <li key={i}>{task[l]}</li>)}
            </ol>
          </div>
        ))}
      </div>
    </div>
  );
}
