/** Who is coming: those going, the waitlist in its order, and the maybes; with the list as a CSV file. */
import type { Attendee, EventView } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { ViewDialog } from '../common/ViewDialog';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { ExportButton } from './ExportButton';

function People({ heading, people, ordered }: { heading: string; people: Attendee[]; ordered?: boolean }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  const List = ordered ? 'ol' : 'ul';
  return (
    <section>
      <h3 className={styles.sectionHeading}>{heading}</h3>
      {people.length === 0 ? (
        <p className={styles.meta}>{t('coord.nobody')}</p>
      ) : (
        <List>
          {people.map((p) => (
            <li key={p.personId}>
              {p.name ?? t('coord.unnamed')}
              {p.email && <span className={styles.meta}> · {p.email}</span>}
            </li>
          ))}
        </List>
      )}
    </section>
  );
}

/** Fetched only while the dialog is open. */
function AttendeeLists({ eventId }: { eventId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const attendees = useLoad(() => api.attendees(eventId), [api, eventId]);
  return (
    <LoadState loaded={attendees}>
      {(a) => (
        <>
          <People heading={t('coord.going', { count: a.going.length })} people={a.going} />
          <People heading={t('coord.waitlist', { count: a.waitlist.length })} people={a.waitlist} ordered />
          <People heading={t('coord.maybe', { count: a.maybe.length })} people={a.maybe} />
        </>
      )}
    </LoadState>
  );
}

export function AttendeesDialog({ event }: { event: EventView }) {
  const api = useApi();
  const { t, pick } = useI18n();
  return (
    <ViewDialog
      opener={t('coord.attendees')}
      title={t('coord.attendeesTitle', { title: pick(event.title) })}
      actions={<ExportButton path={api.attendeesCsvPath(event.id)} fileName={`attendees-${event.id}.csv`} label={t('coord.exportAttendees')} />}
    >
      <AttendeeLists eventId={event.id} />
    </ViewDialog>
  );
}
