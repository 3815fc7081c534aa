/** Minimal types for the `shapefile` package (it ships none). */
declare module 'shapefile' {
  import type { Feature, Geometry, GeoJsonProperties } from 'geojson';
  type Input = string | ArrayBuffer | Uint8Array;
  interface Source<T> {
    bbox: number[];
    read(): Promise<{ done: boolean; value: T }>;
    cancel(): Promise<void>;
  }
  export function open(shp: Input, dbf?: Input | null, options?: { encoding?: string }): Promise<Source<Feature<Geometry | null, GeoJsonProperties>>>;
  export function openShp(shp: Input): Promise<Source<Geometry | null>>;
  export function openDbf(dbf: Input, options?: { encoding?: string }): Promise<Source<GeoJsonProperties>>;
}
