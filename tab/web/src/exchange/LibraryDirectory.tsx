/**
 * The library directory: search by a library's or municipality's name in Finnish or Swedish, narrow to a region or
 * to bilingual municipalities, and see each library's municipality and how to contact it.
 */
import { Field, Input, Select, Switch, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { ArticleCard } from '../common/ArticleCard';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { BilingualBadge } from './BilingualBadge';
import { LibraryContact } from './LibraryContact';
import { libraryName, municipalityName, otherName } from './libraryNames';
import { useLibraries } from './useLibraries';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: '12px 20px', alignItems: 'flex-end', marginBottom: '12px' },
  search: { minWidth: '260px', flexGrow: 1 },
});

export function LibraryDirectory() {
  const api = useApi();
  const { t, lang } = useI18n();
  const styles = useViewStyles();
  const own = useStyles();
  const [q, setQ] = useState('');
  const [region, setRegion] = useState('');
  const [bilingual, setBilingual] = useState(false);
  const regions = useLoad(() => api.regions(), [api]);
  const found = useLibraries({ q, region: region || undefined, bilingual });

  return (
    <section aria-labelledby="exchange-libraries">
      <h3 id="exchange-libraries" className={styles.sectionHeading}>{t('exchange.libraries.title')}</h3>
      <p className={styles.text}>{t('exchange.libraries.intro')}</p>
      <div className={own.filters} role="search">
        <Field className={own.search} label={t('exchange.libraries.search')} hint={t('exchange.libraries.searchHint')}>
          <Input type="search" value={q} onChange={(_, d) => setQ(d.value)} maxLength={100} />
        </Field>
        <Field label={t('exchange.libraries.region')}>
          <Select value={region} onChange={(_, d) => setRegion(d.value)}>
            <option value="">{t('exchange.libraries.allRegions')}</option>
            {regions.data?.regions.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
          </Select>
        </Field>
        <Switch label={t('exchange.libraries.bilingualOnly')} checked={bilingual} onChange={(_, d) => setBilingual(d.checked)} />
      </div>
      <p className={styles.meta} role="status">
        {found.data && t('exchange.libraries.count', { count: found.data.libraries.length })}
      </p>
      <LoadState loaded={found}>
        {({ libraries }) => (
          <ul className={styles.list} aria-label={t('exchange.libraries.title')}>
            {libraries.map((l) => {
              const other = otherName(l, lang);
              return (
              <li key={l.id}>
                <ArticleCard labelledBy={`library-${l.id}`}>
                  <h4 id={`library-${l.id}`} className={styles.cardHeading}>{libraryName(l, lang)}</h4>
                  {other && <p className={styles.meta} lang={other.lang}>{other.text}</p>}
                  <div className={styles.badges}>
                    <span className={styles.meta}>{municipalityName(l, lang)}</span>
                    <BilingualBadge library={l} />
                  </div>
                  <LibraryContact library={l} />
                </ArticleCard>
              </li>
              );
            })}
          </ul>
        )}
      </LoadState>
    </section>
  );
}
