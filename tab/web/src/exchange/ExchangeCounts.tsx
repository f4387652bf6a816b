/** Agreed exchanges of the year per library and per municipality: staff sent to visit, guests hosted. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { EmptyState } from '../common/EmptyState';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import type { ExchangeOverview } from './exchangeTypes';
import { libraryName, municipalityName } from './libraryNames';

interface Row {
  key: string;
  name: string;
  town?: string;
  sent: number;
  hosted: number;
}

function CountTable({ id, caption, rows, withTown }: { id: string; caption: string; rows: Row[]; withTown: boolean }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  return (
    <>
      <h4 id={id} className={styles.subHeading}>{caption}</h4>
      <Table size="small" aria-labelledby={id}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{withTown ? t('exchange.counts.library') : t('exchange.counts.municipality')}</TableHeaderCell>
            {withTown && <TableHeaderCell>{t('exchange.counts.municipality')}</TableHeaderCell>}
            <TableHeaderCell>{t('exchange.counts.sent')}</TableHeaderCell>
            <TableHeaderCell>{t('exchange.counts.hosted')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key}>
              <TableCell>{r.name}</TableCell>
              {withTown && <TableCell>{r.town}</TableCell>}
              <TableCell>{r.sent}</TableCell>
              <TableCell>{r.hosted}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

export function ExchangeCounts({ overview }: { overview: ExchangeOverview }) {
  const { t, lang } = useI18n();
  const styles = useViewStyles();
  const byLibrary: Row[] = overview.libraries.map(({ library, sent, hosted }) => ({ key: library.id, name: libraryName(library, lang), town: municipalityName(library, lang), sent, hosted }));
  const towns = new Map<string, Row>();
  for (const { library, sent, hosted } of overview.libraries) {
    const name = municipalityName(library, lang);
    const row = towns.get(name) ?? { key: name, name, sent: 0, hosted: 0 };
    towns.set(name, { ...row, sent: row.sent + sent, hosted: row.hosted + hosted });
  }
  return (
    <section aria-labelledby="exchange-counts">
      <h3 id="exchange-counts" className={styles.sectionHeading}>{t('exchange.counts.title')}</h3>
      {byLibrary.length === 0 ? (
        <EmptyState text={t('exchange.counts.none')} />
      ) : (
        <>
          <CountTable id="exchange-counts-library" caption={t('exchange.counts.byLibrary')} rows={byLibrary} withTown />
          <CountTable id="exchange-counts-municipality" caption={t('exchange.counts.byMunicipality')} rows={[...towns.values()]} withTown={false} />
        </>
      )}
    </section>
  );
}
