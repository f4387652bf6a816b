/**
 * The staff exchange in the tab: the person's exchanges, the library directory, the published stories, and for a
 * coordinator of a unit (the overview answers 200, not 403) the unit's exchange of the year.
 */
import { Tab, TabList, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { CoordinationView } from './CoordinationView';
import { LibraryDirectory } from './LibraryDirectory';
import { MyExchanges } from './MyExchanges';
import { StoriesView } from './StoriesView';

type Part = 'mine' | 'libraries' | 'stories' | 'coordination';

const useStyles = makeStyles({ tabs: { flexWrap: 'wrap', marginBottom: '8px' } });

export function ExchangeView() {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const own = useStyles();
  const [part, setPart] = useState<Part>('mine');
  // Only to learn whether the caller coordinates a unit: any refusal or failure just leaves the part out.
  const coordination = useLoad(() => api.exchangeOverview().catch(() => null), [api]);
  const firstYear = coordination.data?.year;
  const parts: Part[] = ['mine', 'libraries', 'stories', ...(firstYear ? (['coordination'] as const) : [])];

  return (
    <>
      <h2 className={styles.viewHeading}>{t('nav.exchange')}</h2>
      <TabList className={own.tabs} size="small" selectedValue={part} onTabSelect={(_, d) => setPart(d.value as Part)} aria-label={t('nav.exchange')}>
        {parts.map((p) => (
          <Tab key={p} value={p} id={`exchange-tab-${p}`} aria-controls="exchange-panel">
            {t(`exchange.part.${p}`)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id="exchange-panel" aria-labelledby={`exchange-tab-${part}`}>
        {part === 'mine' && <MyExchanges />}
        {part === 'libraries' && <LibraryDirectory />}
        {part === 'stories' && <StoriesView />}
        {part === 'coordination' && firstYear && <CoordinationView firstYear={firstYear} />}
      </div>
    </>
  );
}
