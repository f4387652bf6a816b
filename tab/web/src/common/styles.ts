/** Layout shared by the views: lists of cards, headings, rows of buttons. */
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useViewStyles = makeStyles({
  viewHeading: { ...typographyStyles.title3, margin: '16px 0 12px' },
  sectionHeading: { ...typographyStyles.subtitle1, margin: '20px 0 8px' },
  cardHeading: { ...typographyStyles.subtitle2, margin: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  text: { margin: 0, whiteSpace: 'pre-line' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  subHeading: { ...typographyStyles.body1Strong, margin: '8px 0 0' },
  plainList: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '4px' },
});
