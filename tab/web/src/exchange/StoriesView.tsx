/** Stories of earlier exchanges that their guests agreed to publish: who went where and when, in their words. */
import { useApi } from '../api/ApiContext';
import { ArticleCard } from '../common/ArticleCard';
import { EmptyState } from '../common/EmptyState';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { formatDays } from './dates';
import { libraryWithTown } from './libraryNames';

export function StoriesView() {
  const api = useApi();
  const { t, lang } = useI18n();
  const styles = useViewStyles();
  const loaded = useLoad(() => api.exchangeStories(), [api]);
  return (
    <section aria-labelledby="exchange-stories">
      <h3 id="exchange-stories" className={styles.sectionHeading}>{t('exchange.stories.title')}</h3>
      <LoadState loaded={loaded}>
        {({ stories }) =>
          stories.length === 0 ? (
            <EmptyState text={t('exchange.stories.none')} />
          ) : (
            <ul className={styles.list} aria-label={t('exchange.stories.title')}>
              {stories.map((s) => (
                <li key={s.applicationId}>
                  <ArticleCard labelledBy={`story-${s.applicationId}`}>
                    <h4 id={`story-${s.applicationId}`} className={styles.cardHeading}>{s.title}</h4>
                    <p className={styles.meta}>
                      {t('exchange.stories.byline', {
                        name: s.authorName ?? t('exchange.history.someone'),
                        home: libraryWithTown(s.homeLibrary, lang) || '–',
                        host: libraryWithTown(s.hostLibrary, lang) || '–',
                      })}
                      {formatDays(s.startsOn, s.endsOn, lang) && ` · ${formatDays(s.startsOn, s.endsOn, lang)}`}
                    </p>
                    <p className={styles.text}>{s.text}</p>
                  </ArticleCard>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
