/** What followed the visit, as far as this reader may see it: the feedback given (rating and words) and the story. */
import { Badge } from '@fluentui/react-components';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import type { FeedbackEntry, Story } from './exchangeTypes';

export function FeedbackList({ feedback, label }: { feedback: FeedbackEntry[]; label?: (f: FeedbackEntry) => string }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  return (
    <ul className={styles.plainList}>
      {feedback.map((f) => (
        <li key={`${f.applicationId}-${f.direction}`}>
          <strong>{label ? label(f) : t(`exchange.feedback.${f.direction}`)}</strong>{' '}
          <span>{t('exchange.feedback.ratingOf', { rating: f.rating })}</span>
          <p className={styles.text}>{f.text}</p>
        </li>
      ))}
    </ul>
  );
}

export function AfterVisit({ feedback, story, idPrefix }: { feedback: FeedbackEntry[]; story: Story | null; idPrefix: string }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  if (feedback.length === 0 && !story) return null;
  return (
    <>
      {feedback.length > 0 && (
        <>
          <h5 id={`${idPrefix}-feedback`} className={styles.subHeading}>{t('exchange.feedback.title')}</h5>
          <FeedbackList feedback={feedback} />
        </>
      )}
      {story && (
        <>
          <h5 className={styles.subHeading}>
            {t('exchange.story.yours', { title: story.title })}{' '}
            <Badge appearance="tint" shape="rounded" color={story.publishedAt ? 'success' : 'informative'}>
              {story.publishedAt ? t('exchange.story.isPublished') : t('exchange.story.notPublished')}
            </Badge>
          </h5>
          <p className={styles.text}>{story.text}</p>
        </>
      )}
    </>
  );
}
