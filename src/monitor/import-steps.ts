/**
 * The official files the monitor needs, where to download them and the commands that import them
 * (pure): the instructions shown when the population is missing, and which steps are still to do
 * given what is imported (service/status.ts reads that through store/).
 */
export interface DownloadStep {
  id: 'population' | 'sectors' | 'hierarchy' | 'boundaries' | 'code-list';
  required: boolean;
  what: { nl: string; fr: string; en: string };
  /** Statbel's or the publisher's page, and the file's name there. */
  url: string;
  file: string;
  command: string;
}

/** The official files, in the order to import them. The first two are the ones the monitor needs. */
export const DOWNLOAD_STEPS: readonly DownloadStep[] = [
  {
    id: 'population',
    required: true,
    what: {
      nl: 'Bevolking naar woonplaats, nationaliteit, burgerlijke staat, leeftijd en geslacht (Statbel open data)',
      fr: 'Population par lieu de résidence, nationalité, état civil, âge et sexe (Statbel open data)',
      en: 'Population by place of residence, nationality, civil status, age and sex (Statbel open data)',
    },
    url: 'https://statbel.fgov.be/nl/open-data',
    file: 'TF_SOC_POP_STRUCT_<jaar>.zip',
    command: 'npx verbind import-population TF_SOC_POP_STRUCT_2025.zip',
  },
  {
    id: 'sectors',
    required: true,
    what: {
      nl: 'Bevolking per statistische sector (Statbel open data)',
      fr: 'Population par secteur statistique (Statbel open data)',
      en: 'Population by statistical sector (Statbel open data)',
    },
    url: 'https://statbel.fgov.be/nl/open-data',
    file: 'OPENDATA_SECTOREN_<jaar>.zip',
    command: 'npx verbind import-population OPENDATA_SECTOREN_2025.zip',
  },
  {
    id: 'hierarchy',
    required: false,
    what: {
      nl: 'Statistische sectoren met gemeente, eerstelijnszone en gewest (Provincie Antwerpen, Provincies in Cijfers, gebiedsniveaus); brengt ook de fusies van 2025 in kaart',
      fr: 'Secteurs statistiques avec commune, zone de première ligne et région (Provincie Antwerpen, Provincies in Cijfers, gebiedsniveaus) ; donne aussi les fusions de 2025',
      en: 'Statistical sectors with municipality, primary-care zone and region (Provincie Antwerpen, Provincies in Cijfers, gebiedsniveaus); also gives the 2025 mergers',
    },
    url: 'https://github.com/provinciesincijfers/gebiedsniveaus',
    file: 'statistische sectoren / eerstelijnszones (CSV)',
    command: 'npx verbind import-area-hierarchy statistical-sectors-2025.csv',
  },
  {
    id: 'boundaries',
    required: false,
    what: {
      nl: 'Grenzen van de statistische sectoren (Statbel, sh_statbel_statistical_sectors_31370_<datum>, Shapefile of GeoJSON)',
      fr: 'Limites des secteurs statistiques (Statbel, sh_statbel_statistical_sectors_31370_<date>, Shapefile ou GeoJSON)',
      en: 'Statistical sector boundaries (Statbel, sh_statbel_statistical_sectors_31370_<date>, Shapefile or GeoJSON)',
    },
    url: 'https://statbel.fgov.be/nl/open-data',
    file: 'sh_statbel_statistical_sectors_31370_20250101.shp.zip',
    command: 'npx verbind import-areas sh_statbel_statistical_sectors_31370_20250101.shp.zip --level sector',
  },
  {
    id: 'code-list',
    required: false,
    what: {
      nl: 'REFNIS-codes met geldigheid (Statbel, TU_COM_REFNIS): officiële namen in het Nederlands en Frans',
      fr: 'Codes REFNIS avec validité (Statbel, TU_COM_REFNIS) : noms officiels en néerlandais et en français',
      en: 'REFNIS codes with validity (Statbel, TU_COM_REFNIS): official names in Dutch and French',
    },
    url: 'https://statbel.fgov.be/nl/open-data',
    file: 'TU_COM_REFNIS.zip',
    command: 'npx verbind import-area-hierarchy TU_COM_REFNIS.txt',
  },
];

export function importInstructions(opts: { only?: DownloadStep['id']; lang?: 'nl' | 'fr' | 'en' } = {}): { steps: DownloadStep[]; text: string } {
  const lang = opts.lang ?? 'en';
  const steps = DOWNLOAD_STEPS.filter((s) => (opts.only ? s.id === opts.only : s.required));
  const intro = opts.only ? '' : 'No population has been imported yet. Download the official files and import them:\n';
  const text =
    intro +
    steps.map((s, i) => `  ${i + 1}. ${s.what[lang]}\n     ${s.url} — ${s.file}\n     ${s.command}`).join('\n');
  return { steps, text };
}

/** What is imported, as far as the steps are concerned. */
export interface ImportedData {
  population: number;
  sectors: number;
  areaLevels: readonly string[];
  geometryLevels: readonly string[];
}

/** The steps still to do, in import order (required first). */
export function stepsToDo(have: ImportedData): DownloadStep[] {
  return DOWNLOAD_STEPS.filter((s) => {
    if (s.id === 'population') return !have.population;
    if (s.id === 'sectors') return !have.sectors;
    if (s.id === 'hierarchy') return !have.areaLevels.includes('zone');
    if (s.id === 'boundaries') return !have.geometryLevels.includes('sector');
    return !have.areaLevels.includes('district');
  });
}
