/** One support group: what it is, its people and meetings (inside only), and what the reader may do with it. */
import { Badge, Button } from '@fluentui/react-components';
import type { MentoringGroup } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { ArticleCard } from '../common/ArticleCard';
import { useViewStyles } from '../common/styles';
import { useAction } from '../common/useAction';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { ApplicationsSection } from './ApplicationsSection';
import { GroupPeople } from './GroupPeople';
import { MeetingList } from './MeetingList';
import { SeriesDialog } from './SeriesDialog';
import { ThemesSection } from './ThemesSection';

export function GroupCard({ group, coordinates, onChanged }: { group: MentoringGroup; coordinates: boolean; onChanged: () => void }) {
  const api = useApi();
  const { t, pick } = useI18n();
  const styles = useViewStyles();
  const { busy, run } = useAction();
  const headingId = `group-${group.id}`;
  const size = group.capacity === null ? t('mentoring.members', { count: group.memberCount }) : t('mentoring.membersOf', { count: group.memberCount, capacity: group.capacity });
  // The group's themes, for those who see inside: voted on below, and fixed to meetings by the mentor or a coordinator.
  const inside = group.people !== undefined;
  const themes = useLoad(() => (inside ? api.themes(group.id) : Promise.resolve({ themes: [] })), [api, group.id, inside]);

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
      {group.people && <GroupPeople group={group} people={group.people} coordinates={coordinates} onChanged={onChanged} />}
      {group.meetings && group.meetings.length > 0 && (
        <MeetingList group={group} meetings={group.meetings} coordinates={coordinates} themes={themes.data?.themes ?? []} onChanged={() => (themes.reload(), onChanged())} />
      )}
      {coordinates && group.seriesState === 'unplanned' && (
        <div className={styles.actions}>
          <SeriesDialog groupId={group.id} groupName={pick(group.name)} onSaved={onChanged} trigger={<Button>{t('mentoring.planMeetings')}</Button>} />
        </div>
      )}
      {coordinates && group.applications && group.applications.length > 0 && <ApplicationsSection applications={group.applications} onChanged={onChanged} />}
      {inside && <ThemesSection groupId={group.id} themes={themes} meetings={group.meetings ?? []} takesPart={group.myRole !== null} />}
    </ArticleCard>
  );
}
