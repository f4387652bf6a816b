/** At a book coffee the book tips, at an idea coffee the practices: add one, and open the list. */
import { Button } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { EventView } from '../../../../shared/api/tabContract';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { ContributionDialog } from './ContributionDialog';
import { ContributionList } from './ContributionList';

export function ContributionsSection({ event, onAdded }: { event: EventView; onAdded: (event: EventView) => void }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  const [open, setOpen] = useState(false);
  // Bumped after an addition, so an open list fetches again and shows the new one.
  const [round, setRound] = useState(0);
  const listId = useId();
  const kind = event.kind === 'bookCoffee' ? 'bookTip' : event.kind === 'ideaCoffee' ? 'practice' : null;
  if (!kind) return null;

  const showLabel = kind === 'bookTip' ? t('tips.showBookTips', { count: event.contributions }) : t('tips.showPractices', { count: event.contributions });
  return (
    <>
      <div className={styles.actions}>
        {!event.cancelled && (
          <ContributionDialog
            eventId={event.id}
            kind={kind}
            onAdded={(updated) => {
              onAdded(updated);
              setRound((r) => r + 1);
            }}
          />
        )}
        <Button appearance="subtle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {open ? t('tips.hide') : showLabel}
        </Button>
      </div>
      <div id={listId}>{open && <ContributionList eventId={event.id} kind={kind} round={round} />}</div>
    </>
  );
}
