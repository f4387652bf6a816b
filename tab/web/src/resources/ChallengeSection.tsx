/**
 * The network's reading challenge: the newest year's first, earlier years a pick away (they stay readable). A
 * coordinator also sees the ones not yet published, marked so, and writes or changes them.
 */
import { Badge, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { EmptyState } from '../common/EmptyState';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { ChallengeDialog } from './ChallengeDialog';
import { ChallengeText } from './ChallengeText';
import { Heading, below, type Level } from './Heading';
import { finnishToday } from './monthGrid';
import type { ChallengeView } from './resourceTypes';
import { SectionRow } from './SectionRow';
import { staysQuiet } from './staysQuiet';

/** A new challenge is offered for this year, or the next once this year's exists. */
function yearForNew(challenges: readonly ChallengeView[]): number {
  const thisYear = Number(finnishToday(new Date()).slice(0, 4));
  return challenges.some((c) => c.year === thisYear) ? thisYear + 1 : thisYear;
}

export function ChallengeSection({ networkId, level, quiet }: { networkId: string; level: Level; quiet?: boolean }) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const loaded = useLoad(() => api.challenges(networkId), [api, networkId]);
  const [year, setYear] = useState<number | null>(null);
  const headingId = `challenge-${networkId}`;
  const saved = (y: number) => (setYear(y), loaded.reload());
  const data = loaded.data;
  if (staysQuiet(quiet, loaded, (d) => d.you.coordinates || d.challenges.length > 0)) return null;
  const newYear = yearForNew(data?.challenges ?? []);

  return (
    <section aria-labelledby={headingId}>
      <SectionRow action={data?.you.coordinates && <ChallengeDialog networkId={networkId} newYear={newYear} onSaved={saved} />}>
        <Heading level={level} id={headingId} className={styles.sectionHeading}>{t('resources.challenge.heading')}</Heading>
      </SectionRow>
      <LoadState loaded={loaded}>
        {({ challenges, you }) => {
          const shown = challenges.find((c) => c.year === year) ?? challenges[0];
          if (!shown) return <EmptyState text={t('resources.challenge.none')} />;
          return (
            <>
              <div className={styles.actions}>
                {challenges.length > 1 && (
                  <Field label={t('resources.challenge.year')}>
                    <Select value={String(shown.year)} onChange={(_, d) => setYear(Number(d.value))}>
                      {challenges.map((c) => <option key={c.year} value={c.year}>{c.year}</option>)}
                    </Select>
                  </Field>
                )}
                {!shown.publishedAt && <Badge appearance="tint" shape="rounded" color="warning">{t('resources.challenge.unpublished')}</Badge>}
                {you.coordinates && <ChallengeDialog key={shown.year} networkId={networkId} challenge={shown} newYear={newYear} onSaved={saved} />}
              </div>
              <ChallengeText challenge={shown} level={below(level)} />
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
