/** An application's state as a badge: colour says where it stands (waiting, agreed, closed), the text says what. */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import type { ExchangeState } from './exchangeTypes';

const colorOf: Record<ExchangeState, BadgeProps['color']> = {
  draft: 'informative',
  supervisorReview: 'warning',
  hostReview: 'warning',
  coordinatorReview: 'warning',
  changesRequested: 'important',
  approved: 'success',
  reimbursed: 'success',
  declined: 'danger',
  withdrawn: 'subtle',
};

export function StateBadge({ state }: { state: ExchangeState }) {
  const { t } = useI18n();
  return (
    <Badge appearance="tint" shape="rounded" color={colorOf[state]}>
      {t(`exchange.state.${state}`)}
    </Badge>
  );
}
