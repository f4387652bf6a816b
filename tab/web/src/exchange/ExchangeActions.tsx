/**
 * The buttons of one application: only what the server says this person may do now (`you.steps`), what a
 * coordinator may record for a supervisor or host outside Kollega (`you.recordFor`), and the feedback and story
 * still open to them after the visit. The tab decides nothing itself.
 */
import { Button } from '@fluentui/react-components';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { ApplicationDialog } from './ApplicationDialog';
import { ApproveCostsDialog } from './ApproveCostsDialog';
import { CostsDialog } from './CostsDialog';
import type { ExchangeView, OutsideParty } from './exchangeTypes';
import { FeedbackDialog } from './FeedbackDialog';
import { HostAcceptDialog } from './HostAcceptDialog';
import { ReasonDialog } from './ReasonDialog';
import { StepButton } from './StepButton';
import { StoryDialog } from './StoryDialog';
import { WithdrawDialog } from './WithdrawDialog';

function RecordActions({ application: a, who, onChanged }: { application: ExchangeView; who: OutsideParty; onChanged: () => void }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  const steps = a.you.recordFor[who];
  if (steps.length === 0) return null;
  return (
    <div className={styles.actions} role="group" aria-label={t(`exchange.record.${who}.group`)}>
      {steps.includes('confirm') && <StepButton application={a} step="confirm" recordingFor={who} primary label={t('exchange.record.supervisor.confirm')} done={t('exchange.done.confirm')} onChanged={onChanged} />}
      {steps.includes('acceptAsHost') && <HostAcceptDialog application={a} recording label={t('exchange.record.host.acceptAsHost')} onChanged={onChanged} />}
      {steps.includes('requestChanges') && <ReasonDialog application={a} step="requestChanges" recordingFor={who} label={t(`exchange.record.${who}.requestChanges`)} onChanged={onChanged} />}
      {steps.includes('decline') && <ReasonDialog application={a} step="decline" recordingFor={who} label={t(`exchange.record.${who}.decline`)} onChanged={onChanged} />}
    </div>
  );
}

export function ExchangeActions({ application: a, onChanged }: { application: ExchangeView; onChanged: () => void }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  const steps = new Set(a.you.steps);
  const own = steps.size > 0 || a.you.feedback.length > 0 || a.you.story;
  return (
    <>
      {own && (
        <div className={styles.actions}>
          {steps.has('edit') && <ApplicationDialog application={a} onSaved={onChanged} trigger={<Button appearance={a.state === 'draft' ? 'primary' : 'secondary'}>{t('exchange.step.edit')}</Button>} />}
          {steps.has('submit') && <StepButton application={a} step="submit" label={t('exchange.step.submit')} done={t('exchange.form.sent')} onChanged={onChanged} />}
          {steps.has('confirm') && <StepButton application={a} step="confirm" primary label={t('exchange.step.confirm')} done={t('exchange.done.confirm')} onChanged={onChanged} />}
          {steps.has('acceptAsHost') && <HostAcceptDialog application={a} label={t('exchange.step.acceptAsHost')} onChanged={onChanged} />}
          {steps.has('approveCosts') && <ApproveCostsDialog application={a} onChanged={onChanged} />}
          {steps.has('requestChanges') && <ReasonDialog application={a} step="requestChanges" label={t('exchange.step.requestChanges')} onChanged={onChanged} />}
          {steps.has('decline') && <ReasonDialog application={a} step="decline" label={t('exchange.step.decline')} onChanged={onChanged} />}
          {steps.has('fileCosts') && <CostsDialog application={a} onChanged={onChanged} />}
          {steps.has('markReimbursed') && <StepButton application={a} step="markReimbursed" primary label={t('exchange.step.markReimbursed')} done={t('exchange.done.markReimbursed')} onChanged={onChanged} />}
          {a.you.feedback.map((direction) => <FeedbackDialog key={direction} application={a} direction={direction} onChanged={onChanged} />)}
          {a.you.story && <StoryDialog application={a} onChanged={onChanged} />}
          {steps.has('withdraw') && <WithdrawDialog application={a} onChanged={onChanged} />}
        </div>
      )}
      <RecordActions application={a} who="supervisor" onChanged={onChanged} />
      <RecordActions application={a} who="host" onChanged={onChanged} />
    </>
  );
}
