/** One network's shared resources: its games on loan, its reading challenge, and its guides and documents. */
import { ChallengeSection } from './ChallengeSection';
import { GamesSection } from './GamesSection';
import { GuidesSection } from './GuidesSection';
import type { Level } from './Heading';
import { useShowFirst } from './useShowFirst';

interface Props {
  networkId: string;
  /** The sections' heading level: 3 under the personal tab's view heading, 2 in a channel tab. */
  level: Level;
  /** Leave out what has nothing to show and nothing to add (a channel tab, where the network's other news is). */
  quiet?: boolean;
  /** The id of a section heading to bring into view once it has loaded (a bot card's link asked for it). */
  showFirst?: string;
}

export function NetworkResources({ networkId, level, quiet, showFirst }: Props) {
  useShowFirst(showFirst);
  return (
    <>
      <GamesSection networkId={networkId} level={level} quiet={quiet} />
      <ChallengeSection networkId={networkId} level={level} quiet={quiet} />
      <GuidesSection networkId={networkId} level={level} quiet={quiet} />
    </>
  );
}
