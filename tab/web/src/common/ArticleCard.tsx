/** A card that is an <article>: one network, event or request, findable as such by assistive technology. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    padding: '16px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // Transparent in the light and dark themes, visible in high contrast, where shadows do not show.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
});

interface Props {
  /** The id of the card's heading, which names the article. */
  labelledBy?: string;
  label?: string;
  className?: string;
  children: ReactNode;
}

export function ArticleCard({ labelledBy, label, className, children }: Props) {
  const styles = useStyles();
  return (
    <article className={mergeClasses(styles.card, className)} aria-labelledby={labelledBy} aria-label={label}>
      {children}
    </article>
  );
}
