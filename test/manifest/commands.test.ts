/**
 * The commands Teams suggests from the manifest, in English and in the Finnish and Swedish files, are commands
 * the bot understands: pressing one never gets "I did not understand".
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCommand } from '../../bot/commands';

const dir = path.resolve(__dirname, '..', '..', 'manifest');
const template = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.template.json'), 'utf8'));
const languages = ['fi', 'sv'].map((lang) => [lang, JSON.parse(fs.readFileSync(path.join(dir, `${lang}.json`), 'utf8'))] as const);

const englishTitles: string[] = template.bots[0].commandLists.flatMap((list: { commands: { title: string }[] }) => list.commands.map((c) => c.title));

describe('the manifest\'s bot commands', () => {
  it.each(englishTitles)('"%s" is a command the bot understands', (title) => {
    expect(parseCommand(title).kind).not.toBe('unknown');
  });

  it.each(languages)('every %s title is understood, as the same command as its English one', (_lang, texts) => {
    const titles = Object.entries(texts).filter(([key]) => key.endsWith('.title'));
    expect(titles.length).toBe(englishTitles.length);
    for (const [key, title] of titles) {
      const [, list, command] = /commandLists\[(\d)\]\.commands\[(\d)\]/.exec(key)!;
      const english = template.bots[0].commandLists[Number(list)].commands[Number(command)].title;
      expect({ key, kind: parseCommand(title as string).kind }).toEqual({ key, kind: parseCommand(english).kind });
    }
  });
});
