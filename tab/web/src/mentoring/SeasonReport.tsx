/**
 * A coordinator's view of a season's report: per group the meetings held and cancelled, attendance, the themes
 * discussed, and the feedback (averages on a scale of 1 to 5 and the comments, without names).
 */
import { makeStyles, typographyStyles } from '@fluentui/react-components';
import type { MentoringReport } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { ViewDialog } from '../common/ViewDialog';
import { localeOf } from '../host/language';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  figures: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: '8px 0' },
  row: { display: 'contents' },
  figure: { margin: 0 },
  groupHeading: { ...typographyStyles.subtitle2, margin: '16px 0 0' },
  commentsHeading: { ...typographyStyles.body1Strong, margin: '8px 0 4px' },
});

type GroupFigures = MentoringReport['groups'][number]['report'];

function GroupReport({ id, name, report: r }: { id: string; name: string; report: GroupFigures }) {
  const { t, lang } = useI18n();
  const styles = useViewStyles();
  const own = useStyles();
  const locale = localeOf[lang];
  const number = (n: number | null) => (n === null ? t('mentoring.report.noData') : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n));
  const percent = (n: number | null) => (n === null ? t('mentoring.report.noData') : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n));
  const rows: Array<[string, string]> = [
    [t('mentoring.report.meetingsHeld'), number(r.meetingsHeld)],
    [t('mentoring.report.meetingsCancelled'), number(r.meetingsCancelled)],
    [t('mentoring.report.groupSize'), number(r.groupSize)],
    [t('mentoring.report.averageAttendance'), number(r.averageAttendance)],
    [t('mentoring.report.attendanceRate'), percent(r.attendanceRate)],
    [t('mentoring.report.themes'), r.themes.length > 0 ? r.themes.join(', ') : t('mentoring.report.noThemes')],
    [t('mentoring.report.feedbackCount'), number(r.feedbackCount)],
    [t('mentoring.report.averageUsefulness'), number(r.averageUsefulness)],
    [t('mentoring.report.averageWellbeing'), number(r.averageWellbeing)],
  ];
  const headingId = `report-${id}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={own.groupHeading}>{name}</h3>
      <dl className={own.figures}>
        {rows.map(([term, value]) => (
          <div key={term} className={own.row}>
            <dt>{term}</dt>
            <dd className={own.figure}>{value}</dd>
          </div>
        ))}
      </dl>
      <h4 className={own.commentsHeading}>{t('mentoring.report.comments')}</h4>
      {r.comments.length === 0 ? (
        <p className={styles.meta}>{t('mentoring.report.noComments')}</p>
      ) : (
        <ul className={styles.plainList}>
          {r.comments.map((c, i) => <li key={i} className={styles.text}>{c}</li>)}
        </ul>
      )}
    </section>
  );
}

/** Fetched only while the dialog is open. */
function ReportContent({ seasonId }: { seasonId: string }) {
  const api = useApi();
  const { t, pick } = useI18n();
  const styles = useViewStyles();
  const loaded = useLoad(() => api.seasonReport(seasonId), [api, seasonId]);
  return (
    <LoadState loaded={loaded}>
      {({ season, groups }) => (
        <>
          <p className={styles.text}>{t('mentoring.seasonDates', { from: season.startsOn, to: season.endsOn })}</p>
          {groups.length === 0 ? (
            <p className={styles.meta}>{t('mentoring.noGroups')}</p>
          ) : (
            groups.map(({ group, report }) => <GroupReport key={group.id} id={group.id} name={pick(group.name)} report={report} />)
          )}
        </>
      )}
    </LoadState>
  );
}

export function SeasonReport({ seasonId, seasonName }: { seasonId: string; seasonName: string }) {
  const { t } = useI18n();
  return (
    <ViewDialog wide opener={t('mentoring.showReport')} title={t('mentoring.reportTitle', { season: seasonName })}>
      <ReportContent seasonId={seasonId} />
    </ViewDialog>
  );
}
