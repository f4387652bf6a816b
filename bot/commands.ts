/**
 * What a person typed, as a command. Every command works in each language, whatever the Teams locale:
 * bilingual staff switch freely between Finnish and Swedish.
 */
import { normalizeForMatch } from '../shared/domain/localized';

export type Command =
  | { kind: 'help' }
  | { kind: 'networks'; regionName?: string }
  | { kind: 'chooseRegion' }
  | { kind: 'unknown' };

const words: Record<Exclude<Command['kind'], 'unknown'>, string[]> = {
  help: ['help', 'apua', 'ohje', 'ohjeet', 'hjälp', 'hjalp', 'start', 'aloita', 'hi', 'hello', 'hei', 'moi', 'hej', 'menu', 'valikko', 'meny'],
  networks: ['networks', 'network', 'verkostot', 'verkosto', 'nätverk', 'nätverken', 'natverk'],
  chooseRegion: ['region', 'alue', 'my region', 'oma alue', 'min region', 'change region', 'vaihda alue', 'byt region'],
};

/** Strips the bot's @mention and punctuation people add ("apua!", "Networks?"). */
export function parseCommand(text: string | undefined): Command {
  const cleaned = normalizeForMatch((text ?? '').replace(/<at>[^<]*<\/at>/gi, ' ')).replace(/[.!?,:;]+$/g, '').trim();
  if (!cleaned) return { kind: 'help' };
  for (const [kind, list] of Object.entries(words) as [Exclude<Command['kind'], 'unknown'>, string[]][]) {
    if (list.includes(cleaned)) return { kind } as Command;
  }
  const [first, ...rest] = cleaned.split(' ');
  const region = rest[0] === 'in' || rest[0] === 'i' ? rest.slice(1) : rest;
  if (words.networks.includes(first) && region.length > 0) return { kind: 'networks', regionName: region.join(' ') };
  return { kind: 'unknown' };
}
