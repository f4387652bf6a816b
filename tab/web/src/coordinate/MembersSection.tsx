/** The network's members as a table, and the same list as a CSV file. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { useApi } from '../api/ApiContext';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n, type I18n } from '../i18n/I18nContext';
import { ExportButton } from './ExportButton';
import { SectionHeading } from './SectionHeading';

const useStyles = makeStyles({ scroll: { overflowX: 'auto' } });

const teamsStates = ['pending', 'done', 'manual', 'failed', 'removed'] as const;

function teamsStateText(state: string, t: I18n['t']): string {
  return (teamsStates as readonly string[]).includes(state) ? t(`coord.teams.${state as (typeof teamsStates)[number]}`) : state;
}

export function MembersSection({ networkId, level, round }: { networkId: string; level: 2 | 3 | 4; round: number }) {
  const api = useApi();
  const { t, moment } = useI18n();
  const styles = useViewStyles();
  const own = useStyles();
  const members = useLoad(() => api.members(networkId), [api, networkId, round]);
  const headingId = `members-${networkId}`;

  return (
    <section aria-labelledby={headingId}>
      <SectionHeading
        level={level}
        id={headingId}
        action={<ExportButton path={api.membersCsvPath(networkId)} fileName={`members-${networkId}.csv`} label={t('coord.exportMembers')} />}
      >
        {t('coord.members')}
      </SectionHeading>
      <LoadState loaded={members}>
        {(data) =>
          data.members.length === 0 ? (
            <p className={styles.meta}>{t('coord.membersNone')}</p>
          ) : (
            <div className={own.scroll}>
              <Table aria-labelledby={headingId} size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('coord.col.name')}</TableHeaderCell>
                    <TableHeaderCell>{t('coord.col.email')}</TableHeaderCell>
                    <TableHeaderCell>{t('coord.col.library')}</TableHeaderCell>
                    <TableHeaderCell>{t('coord.col.joined')}</TableHeaderCell>
                    <TableHeaderCell>{t('coord.col.teams')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.members.map((m) => (
                    <TableRow key={m.personId}>
                      <TableCell>{m.name ?? t('coord.unnamed')}</TableCell>
                      <TableCell>{m.email ?? ''}</TableCell>
                      <TableCell>{m.library ?? ''}</TableCell>
                      <TableCell>{moment(m.joinedAt)}</TableCell>
                      <TableCell>{teamsStateText(m.teamsState, t)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )
        }
      </LoadState>
    </section>
  );
}
