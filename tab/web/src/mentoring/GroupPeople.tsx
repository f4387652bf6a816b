/**
 * The group's people with their roles. A coordinator opens "Manage people" to change a role, take someone out,
 * find people Kollega knows by name or e-mail, or add someone by e-mail address.
 */
import { Button } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import type { MentoringGroup } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { useViewStyles } from '../common/styles';
import { useAction } from '../common/useAction';
import { useFocusRescue } from '../common/useFocusRescue';
import { useI18n } from '../i18n/I18nContext';
import { PeopleSearch } from './PeopleSearch';

type Person = NonNullable<MentoringGroup['people']>[number];

interface Props {
  group: MentoringGroup;
  people: Person[];
  coordinates: boolean;
  onChanged: () => void;
}

export function GroupPeople({ group, people, coordinates, onChanged }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const { busy, run } = useAction();
  const [managing, setManaging] = useState(false);
  const panelId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Taking someone out removes the button that had focus: focus goes back to the heading.
  useFocusRescue(heading, people.map((p) => `${p.personId}:${p.role}`).join());

  const place = (p: Person, role: Person['role'] | null) =>
    void run(async () => {
      await api.placeInGroup(group.id, p.personId, role);
      return role === null ? t('mentoring.removed', { name: p.name }) : t(`mentoring.placedAs.${role}`, { name: p.name });
    }, onChanged);

  return (
    <>
      <h5 ref={heading} tabIndex={-1} className={styles.subHeading}>{t('mentoring.people')}</h5>
      {people.length === 0 ? (
        <p className={styles.meta}>{t('mentoring.noPeople')}</p>
      ) : (
        <ul className={styles.plainList}>
          {people.map((p) => (
            <li key={p.personId} className={managing ? styles.actions : undefined}>
              <span>
                {p.name} ({t(`mentoring.role.${p.role}`)})
                {managing && p.email && <span className={styles.meta}> · {p.email}</span>}
              </span>
              {managing && (
                <>
                  {p.role === 'mentor' ? (
                    <Button size="small" aria-label={t('mentoring.makeMemberNamed', { name: p.name })} disabledFocusable={busy} onClick={() => place(p, 'member')}>
                      {t('mentoring.makeMember')}
                    </Button>
                  ) : (
                    <Button size="small" aria-label={t('mentoring.makeMentorNamed', { name: p.name })} disabledFocusable={busy} onClick={() => place(p, 'mentor')}>
                      {t('mentoring.makeMentor')}
                    </Button>
                  )}
                  <Button size="small" aria-label={t('mentoring.removePersonNamed', { name: p.name })} disabledFocusable={busy} onClick={() => place(p, null)}>
                    {t('mentoring.removePerson')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {coordinates && (
        <div className={styles.actions}>
          <Button aria-expanded={managing} aria-controls={managing ? panelId : undefined} onClick={() => setManaging((m) => !m)}>
            {t('mentoring.managePeople')}
          </Button>
        </div>
      )}
      {coordinates && managing && (
        <div id={panelId}>
          <PeopleSearch group={group} people={people} onChanged={onChanged} />
        </div>
      )}
    </>
  );
}
