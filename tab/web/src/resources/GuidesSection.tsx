/** The network's guides and documents, each with its editions' links; coordinators add, change and remove them. */
import { useApi } from '../api/ApiContext';
import { EmptyState } from '../common/EmptyState';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { GuideDialog } from './GuideDialog';
import { GuideLinks } from './GuideLinks';
import { Heading, below, type Level } from './Heading';
import { RemoveGuideDialog } from './RemoveGuideDialog';
import { SectionRow } from './SectionRow';
import { staysQuiet } from './staysQuiet';

export function GuidesSection({ networkId, level, quiet }: { networkId: string; level: Level; quiet?: boolean }) {
  const api = useApi();
  const { t, pick } = useI18n();
  const styles = useViewStyles();
  const loaded = useLoad(() => api.guides(networkId), [api, networkId]);
  const headingId = `guides-${networkId}`;
  if (staysQuiet(quiet, loaded, (d) => d.you.coordinates || d.guides.length > 0)) return null;
  return (
    <section aria-labelledby={headingId}>
      <SectionRow action={loaded.data?.you.coordinates && <GuideDialog networkId={networkId} onSaved={loaded.reload} />}>
        <Heading level={level} id={headingId} className={styles.sectionHeading}>{t('resources.guides.heading')}</Heading>
      </SectionRow>
      <LoadState loaded={loaded}>
        {({ guides, you }) =>
          guides.length === 0 ? (
            <EmptyState text={t('resources.guides.none')} />
          ) : (
            <ul className={styles.list}>
              {guides.map((guide) => {
                const title = pick(guide.title);
                return (
                  <li key={guide.id}>
                    <Heading level={below(level)} className={styles.cardHeading}>{title}</Heading>
                    <GuideLinks guide={guide} title={title} />
                    {you.coordinates && (
                      <div className={styles.actions}>
                        <GuideDialog networkId={networkId} guide={guide} onSaved={loaded.reload} />
                        <RemoveGuideDialog guideId={guide.id} title={title} onRemoved={loaded.reload} />
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
