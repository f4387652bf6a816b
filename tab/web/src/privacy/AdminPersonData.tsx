/**
 * An admin finds a person Kollega knows (by name or e-mail, as coordinators do for groups) and, at that person's
 * request, downloads or erases their data: for someone who has left and can no longer sign in.
 */
import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { MentoringPeopleFound } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { useViewStyles } from '../common/styles';
import { useAction } from '../common/useAction';
import { ExportButton } from '../coordinate/ExportButton';
import { SectionHeading } from '../coordinate/SectionHeading';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import { EraseDialog } from './EraseDialog';

const MIN_QUERY = 2;
type Found = MentoringPeopleFound['people'][number];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '8px', alignItems: 'flex-start' },
  form: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'flex-end', width: '100%' },
  field: { width: '100%', maxWidth: '420px' },
});

export function AdminPersonData({ myId }: { myId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const own = useStyles();
  const { notify } = useNotices();
  const { busy, run } = useAction();
  const [query, setQuery] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [found, setFound] = useState<Found[] | null>(null);
  // One's own data is above, with the erasure that ends one's session.
  const others = found?.filter((p) => p.id !== myId) ?? null;

  function search() {
    const q = query.trim();
    setTooShort(q.length < MIN_QUERY);
    if (q.length >= MIN_QUERY) void run(async () => (setFound((await api.findPeople(q)).people), null));
  }

  async function erase(p: Found) {
    const answer = await api.erasePersonData(p.id);
    notify('success', answer.erased ? t('privacy.admin.erased', { name: p.name, reference: answer.erasureId ?? '' }) : t('privacy.admin.nothingHeld', { name: p.name }));
    setFound((list) => list?.filter((x) => x.id !== p.id) ?? null);
  }

  return (
    <section aria-labelledby="person-data" className={own.section}>
      <SectionHeading level={3} id="person-data">{t('privacy.admin.title')}</SectionHeading>
      <p className={styles.text}>{t('privacy.admin.text')}</p>
      <form className={own.form} role="search" onSubmit={(e) => (e.preventDefault(), search())}>
        <Field className={own.field} label={t('privacy.admin.find')} validationMessage={tooShort ? t('privacy.admin.tooShort', { count: MIN_QUERY }) : undefined}>
          <Input type="search" value={query} onChange={(_, d) => (setQuery(d.value), setTooShort(false))} maxLength={100} />
        </Field>
        <Button type="submit" disabledFocusable={busy}>{t('privacy.admin.search')}</Button>
      </form>
      <p className={styles.meta} role="status">{others && others.length === 0 ? t('privacy.admin.none') : ''}</p>
      {others && others.length > 0 && (
        <ul className={styles.plainList} aria-label={t('privacy.admin.results')}>
          {others.map((p) => (
            <li key={p.id} className={styles.actions}>
              <span>
                {p.name}
                {p.email && <span className={styles.meta}> · {p.email}</span>}
              </span>
              <ExportButton path={api.personDataPath(p.id)} fileName="kollega.json" label={t('privacy.admin.download')} ariaLabel={t('privacy.admin.downloadNamed', { name: p.name })} />
              <EraseDialog
                triggerLabel={t('privacy.admin.erase')}
                triggerAriaLabel={t('privacy.admin.eraseNamed', { name: p.name })}
                title={t('privacy.admin.dialogTitle', { name: p.name })}
                text={t('privacy.erase.dialogText')}
                confirmLabel={t('privacy.admin.confirm')}
                onErase={() => erase(p)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
