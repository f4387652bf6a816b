// The values the manifest takes from the environment, checked and derived before anything is filled in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** { values, problems }: every problem names the variable and says what it must be. */
export function manifestValues(env, repo) {
  const problems = [];
  const need = (name, test, what) => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name}: is not set; ${what}`);
    else if (!test(value)) problems.push(`${name}: '${value}' ${what}`);
    return value ?? '';
  };
  const https = (v) => /^https:\/\/[^\s/?#]+(\/[^\s]*)?$/.test(v);
  const botId = need('MicrosoftAppId', (v) => GUID.test(v), 'must be the bot\'s Entra app (client) id, a GUID');
  const publicUrl = need('PUBLIC_URL', https, 'must be Kollega\'s https address, e.g. https://kollega.example.org').replace(/\/+$/, '');
  const appIdUri = need('TAB_APP_ID_URI', (v) => /^api:\/\/\S+$/.test(v), 'must be the tab\'s Application ID URI, api://<host>/<client id>');
  const manifestId = env.TEAMS_MANIFEST_ID?.trim() || botId;
  if (env.TEAMS_MANIFEST_ID?.trim() && !GUID.test(manifestId)) problems.push(`TEAMS_MANIFEST_ID: '${manifestId}' must be a GUID`);
  const privacyUrl = need('PRIVACY_URL', https, 'must be the https address of the privacy statement');
  const termsUrl = need('TERMS_OF_USE_URL', https, 'must be the https address of the terms of use');
  const host = https(publicUrl) ? new URL(publicUrl).host : '';
  const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  return {
    problems,
    values: {
      APP_VERSION: version,
      TEAMS_MANIFEST_ID: manifestId,
      MicrosoftAppId: botId,
      PUBLIC_URL: publicUrl,
      PUBLIC_HOST: host,
      TAB_APP_ID_URI: appIdUri,
      PUBLISHER_NAME: env.PUBLISHER_NAME?.trim() || 'Kollega',
      PRIVACY_URL: privacyUrl,
      TERMS_OF_USE_URL: termsUrl,
    },
  };
}

/** The template with every ${{NAME}} replaced; a name without a value is a problem, not an empty string. */
export function fillTemplate(text, values, problems) {
  return text.replace(/\$\{\{(\w+)\}\}/g, (_, name) => {
    if (values[name] === undefined) problems.push(`manifest.template.json: \${{${name}}} has no value`);
    return values[name] ?? '';
  });
}
