/** The bookings the reader may see, soonest first: their own, or (coordinators) every one, each with its steps. */
import { EmptyState } from '../common/EmptyState';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { BookingCard } from './BookingCard';
import { Heading, below, type Level } from './Heading';
import type { BookingView } from './resourceTypes';

interface Props {
  bookings: BookingView[];
  /** Each game's name by its id. */
  names: Map<string, string>;
  coordinates: boolean;
  level: Level;
  onChanged: () => void;
}

export function BookingList({ bookings, names, coordinates, level, onChanged }: Props) {
  const { t } = useI18n();
  const styles = useViewStyles();
  const heading = coordinates ? t('resources.bookings.all') : t('resources.bookings.mine');
  const sorted = [...bookings].sort((a, b) => a.pickUpOn.localeCompare(b.pickUpOn) || a.createdAt.localeCompare(b.createdAt));
  return (
    <section>
      <Heading level={level} className={styles.sectionHeading}>{heading}</Heading>
      {sorted.length === 0 ? (
        <EmptyState text={t('resources.bookings.none')} />
      ) : (
        <ul className={styles.list} aria-label={heading}>
          {sorted.map((b) => (
            <li key={b.id}>
              <BookingCard booking={b} gameName={names.get(b.gameId) ?? ''} level={below(level)} onChanged={onChanged} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
