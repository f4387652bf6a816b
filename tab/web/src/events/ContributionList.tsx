/** The book tips or practices added to an event so far. */
import type { Contribution } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { isAgeGroup } from './ageGroups';

function details(c: Contribution, ageLabel: (age: string) => string): string[] {
  if (c.kind === 'practice') return [c.description, c.library].filter((v): v is string => !!v);
  return [c.author, c.ageGroup ? ageLabel(c.ageGroup) : null, c.note, c.isbn ? `ISBN ${c.isbn}` : null].filter((v): v is string => !!v);
}

export function ContributionList({ eventId, kind, round }: { eventId: string; kind: Contribution['kind']; round: number }) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const loaded = useLoad(() => api.contributions(eventId), [api, eventId, round]);
  const ageLabel = (age: string) => (isAgeGroup(age) ? t(`tips.age.${age}`) : age);
  return (
    <section aria-label={t(kind === 'bookTip' ? 'tips.bookTips' : 'tips.practices')}>
      <LoadState loaded={loaded}>
        {({ contributions }) =>
          contributions.length === 0 ? (
            <p className={styles.meta}>{t('tips.none')}</p>
          ) : (
            <ul>
              {contributions.map((c) => (
                <li key={c.id}>
                  <strong>{c.title}</strong>
                  {details(c, ageLabel).map((line) => (
                    <span key={line}> — {line}</span>
                  ))}
                  {c.by && <span className={styles.meta}> ({t('tips.by', { name: c.by })})</span>}
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
