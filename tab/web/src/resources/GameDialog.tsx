/** A coordinator adds a game to lend, or changes one: its name and description in Finnish and Swedish, English optional. */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import { LocalizedFields } from './LocalizedFields';
import { emptyLocalized, trimmed } from './localizedText';
import type { GameView } from './resourceTypes';

interface Props {
  networkId: string;
  /** The game to change; none to add one. */
  game?: GameView;
  onSaved: () => void;
}

export function GameDialog({ networkId, game, onSaved }: Props) {
  const api = useApi();
  const { t, pick } = useI18n();
  const { notify } = useNotices();
  const [form, setForm] = useState({ name: emptyLocalized(), description: emptyLocalized() });
  const label = game ? t('resources.game.edit', { game: pick(game.name) }) : t('resources.game.add');
  return (
    <FormDialog
      trigger={<Button>{label}</Button>}
      title={label}
      submitLabel={t('resources.save')}
      onOpen={() => setForm(game ? { name: { ...game.name }, description: { ...game.description } } : { name: emptyLocalized(), description: emptyLocalized() })}
      onSubmit={async () => {
        const body = { name: trimmed(form.name), description: trimmed(form.description) };
        await (game ? api.changeGame(game.id, body) : api.addGame(networkId, body));
        notify('success', t('resources.game.saved'));
        onSaved();
      }}
    >
      <LocalizedFields
        labels={{ fi: t('resources.game.nameFi'), sv: t('resources.game.nameSv'), en: t('resources.game.nameEn') }}
        required={['fi', 'sv']}
        maxLength={120}
        value={form.name}
        onChange={(name) => setForm((f) => ({ ...f, name }))}
      />
      <LocalizedFields
        labels={{ fi: t('resources.game.descriptionFi'), sv: t('resources.game.descriptionSv'), en: t('resources.game.descriptionEn') }}
        required={['fi', 'sv']}
        multiline
        maxLength={2000}
        value={form.description}
        onChange={(description) => setForm((f) => ({ ...f, description }))}
      />
    </FormDialog>
  );
}
