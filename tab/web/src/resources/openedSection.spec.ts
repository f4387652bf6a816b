import { describe, expect, it } from '@jest/globals';
import { openedSectionOf, sectionHeadingId } from './openedSection';

describe('the section a card opens', () => {
  it('reads the key the bot writes', () => {
    expect(openedSectionOf('games:lanu')).toEqual({ view: 'games', networkId: 'lanu' });
    expect(openedSectionOf('challenge:lanu')).toEqual({ view: 'challenge', networkId: 'lanu' });
    expect(sectionHeadingId({ view: 'games', networkId: 'lanu' })).toBe('games-lanu');
  });

  it('ignores anything else', () => {
    for (const key of [null, undefined, '', 'games', 'guides:lanu', 'games:', 'games:la nu', 'games:lanu:x']) expect(openedSectionOf(key)).toBeNull();
  });
});
