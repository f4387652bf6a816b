/** One booking of a game: which game and days, its state, who booked for which library, what was said and recorded. */
import { ArticleCard } from '../common/ArticleCard';
import { useViewStyles } from '../common/styles';
import { formatDays } from '../exchange/dates';
import { FactList, type Fact } from '../exchange/FactList';
import { libraryWithTown } from '../exchange/libraryNames';
import { useI18n } from '../i18n/I18nContext';
import { BookingActions } from './BookingActions';
import { BookingStateBadge } from './BookingStateBadge';
import { Heading, type Level } from './Heading';
import type { BookingView } from './resourceTypes';

export function BookingCard({ booking: b, gameName, level, onChanged }: { booking: BookingView; gameName: string; level: Level; onChanged: () => void }) {
  const { t, lang, moment } = useI18n();
  const styles = useViewStyles();
  const headingId = `booking-${b.id}`;
  const title = t('resources.booking.title', { game: gameName, days: formatDays(b.pickUpOn, b.returnOn, lang) ?? '' });
  const facts: Fact[] = [
    [t('resources.booking.library'), libraryWithTown(b.library, lang)],
    [t('resources.booking.booker'), !b.you.booker && b.bookerName],
    [t('resources.booking.message'), b.message],
    [t('resources.booking.reason'), b.reason],
    [t('resources.booking.handedOver'), b.handedOverAt && [moment(b.handedOverAt), b.handOverNote].filter(Boolean).join('\n')],
    [t('resources.booking.returned'), b.returnedAt && b.returnCondition && [moment(b.returnedAt), t(`resources.condition.${b.returnCondition}`), b.returnNote].filter(Boolean).join('\n')],
  ];
  return (
    <ArticleCard labelledBy={headingId}>
      <Heading level={level} id={headingId} className={styles.cardHeading}>{title}</Heading>
      <div className={styles.badges}>
        <BookingStateBadge state={b.state} />
      </div>
      <FactList facts={facts} />
      <BookingActions booking={b} title={title} onChanged={onChanged} />
    </ArticleCard>
  );
}
