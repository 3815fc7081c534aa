/**
 * The search results on a map (issue 13): the page's initiatives at their places, numbered as in
 * the list beside the map, which is the map's equivalent. Said in words: how many initiatives of
 * the page are not on it, and, without imported outlines, that there is no map (and no "near").
 */
import { PointMap } from '../../maps/PointMap.js';
import { href, usePage } from '../../web/page-context.js';
import type { SearchMapData } from '../service/search-map.js';

export function SearchMap({ map }: { map: SearchMapData }) {
  const { lang, t } = usePage();
  return (
    <div className="search-map">
      {map.points.length > 0 ? (
        <>
          <a href="#result-list" className="skip-map">
            {t('searchMap.skip')}
          </a>
          <PointMap
            id="search-map"
            title={t('searchMap.title')}
            description={t('searchMap.description')}
            features={map.features}
            markers={map.points.map((p) => ({
              key: `${p.id}|${p.point.join(',')}`,
              href: href(lang, `/initiatives/${encodeURIComponent(p.id)}`),
              label: t('searchMap.marker', { number: p.number, name: p.name, place: p.place }),
              number: p.number,
              point: p.point,
            }))}
          />
        </>
      ) : (
        <p>{t('searchMap.noneOnMap')}</p>
      )}
      {map.unplaced > 0 && map.points.length > 0 && <p className="muted small">{t('searchMap.unplaced', { n: map.unplaced })}</p>}
    </div>
  );
}
