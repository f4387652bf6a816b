/**
 * Checks a recorded Graph request against the official v1.0 CSDL ($metadata) in ../shared/graph, so that the
 * emulator's idea of Graph cannot drift from the real one: the path must resolve (entity sets, singletons, keys,
 * navigation properties, bound actions and functions) and every body property must exist on its type.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export interface GraphRequestLike {
  method: string;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

interface TypeInfo {
  name: string;
  baseType?: string;
  abstract: boolean;
  properties: Map<string, string>;
  navigation: Map<string, string>;
  /** Query options a navigation property declares beyond OData's own (e.g. event.instances: startDateTime). */
  customQuery: Map<string, Set<string>>;
}
interface Operation {
  name: string;
  kind: 'action' | 'function';
  /** Lower-cased parameter name → { name, type }, binding parameter excluded. */
  parameters: Map<string, { name: string; type: string }>;
}
interface Index {
  types: Map<string, TypeInfo>;
  enums: Map<string, Set<string>>;
  bound: Map<string, Map<string, Operation>>;
  entitySets: Map<string, string>;
  singletons: Map<string, string>;
}
type Xml = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const repoRoot = path.resolve(__dirname, '..', '..');
export const METADATA_FILE = path.resolve(repoRoot, '..', 'shared', 'graph', 'v1.0-metadata.xml');
const ARRAYS = new Set(['Schema', 'EntityType', 'ComplexType', 'EnumType', 'Member', 'Property', 'NavigationProperty',
  'Action', 'Function', 'Parameter', 'EntityContainer', 'EntitySet', 'Singleton']);
const QUERY_OPTIONS = new Set(['$select', '$expand', '$filter', '$top', '$skip', '$skiptoken', '$count', '$orderby', '$search']);

let cached: Index | undefined;

function loadIndex(): Index {
  if (cached) return cached;
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAYS.has(name) });
  const schemas: Xml[] = parser.parse(readFileSync(METADATA_FILE, 'utf8'))['edmx:Edmx']['edmx:DataServices'].Schema;
  const aliases = new Map<string, string>(schemas.filter((s) => s.Alias).map((s) => [s.Alias, s.Namespace]));
  // `graph.user` and `Collection(graph.user)` → full names.
  const qualify = (t: string): string => {
    const inner = /^Collection\((.+)\)$/.exec(t);
    if (inner) return `Collection(${qualify(inner[1])})`;
    const dot = t.lastIndexOf('.');
    const ns = t.slice(0, dot);
    return aliases.has(ns) ? `${aliases.get(ns)}${t.slice(dot)}` : t;
  };
  const index: Index = { types: new Map(), enums: new Map(), bound: new Map(), entitySets: new Map(), singletons: new Map() };
  for (const schema of schemas) {
    const ns = schema.Namespace as string;
    for (const t of [...(schema.EntityType ?? []), ...(schema.ComplexType ?? [])] as Xml[]) {
      index.types.set(`${ns}.${t.Name}`, {
        name: `${ns}.${t.Name}`,
        baseType: t.BaseType ? qualify(t.BaseType) : undefined,
        abstract: t.Abstract === 'true',
        properties: new Map((t.Property ?? []).map((p: Xml) => [p.Name, qualify(p.Type)])),
        navigation: new Map((t.NavigationProperty ?? []).map((p: Xml) => [p.Name, qualify(p.Type)])),
        customQuery: new Map((t.NavigationProperty ?? []).map((p: Xml) => [p.Name, customQueryOptions(p)])),
      });
    }
    for (const e of (schema.EnumType ?? []) as Xml[]) index.enums.set(`${ns}.${e.Name}`, new Set((e.Member ?? []).map((m: Xml) => m.Name)));
    for (const [kind, list] of [['action', schema.Action], ['function', schema.Function]] as const) {
      for (const op of (list ?? []) as Xml[]) {
        if (op.IsBound !== 'true') continue;
        const [binding, ...rest] = op.Parameter as Xml[];
        const key = qualify(binding.Type);
        const ops = index.bound.get(key) ?? new Map<string, Operation>();
        index.bound.set(key, ops);
        ops.set(op.Name, { name: op.Name, kind, parameters: new Map(rest.map((p) => [String(p.Name).toLowerCase(), { name: p.Name, type: qualify(p.Type) }])) });
      }
    }
    for (const container of (schema.EntityContainer ?? []) as Xml[]) {
      for (const s of (container.EntitySet ?? []) as Xml[]) index.entitySets.set(s.Name, qualify(s.EntityType));
      for (const s of (container.Singleton ?? []) as Xml[]) index.singletons.set(s.Name, qualify(s.Type));
    }
  }
  return (cached = index);
}

/** The names in a navigation property's Capabilities.NavigationRestrictions CustomQueryOptions annotation. */
function customQueryOptions(navigation: Xml): Set<string> {
  const text = JSON.stringify(navigation.Annotation ?? []);
  if (!text.includes('CustomQueryOptions')) return new Set();
  return new Set([...text.matchAll(/"Property":"Name","String":"([^"]+)"/g)].map((m) => m[1]));
}

function lineage(index: Index, typeName: string): TypeInfo[] {
  const chain: TypeInfo[] = [];
  for (let t = index.types.get(typeName); t; t = t.baseType ? index.types.get(t.baseType) : undefined) chain.push(t);
  return chain;
}
const findMember = (index: Index, type: string, kind: 'properties' | 'navigation', name: string) =>
  lineage(index, type).map((t) => t[kind].get(name)).find((x) => x !== undefined);
const findBound = (index: Index, type: string, collection: boolean, name: string): Operation | undefined =>
  lineage(index, type).map((t) => index.bound.get(collection ? `Collection(${t.name})` : t.name)?.get(name.replace(/^microsoft\.graph\./, '')))
    .find((x) => x !== undefined);
const unwrap = (t: string) => /^Collection\((.+)\)$/.exec(t)?.[1];

interface Target { type: string; collection: boolean; operation?: Operation; customQuery?: Set<string> }

function resolvePath(index: Index, requestPath: string, problems: string[]): Target | undefined {
  const segments = requestPath.split('/').filter(Boolean).map(decodeURIComponent);
  if (segments.shift() !== 'v1.0') return void problems.push(`path ${requestPath} does not start with /v1.0`);
  const first = segments.shift() ?? '';
  const root = index.entitySets.get(first) ?? index.singletons.get(first);
  if (!root) return void problems.push(`no entity set or singleton '${first}'`);
  const target: Target = { type: root, collection: index.entitySets.has(first) };
  for (const segment of segments) {
    if (target.operation) return void problems.push(`segment '${segment}' after operation ${target.operation.name}`);
    const operation = findBound(index, target.type, target.collection, segment);
    const navigation = target.collection ? undefined : findMember(index, target.type, 'navigation', segment);
    if (operation) target.operation = operation;
    else if (navigation) {
      const customQuery = lineage(index, target.type).map((t) => t.customQuery.get(segment)).find((x) => x !== undefined);
      Object.assign(target, { type: unwrap(navigation) ?? navigation, collection: unwrap(navigation) !== undefined, customQuery });
    } else if (index.types.has(segment)) target.type = segment; // a cast
    else if (target.collection) Object.assign(target, { collection: false, customQuery: undefined }); // a key
    else return void problems.push(`'${segment}' is neither a navigation property nor an operation of ${target.type}`);
  }
  return target;
}

function checkValue(index: Index, value: unknown, type: string, where: string, problems: string[]): void {
  if (value === null) return;
  const item = unwrap(type);
  if (item) {
    if (!Array.isArray(value)) return void problems.push(`${where} should be an array (${type})`);
    return value.forEach((v, i) => checkValue(index, v, item, `${where}[${i}]`, problems));
  }
  const members = index.enums.get(type);
  if (members) {
    if (typeof value !== 'string' || value.split(',').some((v) => !members.has(v.trim()))) problems.push(`${where}: '${String(value)}' is not a member of ${type}`);
    return;
  }
  if (index.types.has(type)) return checkObject(index, value, type, where, problems);
  const expected = { 'Edm.String': 'string', 'Edm.Boolean': 'boolean', 'Edm.Int32': 'number', 'Edm.Double': 'number' }[type];
  if (expected && typeof value !== expected) problems.push(`${where} should be a ${expected} (${type})`);
}

function checkObject(index: Index, value: unknown, declared: string, where: string, problems: string[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void problems.push(`${where} should be an object (${declared})`);
  const record = value as Record<string, unknown>;
  let type = declared;
  if ('@odata.type' in record) {
    const named = String(record['@odata.type']).replace(/^#/, '');
    if (!index.types.has(named)) return void problems.push(`${where}: unknown @odata.type ${named}`);
    if (!lineage(index, named).some((t) => t.name === declared)) return void problems.push(`${where}: ${named} does not derive from ${declared}`);
    type = named;
  }
  if (index.types.get(type)?.abstract) problems.push(`${where}: ${type} is abstract; name a concrete @odata.type`);
  for (const [key, v] of Object.entries(record)) {
    if (key === '@odata.type') continue;
    const bind = /^(.+)@odata\.bind$/.exec(key);
    if (bind) {
      if (!findMember(index, type, 'navigation', bind[1])) problems.push(`${where}.${key}: '${bind[1]}' is not a navigation property of ${type}`);
      else if (typeof v !== 'string' && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) problems.push(`${where}.${key} should be a URL`);
      continue;
    }
    if (key.includes('@')) {
      problems.push(`${where}.${key}: annotation not allowed in a request body`);
      continue;
    }
    const memberType = findMember(index, type, 'properties', key) ?? findMember(index, type, 'navigation', key);
    if (memberType === undefined) problems.push(`${where}.${key} is not a property of ${type}`);
    else checkValue(index, v, memberType, `${where}.${key}`, problems);
  }
}

function checkQuery(index: Index, query: Record<string, string>, target: Target, problems: string[]): void {
  for (const [name, value] of Object.entries(query)) {
    if (!QUERY_OPTIONS.has(name) && !target.customQuery?.has(name)) problems.push(`unknown query option ${name}`);
    if (name === '$select') {
      for (const p of value.split(',')) if (!findMember(index, target.type, 'properties', p) && !findMember(index, target.type, 'navigation', p)) problems.push(`$select: ${p} is not a property of ${target.type}`);
    }
    if (name === '$expand') {
      for (const p of value.split(',')) if (!findMember(index, target.type, 'navigation', p.split('(')[0].trim())) problems.push(`$expand: ${p} is not a navigation property of ${target.type}`);
    }
  }
}

/** Problems of every recorded request, each named by its method and path; empty when all are requests Graph has. */
export function metadataProblems(requests: readonly GraphRequestLike[]): string[] {
  return requests.flatMap((r) => checkAgainstMetadata(r).map((p) => `${r.method} ${r.path}: ${p}`));
}

/** Problems found in one request against Graph v1.0 metadata; empty when it is a request Graph has. */
export function checkAgainstMetadata(request: GraphRequestLike): string[] {
  const index = loadIndex();
  const problems: string[] = [];
  const target = resolvePath(index, request.path, problems);
  if (!target) return problems;
  const method = request.method.toUpperCase();
  const { operation } = target;
  if (operation) {
    if (method !== (operation.kind === 'action' ? 'POST' : 'GET')) problems.push(`${method} on ${operation.kind} ${operation.name}`);
    const body = (request.body ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(body)) {
      const parameter = operation.parameters.get(key.toLowerCase());
      if (!parameter) problems.push(`body.${key} is not a parameter of ${operation.name}`);
      else checkValue(index, value, parameter.type, `body.${key}`, problems);
    }
    return problems;
  }
  checkQuery(index, request.query ?? {}, target, problems);
  const writes = method === 'POST' ? target.collection : method === 'PATCH' || method === 'PUT' ? !target.collection : false;
  if (method !== 'GET' && method !== 'DELETE' && !writes) problems.push(`${method} is not valid on ${target.collection ? 'a collection' : 'a single'} ${target.type}`);
  if (method === 'DELETE' && target.collection) problems.push(`DELETE on a collection of ${target.type}`);
  if (writes) checkObject(index, request.body, target.type, 'body', problems);
  else if (request.body !== undefined) problems.push(`${method} with a body`);
  return problems;
}
