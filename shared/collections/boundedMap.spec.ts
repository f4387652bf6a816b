import { BoundedMap } from './boundedMap';

describe('BoundedMap', () => {
  it('forgets the entry set longest ago once full, and a set makes an entry the newest', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('a', 3); // a is now newer than b
    map.set('c', 4);
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([3, undefined, 4]);
    expect(map.size).toBe(2);
  });

  it('makes a value only for a key it does not hold', () => {
    const map = new BoundedMap<string, object>(10);
    let made = 0;
    const first = map.getOrAdd('k', () => ({ n: ++made }));
    expect(map.getOrAdd('k', () => ({ n: ++made }))).toBe(first);
    expect(made).toBe(1);
  });
});
