/**
 * Plan a new event or change one: kind, texts in Finnish and Swedish (English optional), Finnish times, seats,
 * a deadline and an optional Teams link. The server checks the plan; its problems appear in the dialog.
 */
import { Field, Select, makeStyles } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { EventView } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import { emptyEventForm, eventFormOf, eventKinds, planOf, type EventFormValues } from './eventForm';

const useStyles = makeStyles({
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: '12px' },
});

interface Props {
  trigger: ReactElement;
  networkId: string;
  networkName: string;
  /** The event to change; absent for a new one. */
  event?: EventView;
  onSaved: () => void;
}

export function EventFormDialog({ trigger, networkId, networkName, event, onSaved }: Props) {
  const api = useApi();
  const { t, pick } = useI18n();
  const { notify } = useNotices();
  const styles = useStyles();
  const [form, setForm] = useState<EventFormValues>(emptyEventForm);
  const field = (name: Exclude<keyof EventFormValues, 'kind'>) => ({
    value: form[name],
    onChange: (value: string) => setForm((f) => ({ ...f, [name]: value })),
  });

  async function save() {
    if (event) await api.changeEvent(event.id, planOf(form));
    else await api.createEvent(networkId, form.kind, planOf(form));
    notify('success', t(event ? 'coord.changed' : 'coord.created'));
    onSaved();
  }

  return (
    <FormDialog
      trigger={trigger}
      title={event ? t('form.changeTitle', { title: pick(event.title) }) : t('form.newTitle', { network: networkName })}
      submitLabel={t(event ? 'form.save' : 'form.create')}
      onOpen={() => setForm(event ? eventFormOf(event) : emptyEventForm())}
      onSubmit={save}
      wide
    >
      <Field label={t('form.kind')}>
        <Select value={form.kind} disabled={!!event} onChange={(_, d) => setForm((f) => ({ ...f, kind: d.value as EventFormValues['kind'] }))}>
          {eventKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.pair}>
        <TextField label={t('form.titleFi')} required maxLength={200} {...field('titleFi')} />
        <TextField label={t('form.titleSv')} required maxLength={200} {...field('titleSv')} />
        <TextField label={t('form.titleEn')} maxLength={200} {...field('titleEn')} />
      </div>
      <TextField label={t('form.descriptionFi')} required multiline maxLength={2000} {...field('descriptionFi')} />
      <TextField label={t('form.descriptionSv')} required multiline maxLength={2000} {...field('descriptionSv')} />
      <TextField label={t('form.descriptionEn')} multiline maxLength={2000} {...field('descriptionEn')} />
      <div className={styles.pair}>
        <TextField label={t('form.startDate')} type="date" required {...field('startDate')} />
        <TextField label={t('form.startTime')} type="time" required {...field('startTime')} />
        <TextField label={t('form.endTime')} type="time" required {...field('endTime')} />
        <TextField label={t('form.endDate')} type="date" {...field('endDate')} />
      </div>
      <div className={styles.pair}>
        <TextField label={t('form.capacity')} type="number" hint={t('form.capacityHint')} {...field('capacity')} />
        <TextField label={t('form.deadlineDate')} type="date" {...field('deadlineDate')} />
        <TextField label={t('form.deadlineTime')} type="time" {...field('deadlineTime')} />
      </div>
      <TextField label={t('form.joinUrl')} type="url" hint={t('form.joinUrlHint')} maxLength={2000} {...field('joinUrl')} />
    </FormDialog>
  );
}
