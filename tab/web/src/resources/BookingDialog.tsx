/**
 * Book a game: the pick-up and return days (both included), the library it goes to and a word to the coordinator.
 * Days someone else holds are refused by the server with the periods taken, shown here as it says them.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { LibraryPicker } from '../exchange/LibraryPicker';
import type { LibrarySummary } from '../exchange/exchangeTypes';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import type { GameView } from './resourceTypes';

interface Props {
  game: GameView;
  /** The network's regions, comma-separated, narrow the library list (the server checks again); null lists every library. */
  libraryRegions: string | null;
  onBooked: (pickUpOn: string) => void;
}

const empty = { pickUpOn: '', returnOn: '', library: null as LibrarySummary | null, message: '' };

export function BookingDialog({ game, libraryRegions, onBooked }: Props) {
  const api = useApi();
  const { t, pick } = useI18n();
  const { notify } = useNotices();
  const [form, setForm] = useState(empty);
  const text = (name: 'pickUpOn' | 'returnOn' | 'message') => ({ value: form[name], onChange: (value: string) => setForm((f) => ({ ...f, [name]: value })) });
  const name = pick(game.name);
  return (
    <FormDialog
      trigger={<Button appearance="primary">{t('resources.book.named', { game: name })}</Button>}
      title={t('resources.book.title', { game: name })}
      submitLabel={t('resources.book.send')}
      onOpen={() => setForm(empty)}
      onSubmit={async () => {
        if (!form.library) throw new Error(t('exchange.form.pickLibrary'));
        await api.bookGame(game.id, { pickUpOn: form.pickUpOn, returnOn: form.returnOn, libraryId: form.library.id, message: form.message.trim() || null });
        notify('success', t('resources.book.sent', { game: name }));
        onBooked(form.pickUpOn);
      }}
    >
      <TextField label={t('resources.book.pickUpOn')} type="date" required {...text('pickUpOn')} />
      <TextField label={t('resources.book.returnOn')} type="date" required hint={t('resources.book.bothIncluded')} {...text('returnOn')} />
      <LibraryPicker label={t('resources.book.library')} required region={libraryRegions ?? undefined} value={form.library} onChange={(library) => setForm((f) => ({ ...f, library }))} />
      <TextField label={t('resources.book.message')} multiline maxLength={1000} {...text('message')} />
    </FormDialog>
  );
}
