/**
 * npm run package (manifest/package.mjs) as an IT person runs it: from the environment to a Teams app zip that
 * the official v1.22 schema accepts, and, for each way a manifest goes wrong, no zip and a message naming it.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';

const run = promisify(execFile);
const repo = path.resolve(__dirname, '..', '..');
const BOT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const env = {
  MicrosoftAppId: BOT,
  PUBLIC_URL: 'https://kollega.example.org',
  TAB_APP_ID_URI: `api://kollega.example.org/${BOT}`,
  PRIVACY_URL: 'https://kirjastot.example.org/tietosuoja',
  TERMS_OF_USE_URL: 'https://kirjastot.example.org/ehdot',
};

let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-manifest-'));
  fs.cpSync(path.join(repo, 'manifest'), path.join(work, 'manifest'), { recursive: true });
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const dir = () => path.join(work, 'manifest');
const out = () => path.join(work, 'out');
const edit = (file: string, change: (text: string) => string) => fs.writeFileSync(path.join(dir(), file), change(fs.readFileSync(path.join(dir(), file), 'utf8')));
const editJson = (file: string, change: (json: any) => void) => edit(file, (text) => {
  const json = JSON.parse(text);
  change(json);
  return JSON.stringify(json);
});

async function packageApp(over: Record<string, string | undefined> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const vars = { PATH: process.env.PATH, ...env, ...over };
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(repo, 'manifest', 'package.mjs'), '--dir', dir(), '--out', out()], { env: vars as NodeJS.ProcessEnv });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function refused(over: Record<string, string | undefined>, message: RegExp) {
  const result = await packageApp(over);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^The Teams app package was not written/);
  expect(result.stderr).toMatch(message);
  expect(fs.existsSync(path.join(out(), 'kollega.zip'))).toBe(false);
}

describe('npm run package', () => {
  it('writes a zip with the filled manifest, both icons and the Finnish and Swedish texts', async () => {
    const result = await packageApp();
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const zip = unzipSync(fs.readFileSync(path.join(out(), 'kollega.zip')));
    expect(Object.keys(zip).sort()).toEqual(['color.png', 'fi.json', 'manifest.json', 'outline.png', 'sv.json']);
    const manifest = JSON.parse(Buffer.from(zip['manifest.json']).toString('utf8'));
    expect(manifest).toMatchObject({
      manifestVersion: '1.22',
      id: BOT,
      version: JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).version,
      bots: [{ botId: BOT, scopes: ['personal', 'team', 'groupChat'] }],
      staticTabs: expect.arrayContaining([expect.objectContaining({ contentUrl: 'https://kollega.example.org/tab/', scopes: ['personal'] })]),
      configurableTabs: [{ configurationUrl: 'https://kollega.example.org/tab/?view=config', scopes: ['team'] }],
      validDomains: ['kollega.example.org'],
      webApplicationInfo: { id: BOT, resource: `api://kollega.example.org/${BOT}` },
      developer: { privacyUrl: env.PRIVACY_URL, termsOfUseUrl: env.TERMS_OF_USE_URL },
    });
    expect(JSON.stringify(manifest)).not.toContain('${{');
    const fi = JSON.parse(Buffer.from(zip['fi.json']).toString('utf8'));
    expect(fi['bots[0].commandLists[0].commands[9].title']).toBe('uusi tapahtuma');
    // The same inputs give the same bytes: a package can be rebuilt and compared.
    const first = fs.readFileSync(path.join(out(), 'kollega.zip'));
    await packageApp();
    expect(fs.readFileSync(path.join(out(), 'kollega.zip')).equals(first)).toBe(true);
  });

  it('lets a separate manifest id stand beside the bot id', async () => {
    const id = '0b6f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
    expect((await packageApp({ TEAMS_MANIFEST_ID: id })).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(out(), 'manifest.json'), 'utf8'))).toMatchObject({ id, bots: [{ botId: BOT }] });
  });

  it('names every missing or malformed variable at once', async () => {
    await refused({ MicrosoftAppId: 'kollega-bot', PRIVACY_URL: undefined }, /MicrosoftAppId: 'kollega-bot' must be the bot's Entra app \(client\) id[\s\S]*PRIVACY_URL: is not set/);
  });

  it('refuses a bad id that the official schema catches', async () => {
    edit('manifest.template.json', (t) => t.replace('"id": "${{TEAMS_MANIFEST_ID}}"', '"id": "kollega"'));
    await refused({}, /manifest\.json \(schema v1\.22\):\/id must match pattern/);
  });

  it('refuses ids that do not belong to the bot registration or the tab\'s API', async () => {
    edit('manifest.template.json', (t) => t.replace('"botId": "${{MicrosoftAppId}}"', '"botId": "9a8b7c6d-1111-4222-8333-444455556666"'));
    await refused({ TAB_APP_ID_URI: `api://elsewhere.example.org/${BOT}` }, /bots\[0\]\.botId: '9a8b7c6d-[^']+' is not the bot registration's MicrosoftAppId[\s\S]*webApplicationInfo\.resource: .* must be api:\/\/<PUBLIC_URL's host>\/<MicrosoftAppId>/);
  });

  it('refuses a missing icon, an icon of the wrong size, and an outline icon that is not white on transparent', async () => {
    fs.rmSync(path.join(dir(), 'outline.png'));
    await refused({}, /icons\.outline: the file 'outline\.png' is missing/);
    fs.copyFileSync(path.join(dir(), 'color.png'), path.join(dir(), 'outline.png'));
    await refused({}, /icons\.outline: 'outline\.png' is 192x192; Teams wants 32x32[\s\S]*no transparency/);
    fs.writeFileSync(path.join(dir(), 'color.png'), 'not an image');
    await refused({}, /icons\.color: 'color\.png' is not a PNG image/);
  });

  it('refuses http: in the address, in a link, and in the template', async () => {
    await refused({ PUBLIC_URL: 'http://kollega.example.org' }, /PUBLIC_URL: 'http:\/\/kollega\.example\.org' must be Kollega's https address/);
    edit('manifest.template.json', (t) => t.replace('"websiteUrl": "${{PUBLIC_URL}}/tab/",\n      "scopes"', '"websiteUrl": "http://kollega.example.org/tab/",\n      "scopes"'));
    await refused({}, /staticTabs\[0\]\.websiteUrl: 'http:\/\/kollega\.example\.org\/tab\/' must be an https URL/);
  });

  it('refuses a tab on a domain that is not valid', async () => {
    edit('manifest.template.json', (t) => t.replace('"contentUrl": "${{PUBLIC_URL}}/tab/"', '"contentUrl": "https://elsewhere.example.org/tab/"'));
    await refused({}, /staticTabs\[0\]\.contentUrl: 'https:\/\/elsewhere\.example\.org\/tab\/' is not on a domain in validDomains/);
  });

  it('refuses a language file that leaves a text untranslated or translates something the manifest lacks', async () => {
    editJson('sv.json', (sv) => {
      delete sv['bots[0].commandLists[0].commands[2].description'];
      sv['staticTabs[3].name'] = 'Om';
    });
    await refused({}, /sv\.json: no translation for 'bots\[0\]\.commandLists\[0\]\.commands\[2\]\.description'[\s\S]*sv\.json: 'staticTabs\[3\]\.name' is nothing in the manifest/);
    fs.rmSync(path.join(dir(), 'fi.json'));
    await refused({}, /fi\.json: missing/);
  });

  it('refuses a language file the localization schema does not accept', async () => {
    editJson('fi.json', (fi) => {
      fi['name.short'] = 'K'.repeat(31);
    });
    await refused({}, /fi\.json \(localization schema v1\.22\): \/name\.short must NOT have more than 30 characters/);
  });
});
