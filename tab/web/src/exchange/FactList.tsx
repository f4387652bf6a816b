/** Label–value pairs as a description list, two columns on a wide screen; empty values are left out. */
import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'minmax(8rem, max-content) 1fr', gap: '4px 16px', margin: 0 },
  row: { display: 'contents' },
  term: { fontWeight: 600 },
  value: { margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
});

export type Fact = [label: string, value: ReactNode | null | undefined | false];

export function FactList({ facts }: { facts: Fact[] }) {
  const own = useStyles();
  return (
    <dl className={own.list}>
      {facts
        .filter(([, value]) => value !== null && value !== undefined && value !== false && value !== '')
        .map(([label, value]) => (
          <div key={label} className={own.row}>
            <dt className={own.term}>{label}</dt>
            <dd className={own.value}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
