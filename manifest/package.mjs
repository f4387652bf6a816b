// npm run package: fills manifest.template.json from the environment, checks the result against the official
// v1.22 schema bundled in @microsoft/app-manifest (offline) and against what the schema cannot see (checks.mjs),
// and writes build/appPackage/manifest.json and kollega.zip to upload to Teams. Any problem: exit 1, each named.
// Options: --dir <folder with the template, icons and fi/sv files> (default manifest/), --out <folder>.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { iconProblems, linkProblems, localizationProblems } from './lib/checks.mjs';
import { fillTemplate, manifestValues } from './lib/values.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(repo, 'package.json'));
const { AppManifestUtils } = require('@microsoft/app-manifest');
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const schemaDir = join(dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams', 'v1.22');

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? resolve(args[args.indexOf(name) + 1]) : fallback);
const dir = option('--dir', join(repo, 'manifest'));
const out = option('--out', join(repo, 'build', 'appPackage'));

function fail(problems) {
  console.error(`The Teams app package was not written: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}

function readJson(file, problems) {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (err) {
    problems.push(`${file}: ${err.code === 'ENOENT' ? 'missing' : `not JSON (${err.message})`}`);
    return undefined;
  }
}

const { values, problems } = manifestValues(process.env, repo);
if (problems.length) fail(problems);

const filled = fillTemplate(readFileSync(join(dir, 'manifest.template.json'), 'utf8'), values, problems);
let manifest;
try {
  manifest = JSON.parse(filled);
} catch (err) {
  fail([`manifest.template.json: not JSON once filled in (${err.message})`]);
}
const schema = JSON.parse(readFileSync(join(schemaDir, 'MicrosoftTeams.schema.json'), 'utf8'));
const localizationSchema = JSON.parse(readFileSync(join(schemaDir, 'MicrosoftTeams.Localization.schema.json'), 'utf8'));
for (const failure of await AppManifestUtils.validateAgainstSchema(manifest, schema)) problems.push(`manifest.json (schema v1.22):${failure}`);

// The official localization schema has key patterns JavaScript reads only without the u flag (a lone ']'), which
// @microsoft/app-manifest's validator sets; this one leaves it off.
const checkLocalization = addFormats(new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false }), ['uri', 'email', 'regex']).compile(localizationSchema);
const localizationFailures = (texts) => (checkLocalization(texts) ? [] : checkLocalization.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`));

const languages = {};
for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
  const texts = readJson(file, problems);
  if (!texts) continue;
  languages[file] = texts;
  for (const failure of localizationFailures(texts)) problems.push(`${file} (localization schema v1.22): ${failure}`);
}
problems.push(...iconProblems(manifest, dir), ...linkProblems(manifest, values), ...localizationProblems(manifest, languages));
if (problems.length) fail(problems);

const json = `${JSON.stringify(manifest, null, 2)}\n`;
const files = { 'manifest.json': Buffer.from(json) };
for (const key of ['color', 'outline']) files[manifest.icons[key]] = readFileSync(join(dir, manifest.icons[key]));
for (const [file, texts] of Object.entries(languages)) files[file] = Buffer.from(`${JSON.stringify(texts, null, 2)}\n`);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'manifest.json'), json);
// A fixed time in the entries, so the same inputs always give the same zip.
const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: new Date('2026-01-01T00:00:00Z') }]])), { level: 9 });
writeFileSync(join(out, 'kollega.zip'), zip);
console.log(`Teams app package ${values.APP_VERSION} for bot ${values.MicrosoftAppId} at ${values.PUBLIC_URL}: ${join(out, 'kollega.zip')} (${zip.length} bytes; ${Object.keys(files).join(', ')})`);
