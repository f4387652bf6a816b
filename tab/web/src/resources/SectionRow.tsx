/** A section's heading with room for a coordinator's button beside it, wrapping on a narrow screen. */
import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({ row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: '8px' } });

export function SectionRow({ action, children }: { action?: ReactNode; children: ReactNode }) {
  const own = useStyles();
  return (
    <div className={own.row}>
      {children}
      {action}
    </div>
  );
}
