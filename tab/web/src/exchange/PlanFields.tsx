/**
 * The fields of an exchange application, in the order of the staff-exchange page's steps: where, when, one-way or
 * reciprocal, what for, who agrees (own supervisor, host contact), and what it costs. Controlled by the dialog.
 */
import { Checkbox, Field, MessageBar, MessageBarBody, Radio, RadioGroup, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useViewStyles } from '../common/styles';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { LibraryContact } from './LibraryContact';
import { LibraryPicker } from './LibraryPicker';
import { MoneyField } from './MoneyField';
import type { PlanForm } from './planForm';

const useStyles = makeStyles({
  group: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  legend: { ...typographyStyles.subtitle2, padding: 0, marginBottom: '4px', color: tokens.colorNeutralForeground1 },
});

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  const own = useStyles();
  return (
    <fieldset className={own.group}>
      <legend className={own.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}

export function PlanFields({ form, setForm }: { form: PlanForm; setForm: (update: (f: PlanForm) => PlanForm) => void }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  const set = <K extends keyof PlanForm>(key: K) => (value: PlanForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: 'startsOn' | 'endsOn' | 'returnVisitor' | 'returnStartsOn' | 'returnEndsOn' | 'expectations' | 'expertise' | 'supervisorName' | 'supervisorEmail' | 'hostContactName' | 'hostContactEmail') => ({
    value: form[key],
    onChange: set(key),
  });

  return (
    <>
      <p className={styles.text}>{t('exchange.form.intro')}</p>
      <Group legend={t('exchange.form.where')}>
        <LibraryPicker label={t('exchange.form.home')} required value={form.home} onChange={set('home')} />
        <LibraryPicker label={t('exchange.form.host')} hint={t('exchange.form.hostHint')} value={form.host} onChange={set('host')} />
        {form.host && <LibraryContact library={form.host} />}
        {form.host?.bilingual && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t('exchange.form.bilingualHost')}</MessageBarBody>
          </MessageBar>
        )}
      </Group>
      <Group legend={t('exchange.form.when')}>
        <TextField label={t('exchange.form.startsOn')} type="date" hint={t('exchange.form.daysHint')} {...text('startsOn')} />
        <TextField label={t('exchange.form.endsOn')} type="date" {...text('endsOn')} />
        <Field label={t('exchange.form.kind')}>
          <RadioGroup value={form.reciprocal ? 'reciprocal' : 'oneWay'} onChange={(_, d) => set('reciprocal')(d.value === 'reciprocal')}>
            <Radio value="oneWay" label={t('exchange.oneWay')} />
            <Radio value="reciprocal" label={t('exchange.reciprocal')} />
          </RadioGroup>
        </Field>
        {form.reciprocal && (
          <>
            <TextField label={t('exchange.form.returnVisitor')} hint={t('exchange.form.returnVisitorHint')} maxLength={200} {...text('returnVisitor')} />
            <TextField label={t('exchange.form.returnStartsOn')} type="date" {...text('returnStartsOn')} />
            <TextField label={t('exchange.form.returnEndsOn')} type="date" {...text('returnEndsOn')} />
          </>
        )}
      </Group>
      <Group legend={t('exchange.form.what')}>
        <TextField label={t('exchange.form.expectations')} hint={t('exchange.form.expectationsHint')} multiline maxLength={2000} {...text('expectations')} />
        <TextField label={t('exchange.form.expertise')} hint={t('exchange.form.expertiseHint')} maxLength={300} {...text('expertise')} />
        <Checkbox
          label={form.host?.bilingual ? t('exchange.form.languagePracticeSuggested') : t('exchange.form.languagePractice')}
          checked={form.languagePractice}
          onChange={(_, d) => set('languagePractice')(d.checked === true)}
        />
      </Group>
      <Group legend={t('exchange.form.who')}>
        <TextField label={t('exchange.form.supervisorName')} maxLength={200} {...text('supervisorName')} />
        <TextField label={t('exchange.form.supervisorEmail')} type="email" hint={t('exchange.form.supervisorEmailHint')} maxLength={254} {...text('supervisorEmail')} />
        <TextField label={t('exchange.form.hostContactName')} maxLength={200} {...text('hostContactName')} />
        <TextField label={t('exchange.form.hostContactEmail')} type="email" maxLength={254} {...text('hostContactEmail')} />
      </Group>
      <Group legend={t('exchange.form.costs')}>
        <p className={styles.text}>{t('exchange.form.costsIntro')}</p>
        <MoneyField label={t('exchange.form.travel')} value={form.travel} onChange={set('travel')} />
        <MoneyField label={t('exchange.form.stay')} value={form.stay} onChange={set('stay')} />
      </Group>
    </>
  );
}
