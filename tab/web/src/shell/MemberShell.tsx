/**
 * The personal tab: one tab per view, the coordinator's view only for coordinators; the heavier views (mentoring,
 * the staff exchange, coordination) are loaded when first opened. The staff exchange takes the place the
 * "My applications" placeholder held until it existed.
 */
import { Spinner, Tab, TabList, makeStyles } from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';
import type { Me } from '../../../../shared/api/tabContract';
import { EventsView } from '../events/EventsView';
import { useI18n } from '../i18n/I18nContext';
import { NetworksView } from '../networks/NetworksView';
import { NoticeRegion } from '../notices/NoticeRegion';
import { useNotices } from '../notices/NoticeContext';
import { PageFrame } from './PageFrame';

const MentoringView = lazy(() => import('../mentoring/MentoringView').then((m) => ({ default: m.MentoringView })));
const ExchangeView = lazy(() => import('../exchange/ExchangeView').then((m) => ({ default: m.ExchangeView })));
const CoordinateView = lazy(() => import('../coordinate/CoordinateView').then((m) => ({ default: m.CoordinateView })));

type View = 'networks' | 'events' | 'exchange' | 'group' | 'coordinate';

// Tabs wrap on a phone (Teams mobile) instead of running off the screen.
const useStyles = makeStyles({ tabs: { flexWrap: 'wrap' } });

export function MemberShell({ me }: { me: Me }) {
  const { t } = useI18n();
  const own = useStyles();
  const { dismiss } = useNotices();
  const [view, setView] = useState<View>('networks');
  const coordinator = me.admin || me.coordinates.length > 0;
  const views: View[] = ['networks', 'events', 'exchange', 'group', ...(coordinator ? (['coordinate'] as const) : [])];

  function select(next: View) {
    dismiss();
    setView(next);
  }

  return (
    <PageFrame signedInAs={me.person.displayName}>
      <TabList className={own.tabs} selectedValue={view} onTabSelect={(_, data) => select(data.value as View)} aria-label={t('app.views')}>
        {views.map((v) => (
          <Tab key={v} value={v} id={`view-tab-${v}`} aria-controls="view-panel">
            {t(`nav.${v}`)}
          </Tab>
        ))}
      </TabList>
      <NoticeRegion />
      <div role="tabpanel" id="view-panel" aria-labelledby={`view-tab-${view}`}>
        {view === 'networks' && <NetworksView />}
        {view === 'events' && <EventsView />}
        {view === 'exchange' && (
          <Suspense fallback={<Spinner label={t('app.loading')} />}>
            <ExchangeView />
          </Suspense>
        )}
        {view === 'group' && (
          <Suspense fallback={<Spinner label={t('app.loading')} />}>
            <MentoringView />
          </Suspense>
        )}
        {view === 'coordinate' && (
          <Suspense fallback={<Spinner label={t('app.loading')} />}>
            <CoordinateView me={me} />
          </Suspense>
        )}
      </div>
    </PageFrame>
  );
}
