/**
 * A group's meetings as its people and coordinators see them: when, the theme, what was recorded afterwards, and
 * per meeting what the reader may do: move or cancel it (coordinators), fix its theme and record it (the mentor
 * or a coordinator), read and send questions in advance (the group's people).
 */
import { makeStyles } from '@fluentui/react-components';
import type { MentoringGroup, MentoringMeeting, MentoringTheme } from '../../../../shared/api/tabContract';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { MeetingActions } from './MeetingActions';
import { MeetingTheme } from './MeetingTheme';
import { QuestionsDialog } from './QuestionsDialog';
import { RecordDialog } from './RecordDialog';

const useStyles = makeStyles({
  meeting: { display: 'flex', flexDirection: 'column', gap: '4px', marginBottom: '4px' },
});

interface Props {
  group: MentoringGroup;
  meetings: MentoringMeeting[];
  coordinates: boolean;
  themes: MentoringTheme[];
  onChanged: () => void;
}

function MeetingLine({ group, meeting: m, coordinates, themes, onChanged }: Omit<Props, 'meetings'> & { meeting: MentoringMeeting }) {
  const { t, moment } = useI18n();
  const styles = useViewStyles();
  const own = useStyles();
  const coming = Date.parse(m.startsAt) > Date.now();
  const people = group.people ?? [];
  const present = people.filter((p) => m.attended.includes(p.personId)).map((p) => p.name);
  return (
    <li className={own.meeting}>
      <span>
        {moment(m.startsAt)}
        {m.cancelled ? ` (${t('mentoring.cancelled')})` : m.theme ? `: ${m.theme}` : ''}
      </span>
      {m.recorded && (
        <span className={styles.meta}>
          {t('mentoring.recorded')} {present.length > 0 ? t('mentoring.present', { names: present.join(', ') }) : t('mentoring.presentNobody')}
        </span>
      )}
      {m.recorded && m.notes && <span className={styles.text}>{m.notes}</span>}
      {!m.cancelled && (
        <div className={styles.actions}>
          {group.canLead && coming && <MeetingTheme meeting={m} themes={themes} onChanged={onChanged} />}
          <QuestionsDialog meeting={m} mayAsk={group.myRole !== null && coming} />
          {group.canLead && !coming && <RecordDialog meeting={m} people={people} onSaved={onChanged} />}
          {coordinates && coming && <MeetingActions meeting={m} onChanged={onChanged} />}
        </div>
      )}
    </li>
  );
}

export function MeetingList({ meetings, ...rest }: Props) {
  const { t } = useI18n();
  const styles = useViewStyles();
  const headingId = `meetings-${rest.group.id}`;
  return (
    <>
      <h5 id={headingId} className={styles.subHeading}>{t('mentoring.meetings')}</h5>
      <ul aria-labelledby={headingId} className={styles.plainList}>
        {meetings.map((m) => <MeetingLine key={m.id} meeting={m} {...rest} />)}
      </ul>
    </>
  );
}
