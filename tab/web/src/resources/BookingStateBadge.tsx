/** A booking's state as a badge: colour says where it stands (waiting, agreed, closed), the text says what. */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import type { BookingState } from './resourceTypes';

const colorOf: Record<BookingState, BadgeProps['color']> = {
  requested: 'warning',
  confirmed: 'success',
  handedOver: 'brand',
  returned: 'informative',
  declined: 'danger',
  cancelled: 'subtle',
};

export function BookingStateBadge({ state }: { state: BookingState }) {
  const { t } = useI18n();
  return (
    <Badge appearance="tint" shape="rounded" color={colorOf[state]}>
      {t(`resources.state.${state}`)}
    </Badge>
  );
}
