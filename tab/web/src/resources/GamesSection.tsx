/**
 * The network's escape-room games on loan: one month of every game's calendar (today's month first), the bookings
 * the reader may see (their own; a coordinator's every one) with their steps, and a coordinator's "add a game".
 * After a booking, the calendars move to its month, so the booker sees their days marked.
 */
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { EmptyState } from '../common/EmptyState';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { localeOf } from '../host/language';
import { useI18n } from '../i18n/I18nContext';
import { BookingList } from './BookingList';
import { CalendarLegend } from './CalendarLegend';
import { GameCard } from './GameCard';
import { GameDialog } from './GameDialog';
import { Heading, below, type Level } from './Heading';
import { formatMonth } from './languageOrder';
import { finnishToday, monthOf, monthRange, shiftMonth } from './monthGrid';
import { MonthNav } from './MonthNav';
import { SectionRow } from './SectionRow';
import { staysQuiet } from './staysQuiet';
import { useResourceStyles } from './styles';

export function GamesSection({ networkId, level, quiet }: { networkId: string; level: Level; quiet?: boolean }) {
  const api = useApi();
  const { t, lang, pick } = useI18n();
  const styles = useViewStyles();
  const own = useResourceStyles();
  const [month, setMonth] = useState(() => monthOf(finnishToday(new Date())));
  const range = monthRange(month);
  const loaded = useLoad(() => api.games(networkId, range), [api, networkId, range.from, range.to]);
  const monthLabel = formatMonth(range.from.slice(0, 7), localeOf[lang]);
  const headingId = `games-${networkId}`;
  if (staysQuiet(quiet, loaded, (d) => d.you.coordinates || d.games.length > 0)) return null;
  const booked = (pickUpOn: string) => (monthRange(monthOf(pickUpOn)).from === range.from ? loaded.reload() : setMonth(monthOf(pickUpOn)));

  return (
    <section aria-labelledby={headingId}>
      <SectionRow action={loaded.data?.you.coordinates && <GameDialog networkId={networkId} onSaved={loaded.reload} />}>
        <Heading level={level} id={headingId} className={styles.sectionHeading}>{t('resources.games.heading')}</Heading>
      </SectionRow>
      <LoadState loaded={loaded}>
        {({ games, bookings, you, regions }) => {
          // The libraries of the network's regions: the games travel inside them.
          const libraryRegions = regions.length > 0 ? regions.join(',') : null;
          const names = new Map(games.map((g) => [g.id, pick(g.name)]));
          if (games.length === 0) return <EmptyState text={t('resources.games.none')} />;
          return (
            <div className={own.stack}>
              {!you.mayBook && <p className={styles.text}>{t('resources.games.joinToBook')}</p>}
              <MonthNav label={monthLabel} onMove={(by) => setMonth((m) => shiftMonth(m, by))} />
              <CalendarLegend />
              <ul className={styles.list}>
                {games.map((game) => (
                  <li key={game.id}>
                    <GameCard game={game} you={you} month={month} monthLabel={monthLabel} level={below(level)} libraryRegions={libraryRegions} onBooked={booked} onChanged={loaded.reload} />
                  </li>
                ))}
              </ul>
              {(you.mayBook || bookings.length > 0) && (
                <BookingList bookings={bookings} names={names} coordinates={you.coordinates} level={below(level)} onChanged={loaded.reload} />
              )}
            </div>
          );
        }}
      </LoadState>
    </section>
  );
}
