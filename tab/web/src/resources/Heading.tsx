/**
 * A heading at the level its place needs: the resources sit under the personal tab's view heading (h2) and
 * directly under the channel tab's page heading (h1), so every level below moves with them.
 */
import type { ReactNode } from 'react';

export type Level = 2 | 3 | 4 | 5 | 6;

export const below = (level: Level): Level => Math.min(level + 1, 6) as Level;

/** `lang` where the heading's language differs from its surroundings (a reader's label over a text in another language). */
export function Heading({ level, id, className, lang, children }: { level: Level; id?: string; className?: string; lang?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className} lang={lang}>
      {children}
    </Tag>
  );
}
