/** A calm note where a list or a feature has nothing to show yet. */
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  box: {
    padding: '24px',
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
  title: { ...typographyStyles.subtitle2, margin: '0 0 8px' },
  text: { margin: 0 },
});

export function EmptyState({ title, text, headingLevel = 3 }: { title?: string; text: string; headingLevel?: 2 | 3 | 4 }) {
  const styles = useStyles();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={styles.box}>
      {title && <Heading className={styles.title}>{title}</Heading>}
      <p className={styles.text}>{text}</p>
    </div>
  );
}
