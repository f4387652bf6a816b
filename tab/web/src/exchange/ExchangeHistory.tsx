/**
 * Who did what and when, oldest first. A step a coordinator recorded for a supervisor or host outside Kollega says
 * so, with the coordinator's name: the party agreed, the coordinator wrote it down.
 */
import { useViewStyles } from '../common/styles';
import type { MessageKey } from '../i18n/translate';
import { useI18n } from '../i18n/I18nContext';
import type { HistoryEntry } from './exchangeTypes';

const actions = ['create', 'edit', 'submit', 'confirm', 'acceptAsHost', 'approveCosts', 'requestChanges', 'decline', 'withdraw', 'fileCosts', 'markReimbursed'];
const parties = ['applicant', 'supervisor', 'host', 'coordinator'];

export function ExchangeHistory({ history, headingId, level = 5 }: { history: HistoryEntry[]; headingId: string; level?: 5 | 6 }) {
  const { t, moment, lang } = useI18n();
  const styles = useViewStyles();
  // An action or party the tab does not know yet (a newer server) shows as the server names it.
  const action = (a: string) => (actions.includes(a) ? t(`exchange.action.${a}` as MessageKey) : a);
  const party = (p: string) => (parties.includes(p) ? t(`exchange.party.${p}` as MessageKey) : p);
  const name = (e: HistoryEntry) => e.actorName ?? t('exchange.history.someone');
  const Heading = `h${level}` as const;
  // Party names are lower case for use inside a sentence; one that starts the line is capitalized.
  const capital = (s: string) => s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);
  return (
    <>
      <Heading id={headingId} className={styles.subHeading}>{t('exchange.history.title')}</Heading>
      <ol className={styles.plainList} aria-labelledby={headingId}>
        {history.map((e) => (
          <li key={e.seq}>
            <span className={styles.meta}>{moment(e.at)}</span>{' '}
            {e.recordedFor
              ? capital(t('exchange.history.recorded', { action: action(e.action), party: party(e.recordedFor), name: name(e) }))
              : t('exchange.history.entry', { action: action(e.action), party: party(e.party), name: name(e) })}
            {e.reason && <span className={styles.text}> — {t('exchange.history.reason', { reason: e.reason })}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
