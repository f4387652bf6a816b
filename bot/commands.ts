/**
 * What a person typed, as a command. Every command works in each language, whatever the Teams locale:
 * bilingual staff switch freely between Finnish and Swedish.
 */
import { normalizeForMatch } from '../shared/domain/localized';

export type Command =
  | { kind: 'help' }
  | { kind: 'networks'; regionName?: string }
  | { kind: 'chooseRegion' }
  | { kind: 'join'; networkName: string }
  | { kind: 'requests'; networkName?: string }
  | { kind: 'members'; networkName?: string }
  | { kind: 'events' }
  | { kind: 'themes' }
  | { kind: 'groups' }
  | { kind: 'exchange' }
  | { kind: 'newEvent'; networkName?: string }
  /** A question about free escape-room games; `bare` when it was only the word ("games"), `text` names a month or not. */
  | { kind: 'games'; text: string; bare: boolean }
  | { kind: 'resources' }
  | { kind: 'unknown' };

/** Commands that take a network's name after them ("join SEVERI", "liity severi", "gå med i SEVERI"). */
const withNetwork: Array<{ kind: 'join' | 'requests' | 'members' | 'newEvent'; prefixes: string[] }> = [
  { kind: 'newEvent', prefixes: ['new event', 'uusi tapahtuma', 'uusi tilaisuus', 'ny händelse', 'nytt evenemang', 'ny handelse'] },
  { kind: 'join', prefixes: ['join', 'liity', 'liity verkostoon', 'gå med i', 'ga med i', 'anslut till', 'anslut dig till'] },
  { kind: 'requests', prefixes: ['requests', 'join requests', 'pyynnöt', 'liittymispyynnöt', 'begäranden', 'anslutningsbegäranden', 'förfrågningar'] },
  { kind: 'members', prefixes: ['members', 'jäsenet', 'medlemmar'] },
];

type SimpleKind = 'help' | 'networks' | 'chooseRegion' | 'events' | 'themes' | 'groups' | 'exchange' | 'resources';

const words: Record<SimpleKind, string[]> = {
  events: ['events', 'event', 'tapahtumat', 'tapahtuma', 'tilaisuudet', 'evenemang', 'händelser', 'handelser'],
  themes: ['themes', 'theme', 'my group', 'teemat', 'teema', 'oma ryhmä', 'teman', 'tema', 'min grupp'],
  exchange: [
    'exchange', 'exchanges', 'staff exchange', 'my exchanges', 'vaihto', 'vaihdot', 'työntekijävaihto', 'tyontekijavaihto', 'omat vaihdot',
    'utbyte', 'utbyten', 'personalutbyte', 'mina utbyten',
  ],
  groups: ['groups', 'support groups', 'mentoring', 'ryhmät', 'tukiryhmät', 'mentorointi', 'grupper', 'stödgrupper', 'mentorskap'],
  help: ['help', 'apua', 'ohje', 'ohjeet', 'hjälp', 'hjalp', 'start', 'aloita', 'hi', 'hello', 'hei', 'moi', 'hej', 'menu', 'valikko', 'meny'],
  networks: ['networks', 'network', 'verkostot', 'verkosto', 'nätverk', 'nätverken', 'natverk'],
  resources: [
    'resources', 'materials', 'guides', 'reading challenge', 'materiaalit', 'aineistot', 'oppaat', 'lukuhaaste',
    'resurser', 'material', 'materialet', 'guider', 'läsutmaning', 'läsutmaningen',
  ],
  chooseRegion: ['region', 'alue', 'my region', 'oma alue', 'min region', 'change region', 'vaihda alue', 'byt region'],
};

/** Games in each language, as a word of a question: "pelit", "pelejä", "pakohuonepelit", "spelen", "escape room games". */
const gameWord = /^(?:(?:pakohuone)?pel(?:i|it|eja|ejä|eistä|eista|ien)|(?:rymnings)?spel(?:en|et)?|games?)$/;
const bareGames = new Set(['games', 'game', 'escape room games', 'pelit', 'peli', 'pakohuonepelit', 'spel', 'spelen', 'rymningsspel', 'rymningsspelen']);

/** Strips the bot's @mention and punctuation people add ("apua!", "Networks?"). */
export function parseCommand(text: string | undefined): Command {
  const typed = (text ?? '').replace(/<at>[^<]*<\/at>/gi, ' ').trim();
  const cleaned = normalizeForMatch(typed).replace(/[.!?,:;]+$/g, '').trim();
  if (!cleaned) return { kind: 'help' };
  for (const [kind, list] of Object.entries(words) as [SimpleKind, string[]][]) {
    if (list.includes(cleaned)) return { kind } as Command;
  }
  for (const { kind, prefixes } of withNetwork) {
    // Longest prefix first, so "liity verkostoon severi" is not read as joining "verkostoon severi".
    for (const prefix of [...prefixes].sort((a, b) => b.length - a.length)) {
      if (cleaned === prefix) return kind === 'join' ? { kind: 'networks' } : { kind };
      if (cleaned.startsWith(`${prefix} `)) {
        const networkName = cleaned.slice(prefix.length + 1).trim();
        return { kind, networkName };
      }
    }
  }
  if (bareGames.has(cleaned)) return { kind: 'games', text: cleaned, bare: true };
  // The question as typed, not normalised: its month may be written 2027-06, whose dash matching would drop.
  if (cleaned.split(' ').some((word) => gameWord.test(word.replace(/[?!.,:;"'()]/g, '')))) return { kind: 'games', text: typed, bare: false };
  const [first, ...rest] = cleaned.split(' ');
  const region = rest[0] === 'in' || rest[0] === 'i' ? rest.slice(1) : rest;
  if (words.networks.includes(first) && region.length > 0) return { kind: 'networks', regionName: region.join(' ') };
  return { kind: 'unknown' };
}
