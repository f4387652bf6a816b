/**
 * "My group": the seasons of group mentoring with their support groups. Members see their group inside (people,
 * meetings, themes to vote for) and may apply to others; coordinators also open seasons, create groups, plan the
 * meetings, manage the groups' people, decide on applications and read or export the season's report.
 */
import { Button } from '@fluentui/react-components';
import { useApi } from '../api/ApiContext';
import { EmptyState } from '../common/EmptyState';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { ExportButton } from '../coordinate/ExportButton';
import { useI18n } from '../i18n/I18nContext';
import { GroupCard } from './GroupCard';
import { GroupDialog } from './GroupDialog';
import { SeasonDialog } from './SeasonDialog';
import { SeasonReport } from './SeasonReport';

export function MentoringView() {
  const api = useApi();
  const { t, pick } = useI18n();
  const styles = useViewStyles();
  const loaded = useLoad(() => api.mentoring(), [api]);
  return (
    <>
      <h2 className={styles.viewHeading}>{t('nav.group')}</h2>
      <LoadState loaded={loaded}>
        {({ units, seasons }) => (
          <>
            {units.length > 0 && <SeasonDialog units={units} onSaved={loaded.reload} trigger={<Button appearance="primary">{t('mentoring.openSeason')}</Button>} />}
            {seasons.length === 0 && <EmptyState title={t('mentoring.noSeasons.title')} text={t('mentoring.noSeasons.text')} />}
            {seasons.map((season) => (
              <section key={season.id} aria-labelledby={`season-${season.id}`}>
                <h3 id={`season-${season.id}`} className={styles.viewHeading}>{pick(season.name)}</h3>
                <p className={styles.text}>{t('mentoring.seasonDates', { from: season.startsOn, to: season.endsOn })}</p>
                {season.coordinates && (
                  <div className={styles.actions}>
                    <GroupDialog seasonId={season.id} seasonName={pick(season.name)} onSaved={loaded.reload} trigger={<Button>{t('mentoring.newGroup')}</Button>} />
                    <SeasonReport seasonId={season.id} seasonName={pick(season.name)} />
                    <ExportButton path={api.seasonReportCsvPath(season.id)} fileName={`${pick(season.name)}.csv`} label={t('mentoring.exportReport')} />
                  </div>
                )}
                {season.groups.length === 0 ? (
                  <EmptyState text={t('mentoring.noGroups')} />
                ) : (
                  <ul className={styles.list}>
                    {season.groups.map((group) => (
                      <li key={group.id}>
                        <GroupCard group={group} coordinates={season.coordinates} onChanged={loaded.reload} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </>
        )}
      </LoadState>
    </>
  );
}
