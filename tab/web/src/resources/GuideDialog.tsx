/**
 * A coordinator adds a guide or changes one: its title, and for each language a link to that edition and the month
 * it came out (the PRAO guide came out in Finnish in 11/2021, in Swedish in 2/2022). A language without a link has
 * no edition.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import { guideBodyOf, guideFormOf, guideLanguages } from './guideForm';
import { LocalizedFields } from './LocalizedFields';
import type { GuideView } from './resourceTypes';

export function GuideDialog({ networkId, guide, onSaved }: { networkId: string; guide?: GuideView; onSaved: () => void }) {
  const api = useApi();
  const { t, pick } = useI18n();
  const { notify } = useNotices();
  const [form, setForm] = useState(() => guideFormOf(guide));
  const edition = (l: Lang, part: 'url' | 'published') => ({
    value: form.editions[l][part],
    onChange: (value: string) => setForm((f) => ({ ...f, editions: { ...f.editions, [l]: { ...f.editions[l], [part]: value } } })),
  });
  const label = guide ? t('resources.guide.edit', { title: pick(guide.title) }) : t('resources.guide.add');
  return (
    <FormDialog
      wide
      trigger={<Button>{label}</Button>}
      title={label}
      submitLabel={t('resources.save')}
      onOpen={() => setForm(guideFormOf(guide))}
      onSubmit={async () => {
        const body = guideBodyOf(form);
        await (guide ? api.changeGuide(guide.id, body) : api.addGuide(networkId, body));
        notify('success', t('resources.guide.saved'));
        onSaved();
      }}
    >
      <LocalizedFields
        labels={{ fi: t('resources.guide.titleFi'), sv: t('resources.guide.titleSv'), en: t('resources.guide.titleEn') }}
        maxLength={200}
        value={form.title}
        onChange={(title) => setForm((f) => ({ ...f, title }))}
      />
      {guideLanguages.map((l) => (
        <div key={l}>
          <TextField label={t(`resources.guide.url.${l}`)} type="url" hint={t('resources.guide.urlHint')} maxLength={2000} {...edition(l, 'url')} />
          <TextField label={t(`resources.guide.published.${l}`)} type="month" hint={t('resources.guide.publishedHint')} {...edition(l, 'published')} />
        </div>
      ))}
    </FormDialog>
  );
}
