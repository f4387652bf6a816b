/** Layout of the resources' sections: their parts stacked with room between them. */
import { makeStyles } from '@fluentui/react-components';

export const useResourceStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '12px' },
});
