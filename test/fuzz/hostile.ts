/** Seeded hostile values and mutations for the fuzz run: the same seed gives the same sequence, to replay a failure. */

export interface Random {
  next(): number;
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: small, fast, and good enough to spread the cases. */
export function prng(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

const strings = [
  '', ' ', '\u0000', '\ud800', '🙂'.repeat(50), 'x'.repeat(5000), 'ä'.repeat(70_000),
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)',
  '${concat("FUZ","ZED")}', '{{concat("FUZ","ZED")}}', "'; DROP TABLE people; --", '../../../etc/passwd', '%00', '\r\n\r\n',
  '=HYPERLINK("http://127.0.0.1")', 'severi', 'porvoo-main', 'ake-borga', '2027-02-30', '2030-03-05', '12:00', '-1', '1e309',
  '00000000-0000-0000-0000-000000000000', '2b1c0d9e-aaaa-4bbb-8ccc-123456789abc', '29:someone-else', 'confirm', 'true', 'null',
];

/** A value of any JSON type that a client should never send where it lands. */
export function hostileValue(r: Random): unknown {
  switch (r.int(10)) {
    case 0: return r.pick([0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308]);
    case 1: return r.pick([true, false, null]);
    case 2: return [r.pick(strings), r.int(3)];
    case 3: return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"toString":"x"}');
    case 4: return crypto.randomUUID();
    default: return r.pick(strings);
  }
}

/** Replaces, deletes or adds one to three fields anywhere in a copy of the object (`keep` names fields left alone). */
export function mutate(value: object, r: Random, keep: readonly string[]): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  for (let n = 1 + r.int(3); n > 0; n--) {
    let node: Record<string, unknown> = copy;
    // Walk down a little way into nested objects.
    for (let depth = r.int(3); depth > 0; depth--) {
      const children = Object.keys(node).filter((k) => !keep.includes(k) && node[k] && typeof node[k] === 'object' && !Array.isArray(node[k]));
      if (children.length === 0) break;
      node = node[r.pick(children)] as Record<string, unknown>;
    }
    const keys = Object.keys(node).filter((k) => !keep.includes(k));
    const choice = r.int(3);
    if (choice === 0 && keys.length > 0) delete node[r.pick(keys)];
    else if (choice === 1 || keys.length === 0) node[r.pick(['type', 'value', 'name', 'text', 'extra', 'channelData', 'entities', 'attachments'])] = hostileValue(r);
    else node[r.pick(keys)] = hostileValue(r);
  }
  return copy;
}

/** A hostile value as the text of a path segment, a query or a message. */
export function hostileText(r: Random): string {
  const value = hostileValue(r);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
