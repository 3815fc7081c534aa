/** The supply map and the need-against-supply map beside the need map, with their table. */
import { usePage } from '../../web/page-context.js';
import { DataTable } from '../../ui/DataTable.js';
import { FigureWithTable } from '../../ui/FigureWithTable.js';
import { MapLegend, ShadowMap, Swatch } from '../../maps/Choropleth.js';
import { classPlan, fillOf } from '../../maps/classes.js';
import { type MonitorRow, type MonitorView } from '../service/pages-data.js';
import { formats, rowFigureText } from './view-format.js';
import { MAP_SHAPE_PREFIX } from './MonitorMap.js';

/** Above this many areas the supply maps and their table are left out (a sector map: the page would weigh megabytes). */
export const SUPPLY_MAPS_MAX = 700;

/** Colour of "no local initiative with an effective element" on the need-against-supply map: outside the sequential palette, as it is no amount. */
export const NO_SUPPLY_FILL = '#7a0177';

/** Need against local supply per row: estimated people per local initiative with an effective element; null without a figure or without such an initiative. */
const perInitiative = (r: MonitorRow) => (r.suppression || r.count === null || r.supply.effective === 0 ? null : r.count / r.supply.effective);

/**
 * Beside the need map: the local supply of effective elements, and need against that supply, each
 * a map drawn on the need map's shapes (ShadowMap), with their table. The wider offer (initiatives
 * active from a larger area) is in the table beside the local one, not counted in it (issue 9).
 */
export function SupplyMaps({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  const f = formats(lang);
  const level = t(`monitor.level.${view.query.level}`).toLowerCase();
  const hasFigure = (r: MonitorRow) => !r.suppression && r.count !== null && r.percent !== null;
  const supplyPlan = classPlan(view.rows.map((r) => ({ value: r.supply.effective })), { digits: 0, distinct: true });
  const gapPlan = classPlan(view.rows.flatMap((r) => (perInitiative(r) === null ? [] : [{ value: perInitiative(r)! }])), { digits: 0 });
  const nodata = 'url(#monitor-map-nodata)';
  const shown = new Set(view.features.map((x) => x.properties.code));
  const rows = view.rows.filter((r) => shown.has(r.code));
  const supplyFills = rows.map((r) => ({ code: r.code, fill: fillOf(r.supply.effective, supplyPlan)?.fill ?? nodata }));
  const gapFills = rows.map((r) => {
    const g = perInitiative(r);
    return { code: r.code, fill: !hasFigure(r) ? nodata : g === null ? NO_SUPPLY_FILL : (fillOf(g, gapPlan)?.fill ?? nodata) };
  });
  // The table in the ranking's order: no local effective initiative first (highest share first), then people per initiative.
  const ordered = [...view.rows].sort((a, b) => {
    const fa = hasFigure(a);
    const fb = hasFigure(b);
    if (fa !== fb) return fa ? -1 : 1;
    const ga = perInitiative(a);
    const gb = perInitiative(b);
    if ((ga === null) !== (gb === null)) return ga === null ? -1 : 1;
    return ga === null ? (b.percent ?? 0) - (a.percent ?? 0) : gb! - ga;
  });
  const viewBox = '0 0 800 490';
  const intFormat = (n: number) => f.int(n);
  const anyNoData = rows.some((r) => !hasFigure(r));
  return (
    <section aria-labelledby="supply-maps-heading" id="supply-maps">
      <h2 id="supply-maps-heading">{t('monitor.supplyMap.heading')}</h2>
      <p>{t('monitor.supplyMap.lead')}</p>
      {/* Two maps side by side, too wide to share a row with their table: the table below them. */}
      <FigureWithTable
        layout="stacked"
        figure={
          <div className="supply-maps">
            <figure>
              <ShadowMap id="supply-map" source={MAP_SHAPE_PREFIX} viewBox={viewBox} title={t('monitor.supplyMap.supplyTitle', { level })} description={t('monitor.supplyMap.desc')} fills={supplyFills} />
              <MapLegend id="supply-map" title={t('monitor.supplyMap.supplyLegend')} plan={supplyPlan} format={intFormat} noDataLabel="" withNoData={false} />
            </figure>
            <figure>
              <ShadowMap id="gap-map" source={MAP_SHAPE_PREFIX} viewBox={viewBox} title={t('monitor.supplyMap.gapTitle', { level })} description={t('monitor.supplyMap.desc')} fills={gapFills} />
              <MapLegend id="gap-map" title={t('monitor.supplyMap.gapLegend')} plan={gapPlan} format={intFormat} noDataLabel={t('monitor.noFigure')} withNoData={anyNoData} />
              <p className="map-legend-extra">
                <Swatch fill={NO_SUPPLY_FILL} />
                {t('monitor.supplyMap.none')}
              </p>
            </figure>
          </div>
        }
        table={
          <DataTable
            scroll="table-scroll"
            id="supply-maps-table"
            className="monitor-table monitor-stack nums"
            caption={t('monitor.supplyMap.caption', { level })}
            captionId="supply-maps-caption"
            columns={[{ label: t('monitor.col.name') }, { label: t('monitor.supplyMap.colLocal'), className: 'num' }, { label: t('monitor.supplyMap.colWider'), className: 'num' }, { label: t('monitor.supplyMap.colGap'), className: 'num' }]}
          >
            {ordered.map((r) => {
              const g = perInitiative(r);
              return (
                <tr key={r.code}>
                  <th scope="row">{r.name}</th>
                  <td>{f.int(r.supply.effective)}</td>
                  <td>{f.int(r.supply.wider.effective)}</td>
                  <td>{!hasFigure(r) ? rowFigureText(r, t, f, view.estimate.threshold) : g === null ? t('monitor.supplyMap.noneShort') : f.int(g)}</td>
                </tr>
              );
            })}
          </DataTable>
        }
      />
    </section>
  );
}
