/** A section's heading at the level its place in the page needs, with room for a button beside it. */
import { makeStyles } from '@fluentui/react-components';
import type { ReactNode, Ref } from 'react';
import { useViewStyles } from '../common/styles';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: '8px' },
});

interface Props {
  level: 2 | 3 | 4;
  id?: string;
  /** For moving focus here (tabIndex -1) when an action removed the focused button. */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
  action?: ReactNode;
}

export function SectionHeading({ level, id, headingRef, children, action }: Props) {
  const styles = useStyles();
  const view = useViewStyles();
  const Heading = `h${level}` as const;
  return (
    <div className={styles.row}>
      <Heading id={id} ref={headingRef} tabIndex={headingRef ? -1 : undefined} className={view.sectionHeading}>
        {children}
      </Heading>
      {action}
    </div>
  );
}
