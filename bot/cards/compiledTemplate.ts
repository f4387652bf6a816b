/**
 * Expanding an Adaptive Card template with adaptivecards-templating evaluates every ${...} anew, about 100 µs
 * for an approval card. Most cards differ from the last of their kind only in their texts (a requester's name,
 * a date), not in their structure. A template whose expressions are all simple (a path, a path compared with
 * '' or with a literal, count(path) compared with a number) is therefore expanded once per *shape* of its data,
 * with a marker standing in for every text, and later cards of that shape get their texts written into the
 * markers' places.
 *
 * The shape keeps everything that can change the structure: booleans, numbers, array lengths, which texts are
 * empty, and verbatim every text a template compares with a literal or counts. Anything else in a template (functions,
 * $root, $index, arithmetic) makes it fall back to plain expansion.
 */
import { Template } from 'adaptivecards-templating';
import { BoundedMap } from '../../shared/collections/boundedMap';

const path = String.raw`[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*`;
const literal = String.raw`'[^'\\]*'`;
const simpleExpression = new RegExp(
  String.raw`^(?:(${path})|(${path})\s*[!=]=\s*(${literal})|count\((${path})\)\s*(?:[<>]=?|[!=]=)\s*\d+)$`,
);

export interface TemplatePlan {
  /** Names of the texts a template compares with a literal other than '': their values shape the card. */
  comparedTexts: ReadonlySet<string>;
}

/** How a template can be compiled, or undefined if some expression is not simple. */
export function planTemplate(template: object): TemplatePlan | undefined {
  const compared = new Set<string>();
  for (const [, expression] of JSON.stringify(template).matchAll(/\$\{([^}]*)\}/g)) {
    const m = simpleExpression.exec(expression.trim());
    if (!m) return undefined;
    const [, , comparedPath, lit, countedPath] = m;
    if (comparedPath && lit !== "''") compared.add(comparedPath.split('.').pop()!);
    // count() of a text would count its marker's characters: a counted text belongs to the shape too.
    if (countedPath) compared.add(countedPath.split('.').pop()!);
  }
  return { comparedTexts: compared };
}

// Private-use characters: a card's own texts are written in after expansion, so no text can be mistaken for one.
const open = '\uE000';
const close = '\uE001';

/** The data's texts in a fixed order, and the data's shape with a marker for each text that is not part of it. */
function walk(data: unknown, plan: TemplatePlan, texts: string[], key?: string): unknown {
  if (typeof data === 'string') {
    if (data === '' || (key !== undefined && plan.comparedTexts.has(key))) return data;
    texts.push(data);
    return `${open}${texts.length - 1}${close}`;
  }
  if (Array.isArray(data)) return data.map((item) => walk(item, plan, texts));
  if (data && typeof data === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data)) out[k] = walk(v, plan, texts, k);
    return out;
  }
  return data;
}

/** An expanded card as JSON, cut at its markers: pieces[i] comes before text slots[i]. */
interface Compiled {
  pieces: string[];
  slots: number[];
}

export class CompiledTemplate {
  private readonly template: Template;
  private readonly shapes: BoundedMap<string, Compiled>;

  constructor(
    source: object,
    private readonly plan: TemplatePlan,
    private readonly check: (expanded: unknown, data: object) => void,
    maxShapes = 64,
  ) {
    this.template = new Template(source);
    this.shapes = new BoundedMap(maxShapes);
  }

  render(data: object): unknown {
    const texts: string[] = [];
    const shaped = walk(data, this.plan, texts) as object;
    const key = JSON.stringify(shaped);
    const compiled = this.shapes.getOrAdd(key, () => {
      const expanded = this.template.expand({ $root: shaped });
      this.check(expanded, shaped);
      return cut(JSON.stringify(expanded));
    });
    let json = compiled.pieces[0];
    for (let i = 0; i < compiled.slots.length; i += 1) {
      json += JSON.stringify(texts[compiled.slots[i]]).slice(1, -1) + compiled.pieces[i + 1];
    }
    return JSON.parse(json);
  }
}

function cut(json: string): Compiled {
  const pieces: string[] = [];
  const slots: number[] = [];
  let from = 0;
  for (const m of json.matchAll(new RegExp(`${open}(\\d+)${close}`, 'g'))) {
    pieces.push(json.slice(from, m.index));
    slots.push(Number(m[1]));
    from = m.index + m[0].length;
  }
  pieces.push(json.slice(from));
  return { pieces, slots };
}
