/**
 * One game to lend: what it is, how it came back last time (so the next library knows what to check), its
 * calendar for the month shown, and the buttons to book it or (coordinators) to change it.
 */
import { ArticleCard } from '../common/ArticleCard';
import { useViewStyles } from '../common/styles';
import { formatDay } from '../exchange/dates';
import { useI18n } from '../i18n/I18nContext';
import { BookingDialog } from './BookingDialog';
import { GameCalendar } from './GameCalendar';
import { GameDialog } from './GameDialog';
import { Heading, type Level } from './Heading';
import type { Month } from './monthGrid';
import type { GamesView, GameView } from './resourceTypes';

interface Props {
  game: GameView;
  you: GamesView['you'];
  month: Month;
  monthLabel: string;
  level: Level;
  libraryRegions: string | null;
  onBooked: (pickUpOn: string) => void;
  onChanged: () => void;
}

export function GameCard({ game, you, month, monthLabel, level, libraryRegions, onBooked, onChanged }: Props) {
  const { t, pick, lang } = useI18n();
  const styles = useViewStyles();
  const headingId = `game-${game.id}`;
  const name = pick(game.name);
  const last = game.lastReturn;
  return (
    <ArticleCard labelledBy={headingId}>
      <Heading level={level} id={headingId} className={styles.cardHeading}>{name}</Heading>
      <p className={styles.text}>{pick(game.description)}</p>
      {last && (
        <p className={styles.text}>
          {t('resources.game.lastReturn', { date: formatDay(last.on, lang), condition: t(`resources.condition.${last.condition}`) })}
          {last.note && ` ${last.note}`}
        </p>
      )}
      <GameCalendar gameName={name} month={month} monthLabel={monthLabel} periods={game.periods} headingId={headingId} />
      {(you.mayBook || you.coordinates) && (
        <div className={styles.actions}>
          {you.mayBook && <BookingDialog game={game} libraryRegions={libraryRegions} onBooked={onBooked} />}
          {you.coordinates && <GameDialog networkId={game.networkId} game={game} onSaved={onChanged} />}
        </div>
      )}
    </ArticleCard>
  );
}
