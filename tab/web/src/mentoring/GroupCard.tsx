/** One support group: what it is, its people and meetings (inside only), and what the reader may do with it. */
import { Badge, Button } from '@fluentui/react-components';
import type { MentoringGroup } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { ArticleCard } from '../common/ArticleCard';
import { useViewStyles } from '../common/styles';
import { useAction } from '../common/useAction';
import { useI18n } from '../i18n/I18nContext';
import { MeetingActions } from './MeetingActions';
import { SeriesDialog } from './SeriesDialog';
import { ThemesSection } from './ThemesSection';

export function GroupCard({ group, coordinates, onChanged }: { group: MentoringGroup; coordinates: boolean; onChanged: () => void }) {
  const api = useApi();
  const { t, pick, moment } = useI18n();
  const styles = useViewStyles();
  const { busy, run } = useAction();
  const headingId = `group-${group.id}`;
  const size = group.capacity === null ? t('mentoring.members', { count: group.memberCount }) : t('mentoring.membersOf', { count: group.memberCount, capacity: group.capacity });

  return (
    <ArticleCard labelledBy={headingId}>
      <h4 id={headingId} className={styles.cardHeading}>{pick(group.name)}</h4>
      <p className={styles.text}>{pick(group.focus)}</p>
      <p className={styles.text}>
        {size} {group.myRole && <Badge appearance="tint">{t(`mentoring.role.${group.myRole}`)}</Badge>}
      </p>
      {!group.myRole && !coordinates && (
        group.myApplicationId ? (
          <p className={styles.text}>{t('mentoring.applied')}</p>
        ) : (
          <div className={styles.actions}>
            <Button disabledFocusable={busy} onClick={() => void run(async () => (await api.applyToGroup(group.id), t('mentoring.appliedNow')), onChanged)}>{t('mentoring.apply')}</Button>
          </div>
        )
      )}
      {group.people && (
        <>
          <h5 className={styles.subHeading}>{t('mentoring.people')}</h5>
          <ul className={styles.plainList}>
            {group.people.map((p) => <li key={p.personId}>{p.name} ({t(`mentoring.role.${p.role}`)})</li>)}
          </ul>
        </>
      )}
      {group.meetings && group.meetings.length > 0 && (
        <>
          <h5 className={styles.subHeading}>{t('mentoring.meetings')}</h5>
          <ul className={styles.plainList}>
            {group.meetings.map((m) => (
              <li key={m.id} className={coordinates ? styles.actions : undefined}>
                <span>
                  {moment(m.startsAt)}
                  {m.cancelled ? ` (${t('mentoring.cancelled')})` : m.theme ? `: ${m.theme}` : ''}
                </span>
                {coordinates && !m.cancelled && Date.parse(m.startsAt) > Date.now() && <MeetingActions meeting={m} onChanged={onChanged} />}
              </li>
            ))}
          </ul>
        </>
      )}
      {coordinates && group.seriesState === 'unplanned' && (
        <div className={styles.actions}>
          <SeriesDialog groupId={group.id} groupName={pick(group.name)} onSaved={onChanged} trigger={<Button>{t('mentoring.planMeetings')}</Button>} />
        </div>
      )}
      {coordinates && group.applications && group.applications.length > 0 && (
        <>
          <h5 className={styles.subHeading}>{t('mentoring.applications')}</h5>
          <ul className={styles.plainList}>
            {group.applications.map((a) => (
              <li key={a.id} className={styles.actions}>
                <span>{a.name}{a.message ? `: ${a.message}` : ''}</span>
                <Button size="small" appearance="primary" disabledFocusable={busy} onClick={() => void run(async () => (await api.decideApplication(a.id, 'accept'), t('mentoring.accepted', { name: a.name })), onChanged)}>
                  {t('mentoring.accept')}
                </Button>
                <Button size="small" disabledFocusable={busy} onClick={() => void run(async () => (await api.decideApplication(a.id, 'decline'), t('mentoring.declined', { name: a.name })), onChanged)}>
                  {t('mentoring.decline')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {group.myRole && <ThemesSection groupId={group.id} />}
    </ArticleCard>
  );
}
