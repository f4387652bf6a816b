/**
 * Picking a library in the application form: a combobox searched in Finnish or Swedish (Borgå finds Porvoo), each
 * option with its municipality and whether it is bilingual. Typing over a picked library unpicks it.
 */
import { Combobox, Field, Option } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useFormAttempted } from '../common/FormAttempt';
import { useI18n } from '../i18n/I18nContext';
import type { LibrarySummary } from './exchangeTypes';
import { libraryWithTown } from './libraryNames';
import { useLibraries } from './useLibraries';

interface Props {
  label: string;
  value: LibrarySummary | null;
  onChange: (library: LibrarySummary | null) => void;
  hint?: string;
  required?: boolean;
  /** Only the libraries of this region, or these comma-separated regions (a game travels inside its network's). */
  region?: string;
}

export function LibraryPicker({ label, value, onChange, hint, required, region }: Props) {
  const { t, lang } = useI18n();
  const attempted = useFormAttempted();
  const shown = libraryWithTown(value, lang);
  const [text, setText] = useState(shown);
  const [query, setQuery] = useState('');
  // Controlled, so the list opens on any change of the text (a paste, too), not only on a key press.
  const [open, setOpen] = useState(false);
  // A library set from outside (the form reopened on a draft) shows its name; unpicking by typing keeps the text.
  useEffect(() => {
    if (shown) setText(shown);
  }, [shown]);
  const found = useLibraries({ q: query, region });
  const libraries = found.data?.libraries ?? [];

  function type(next: string) {
    setText(next);
    setOpen(true);
    setQuery(next === shown ? '' : next);
    if (value && next !== shown) onChange(null);
  }

  function pick(id: string | undefined) {
    // The clear button selects nothing.
    if (id === undefined) return void (onChange(null), setText(''), setQuery(''));
    const library = libraries.find((l) => l.id === id);
    if (!library) return;
    onChange(library);
    setText(libraryWithTown(library, lang));
    setQuery('');
  }

  const missing = required && attempted && !value;
  return (
    <Field label={label} hint={hint} required={required} validationMessage={missing ? t('exchange.form.pickLibrary') : undefined}>
      <Combobox
        value={text}
        open={open}
        onOpenChange={(_, d) => setOpen(d.open)}
        selectedOptions={value ? [value.id] : []}
        onChange={(e) => type(e.target.value)}
        onOptionSelect={(_, d) => pick(d.optionValue)}
        placeholder={t('exchange.library.searchPlaceholder')}
        clearable
        // In place, not in a portal: the app's FluentProvider passes its full-page styles on to portal nodes
        // (applyStylesToPortals), and a listbox portal would cover the dialog it opens from.
        inlinePopup
      >
        {libraries.map((l) => (
          <Option key={l.id} value={l.id} text={libraryWithTown(l, lang)}>
            {l.bilingual ? `${libraryWithTown(l, lang)} · ${t('exchange.library.bilingual')}` : libraryWithTown(l, lang)}
          </Option>
        ))}
        {found.data && libraries.length === 0 && (
          <Option value="" disabled>
            {t('exchange.library.noneFound')}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
