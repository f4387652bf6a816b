/**
 * A coordinator finds people Kollega knows, by name or e-mail, and places one in the group as a member or a mentor;
 * someone not found is added by e-mail address instead.
 */
import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { MentoringGroup, MentoringPeopleFound } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import type { GroupRole } from '../api/kollegaApi';
import { useViewStyles } from '../common/styles';
import { useAction } from '../common/useAction';
import { useI18n } from '../i18n/I18nContext';
import { AddByEmailDialog } from './AddByEmailDialog';

const MIN_QUERY = 2;
type Found = MentoringPeopleFound['people'][number];

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '8px', alignItems: 'flex-start', marginTop: '8px' },
  form: { display: 'flex', flexDirection: 'column', gap: '8px', alignItems: 'flex-start', width: '100%' },
  field: { width: '100%', maxWidth: '420px' },
});

interface Props {
  group: MentoringGroup;
  people: NonNullable<MentoringGroup['people']>;
  onChanged: () => void;
}

export function PeopleSearch({ group, people, onChanged }: Props) {
  const api = useApi();
  const { t, pick } = useI18n();
  const styles = useViewStyles();
  const own = useStyles();
  const { busy, run } = useAction();
  const [query, setQuery] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [found, setFound] = useState<Found[] | null>(null);
  const inGroup = new Set(people.map((p) => p.personId));

  function search() {
    const q = query.trim();
    setTooShort(q.length < MIN_QUERY);
    if (q.length < MIN_QUERY) return;
    void run(async () => (setFound((await api.findPeople(q)).people), null));
  }

  const add = (p: Found, role: GroupRole) =>
    void run(async () => (await api.placeInGroup(group.id, p.id, role), t(`mentoring.placedAs.${role}`, { name: p.name })), onChanged);

  return (
    <div className={own.panel}>
      <form
        className={own.form}
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          search();
        }}
      >
        <Field
          className={own.field}
          label={t('mentoring.findPeople')}
          hint={t('mentoring.findPeopleHint')}
          validationMessage={tooShort ? t('mentoring.findTooShort', { count: MIN_QUERY }) : undefined}
        >
          <Input type="search" value={query} onChange={(_, d) => (setQuery(d.value), setTooShort(false))} maxLength={100} />
        </Field>
        <Button type="submit" disabledFocusable={busy}>{t('mentoring.search')}</Button>
      </form>
      <p className={styles.meta} role="status">
        {found && (found.length === 0 ? t('mentoring.foundNone') : t('mentoring.foundCount', { count: found.length }))}
      </p>
      {found && found.length > 0 && (
        <ul className={styles.plainList} aria-label={t('mentoring.searchResults')}>
          {found.map((p) => (
            <li key={p.id} className={styles.actions}>
              <span>
                {p.name}
                {(p.email || p.library) && <span className={styles.meta}> · {[p.email, p.library].filter(Boolean).join(' · ')}</span>}
              </span>
              {inGroup.has(p.id) ? (
                <span className={styles.meta}>{t('mentoring.alreadyInGroup')}</span>
              ) : (
                <>
                  <Button size="small" aria-label={t('mentoring.addAsMemberNamed', { name: p.name })} disabledFocusable={busy} onClick={() => add(p, 'member')}>
                    {t('mentoring.addAsMember')}
                  </Button>
                  <Button size="small" aria-label={t('mentoring.addAsMentorNamed', { name: p.name })} disabledFocusable={busy} onClick={() => add(p, 'mentor')}>
                    {t('mentoring.addAsMentor')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <span>{t('mentoring.notFound')}</span>
        <AddByEmailDialog groupId={group.id} groupName={pick(group.name)} onSaved={onChanged} />
      </div>
    </div>
  );
}
