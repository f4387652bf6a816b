// What the official schema cannot see: the icon files, https everywhere, ids that belong together, and
// localization files that translate exactly what the manifest says.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPng } from './png.mjs';

/** Problems with the icons: present, PNG, 192x192 colour and 32x32 outline, the outline white on transparent. */
export function iconProblems(manifest, dir) {
  const problems = [];
  const icons = [
    { key: 'color', size: 192 },
    { key: 'outline', size: 32 },
  ];
  for (const { key, size } of icons) {
    const file = manifest.icons?.[key];
    const path = file && join(dir, file);
    if (!path || !existsSync(path)) {
      problems.push(`icons.${key}: the file '${file}' is missing from ${dir}`);
      continue;
    }
    const png = readPng(readFileSync(path));
    if (!png) {
      problems.push(`icons.${key}: '${file}' is not a PNG image`);
      continue;
    }
    if (png.width !== size || png.height !== size) problems.push(`icons.${key}: '${file}' is ${png.width}x${png.height}; Teams wants ${size}x${size}`);
    if (key === 'outline') problems.push(...outlineProblems(file, png));
  }
  return problems;
}

function outlineProblems(file, png) {
  if (!png.hasAlpha) return [`icons.outline: '${file}' has no transparency; Teams wants white on a transparent background`];
  const pixels = png.pixels();
  if (!pixels) return [`icons.outline: '${file}' must be an 8-bit RGBA PNG`];
  let transparent = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const alpha = pixels[i + 3];
    if (alpha === 0) transparent++;
    else if (pixels[i] < 240 || pixels[i + 1] < 240 || pixels[i + 2] < 240) return [`icons.outline: '${file}' has a pixel that is neither white nor transparent`];
  }
  return transparent === 0 ? [`icons.outline: '${file}' has no transparent pixel`] : [];
}

/** Every URL is https and on a valid domain; ids are those of the bot's registration and the tab's API. */
export function linkProblems(manifest, values) {
  const problems = [];
  const domains = manifest.validDomains ?? [];
  const visit = (node, path) => {
    if (typeof node === 'string') {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(node) && !path.startsWith('$schema') && !path.startsWith('webApplicationInfo.resource')) {
        if (!node.startsWith('https://')) problems.push(`${path}: '${node}' must be an https URL`);
        else if (/Url$/.test(path) && !['developer.websiteUrl', 'developer.privacyUrl', 'developer.termsOfUseUrl'].includes(path) && !domains.includes(new URL(node).host)) {
          problems.push(`${path}: '${node}' is not on a domain in validDomains (${domains.join(', ')})`);
        }
      }
    } else if (Array.isArray(node)) node.forEach((item, i) => visit(item, `${path}[${i}]`));
    else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) visit(value, path ? `${path}.${key}` : key);
  };
  visit(manifest, '');
  for (const domain of domains) if (/[/:]/.test(domain.replace(/:\d+$/, ''))) problems.push(`validDomains: '${domain}' must be a host name without a scheme or path`);

  const botId = values.MicrosoftAppId.toLowerCase();
  for (const [i, bot] of (manifest.bots ?? []).entries()) {
    if (bot.botId?.toLowerCase() !== botId) problems.push(`bots[${i}].botId: '${bot.botId}' is not the bot registration's MicrosoftAppId ${values.MicrosoftAppId}`);
  }
  const sso = manifest.webApplicationInfo;
  if (sso?.id?.toLowerCase() !== botId) problems.push(`webApplicationInfo.id: '${sso?.id}' is not the app registration's id ${values.MicrosoftAppId}`);
  const expected = `api://${values.PUBLIC_HOST}/${values.MicrosoftAppId}`.toLowerCase();
  if (sso?.resource?.toLowerCase() !== expected) {
    problems.push(`webApplicationInfo.resource: '${sso?.resource}' must be api://<PUBLIC_URL's host>/<MicrosoftAppId> (${expected}) for Teams single sign-on`);
  }
  return problems;
}

/** The texts a localization file may (and, here, must) translate: names, descriptions, tab names, commands. */
export function localizableKeys(manifest) {
  const keys = ['name.short', 'name.full', 'description.short', 'description.full'];
  (manifest.staticTabs ?? []).forEach((tab, i) => tab.name !== undefined && keys.push(`staticTabs[${i}].name`));
  (manifest.bots?.[0]?.commandLists ?? []).forEach((list, l) =>
    list.commands.forEach((_, c) => keys.push(`bots[0].commandLists[${l}].commands[${c}].title`, `bots[0].commandLists[${l}].commands[${c}].description`)),
  );
  return keys;
}

/** Each language file translates every localizable text and nothing the manifest does not have. */
export function localizationProblems(manifest, files) {
  const problems = [];
  const keys = localizableKeys(manifest);
  const listed = (manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file);
  for (const [file, texts] of Object.entries(files)) {
    if (!listed.includes(file)) problems.push(`localizationInfo: ${file} is not listed in additionalLanguages`);
    for (const key of keys) if (typeof texts[key] !== 'string' || !texts[key].trim()) problems.push(`${file}: no translation for '${key}'`);
    for (const key of Object.keys(texts)) if (key !== '$schema' && !keys.includes(key)) problems.push(`${file}: '${key}' is nothing in the manifest`);
  }
  for (const file of listed) if (!(file in files)) problems.push(`localizationInfo: ${file} is listed but missing`);
  return problems;
}
