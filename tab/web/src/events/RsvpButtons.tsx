/** Going / Maybe / Not going: the pressed one is the member's answer (aria-pressed, not only colour). */
import { ToggleButton, makeStyles } from '@fluentui/react-components';
import type { EventView, RsvpAnswer } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { useAction } from '../common/useAction';
import { useI18n } from '../i18n/I18nContext';
import { yourStatus } from './yourStatus';

const answers: RsvpAnswer[] = ['going', 'maybe', 'notGoing'];

const useStyles = makeStyles({ group: { display: 'flex', flexWrap: 'wrap', gap: '8px' } });

export function RsvpButtons({ event, onAnswered }: { event: EventView; onAnswered: (event: EventView) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { busy, run } = useAction();
  const styles = useStyles();

  function answer(choice: RsvpAnswer) {
    // While an answer is on its way, another press is ignored; the buttons keep their look (no flash of disabled).
    if (busy) return;
    void run(async () => {
      const { event: updated } = await api.rsvp(event.id, choice);
      onAnswered(updated);
      return yourStatus(updated, t);
    });
  }

  return (
    <div role="group" aria-label={t('events.yourAnswer')} aria-busy={busy} className={styles.group}>
      {answers.map((choice) => (
        <ToggleButton
          key={choice}
          checked={event.you?.answer === choice}
          appearance={event.you?.answer === choice ? 'primary' : 'secondary'}
          onClick={() => answer(choice)}
        >
          {t(`events.answer.${choice}`)}
        </ToggleButton>
      ))}
    </div>
  );
}
