/**
 * The personal tab: one tab per view, the coordinator's view only for coordinators; the heavier views (mentoring,
 * the staff exchange, the networks' shared resources, coordination) are loaded when first opened. The staff exchange takes the place the
 * "My applications" placeholder held until it existed. "My data" is everyone's: their data to download or erase.
 */
import { Spinner, Tab, TabList, makeStyles } from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';
import type { Me } from '../../../../shared/api/tabContract';
import type { OpenedSection } from '../resources/openedSection';
import { EventsView } from '../events/EventsView';
import { useI18n } from '../i18n/I18nContext';
import { NetworksView } from '../networks/NetworksView';
import { ErasedNotice } from '../privacy/ErasedNotice';
import { NoticeRegion } from '../notices/NoticeRegion';
import { useNotices } from '../notices/NoticeContext';
import { PageFrame } from './PageFrame';

const MentoringView = lazy(() => import('../mentoring/MentoringView').then((m) => ({ default: m.MentoringView })));
const ExchangeView = lazy(() => import('../exchange/ExchangeView').then((m) => ({ default: m.ExchangeView })));
const CoordinateView = lazy(() => import('../coordinate/CoordinateView').then((m) => ({ default: m.CoordinateView })));
const ResourcesView = lazy(() => import('../resources/ResourcesView').then((m) => ({ default: m.ResourcesView })));
const MyDataView = lazy(() => import('../privacy/MyDataView').then((m) => ({ default: m.MyDataView })));

type View = 'networks' | 'events' | 'exchange' | 'resources' | 'group' | 'coordinate' | 'myData';

// Tabs wrap on a phone (Teams mobile) instead of running off the screen.
const useStyles = makeStyles({ tabs: { flexWrap: 'wrap' } });

/** `opened`: a section a bot card's link asked for; the shared resources open on it. */
export function MemberShell({ me, opened }: { me: Me; opened: OpenedSection | null }) {
  const { t } = useI18n();
  const own = useStyles();
  const { dismiss } = useNotices();
  const [view, setView] = useState<View>(opened ? 'resources' : 'networks');
  /** Set once the person erased themselves: only the outcome shows, so nothing signs them in again. */
  const [erasure, setErasure] = useState<{ reference: string | null } | null>(null);
  const coordinator = me.admin || me.coordinates.length > 0;
  const views: View[] = ['networks', 'events', 'exchange', 'resources', 'group', ...(coordinator ? (['coordinate'] as const) : []), 'myData'];

  function select(next: View) {
    dismiss();
    setView(next);
  }

  if (erasure) {
    return (
      <PageFrame>
        <ErasedNotice reference={erasure.reference} />
      </PageFrame>
    );
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
        {view === 'resources' && (
          <Suspense fallback={<Spinner label={t('app.loading')} />}>
            <ResourcesView me={me} opened={opened} />
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
        {view === 'myData' && (
          <Suspense fallback={<Spinner label={t('app.loading')} />}>
            <MyDataView me={me} onErased={(reference) => setErasure({ reference })} />
          </Suspense>
        )}
      </div>
    </PageFrame>
  );
}
