/**
 * The plain-language explanation of the method and its limits, for the area-monitor page,
 * in Dutch, French and English. Pure content.
 */
import { DEFAULT_SUPPRESSION_THRESHOLD } from './estimate.js';
import { frenchSpacing } from '../i18n/index.js';

export type MethodLang = 'nl' | 'fr' | 'en';

export interface MethodExplanation {
  title: string;
  paragraphs: string[];
}

/** The explanation in one language; the French with French spacing (frenchSpacing), like every French message. */
export function methodExplanation(lang: MethodLang, opts: { threshold?: number } = {}): MethodExplanation {
  const m = asWritten(lang, opts);
  return lang === 'fr' ? { title: frenchSpacing(m.title), paragraphs: m.paragraphs.map(frenchSpacing) } : m;
}

function asWritten(lang: MethodLang, opts: { threshold?: number }): MethodExplanation {
  const t = opts.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  switch (lang) {
    case 'nl':
      return {
        title: 'Hoe deze schattingen tot stand komen',
        paragraphs: [
          'Niemand meet eenzaamheid per gemeente of buurt. Verbind schat daarom hoeveel inwoners men zou verwachten die zich eenzaam voelen of sociaal geïsoleerd zijn, als de cijfers uit grote bevragingen ook hier zouden gelden. Dat heet indirecte standaardisatie.',
          'Voor elke groep inwoners (naar leeftijd, geslacht, burgerlijke staat en nationaliteit) nemen we het percentage uit de gekozen bron en vermenigvuldigen we het met het aantal inwoners van die groep in het gebied. De som is het verwachte aantal; gedeeld door de inwoners waarvoor de bron cijfers heeft, geeft dat het percentage.',
          'Belangrijkste beperking: de schatting weerspiegelt alleen de samenstelling van de bevolking, niet de lokale omstandigheden. Armoede, huisvesting, de buurt, het aanbod van diensten en ontmoetingsplaatsen of migratie spelen wel mee, maar zitten niet in de schatting. Twee gemeenten met dezelfde bevolkingsopbouw krijgen hetzelfde percentage, ook al verschilt de werkelijkheid. Een hoge schatting is dus een aanwijzing, geen meting.',
          'Elke brontabel zegt voor wie ze geldt (land of gewest, jaar, leeftijden). Inwoners buiten die groep, bijvoorbeeld kinderen of 75-plussers bij de Statbel-cijfers, worden niet geschat en apart vermeld als "niet gedekt"; ze tellen nooit als 0 %.',
          'De marge (laag–hoog) komt uit de onder- en bovengrenzen die de bron geeft. Geeft de bron enkel één cijfer, dan is de marge onvolledig en zeggen we dat. Het is geen statistisch betrouwbaarheidsinterval.',
          'Voor statistische sectoren publiceert Statbel enkel het totale aantal inwoners. Een sectorschatting combineert dat totaal met de samenstelling van de hele gemeente, en veronderstelt dus dat de sector op de gemeente lijkt.',
          'Grotere gebieden (gemeente, eerstelijnszone, gewest) zijn de som van hun delen: aantallen worden opgeteld, geen percentages gemiddeld.',
          `Voor gebieden met minder dan ${t} inwoners tonen we geen cijfers: ze zouden weinig betekenen en kunnen stigmatiseren. Soms verbergen we ook een naburig gebied, zodat de verborgen cijfers niet door aftrekken te vinden zijn.`,
          'De bronnen verschillen in jaar, plaats en vraagstelling (bijvoorbeeld België 2024 tegenover Vlaanderen 2021, tijdens de coronacrisis). Vergelijk schattingen daarom alleen binnen eenzelfde model.',
        ],
      };
    case 'fr':
      return {
        title: 'Comment ces estimations sont obtenues',
        paragraphs: [
          'Personne ne mesure la solitude par commune ou par quartier. Verbind estime donc combien d’habitants on s’attendrait à trouver seuls ou socialement isolés si les chiffres de grandes enquêtes valaient aussi ici. C’est la standardisation indirecte.',
          'Pour chaque groupe d’habitants (selon l’âge, le sexe, l’état civil et la nationalité), nous prenons le pourcentage de la source choisie et le multiplions par le nombre d’habitants de ce groupe dans la zone. La somme donne le nombre attendu ; divisée par les habitants couverts par la source, elle donne le pourcentage.',
          'Limite principale : l’estimation reflète seulement la composition de la population, pas les circonstances locales. La pauvreté, le logement, le quartier, l’offre de services et de lieux de rencontre ou la migration comptent, mais n’entrent pas dans l’estimation. Deux communes de même composition reçoivent le même pourcentage, même si la réalité diffère. Une estimation élevée est un indice, pas une mesure.',
          'Chaque tableau source précise qui il couvre (pays ou région, année, âges). Les habitants hors de ce groupe, par exemple les enfants ou les 75 ans et plus pour les chiffres de Statbel, ne sont pas estimés et sont signalés comme « non couverts » ; ils ne comptent jamais pour 0 %.',
          'La marge (bas–haut) provient des bornes données par la source. Si la source ne donne qu’un chiffre, la marge est incomplète et nous le disons. Ce n’est pas un intervalle de confiance statistique.',
          'Pour les secteurs statistiques, Statbel ne publie que le nombre total d’habitants. Une estimation par secteur combine ce total avec la composition de toute la commune, et suppose donc que le secteur ressemble à la commune.',
          'Les zones plus grandes (commune, zone de soins, région) sont la somme de leurs parties : les nombres sont additionnés, les pourcentages ne sont pas moyennés.',
          `Pour les zones de moins de ${t} habitants, nous ne montrons pas de chiffres : ils auraient peu de sens et pourraient stigmatiser. Parfois, nous masquons aussi une zone voisine, pour que les chiffres masqués ne puissent pas être retrouvés par soustraction.`,
          'Les sources diffèrent par l’année, le lieu et la question posée (par exemple Belgique 2024 et Flandre 2021, pendant la crise du coronavirus). Ne comparez des estimations qu’au sein d’un même modèle.',
        ],
      };
    case 'en':
      return {
        title: 'How these estimates are made',
        paragraphs: [
          'Nobody measures loneliness per municipality or neighbourhood. Verbind therefore estimates how many residents you would expect to feel lonely or be socially isolated if the figures from large surveys held here too. This is called indirect standardisation.',
          'For each group of residents (by age, sex, civil status and nationality) we take the percentage from the chosen source and multiply it by the number of residents in that group in the area. The sum is the expected number; divided by the residents the source has figures for, it gives the percentage.',
          'Main limit: the estimate reflects only the make-up of the population, not local circumstances. Poverty, housing, the neighbourhood, the services and meeting places on offer, or migration all matter, but they are not in the estimate. Two municipalities with the same population make-up get the same percentage, even if reality differs. A high estimate is a pointer, not a measurement.',
          'Each source table says whom it covers (country or region, year, ages). Residents outside that group, for instance children or people over 74 with the Statbel figures, are not estimated and are reported separately as "not covered"; they never count as 0 %.',
          'The range (low–high) comes from the lower and upper bounds the source gives. Where the source gives a single figure, the range is incomplete and we say so. It is not a statistical confidence interval.',
          'For statistical sectors, Statbel publishes only the total number of residents. A sector estimate combines that total with the make-up of the whole municipality, and so assumes the sector resembles its municipality.',
          'Larger areas (municipality, primary-care zone, region) are the sum of their parts: numbers are added up, percentages are never averaged.',
          `For areas with fewer than ${t} residents we show no figures: they would mean little and could stigmatise. Sometimes we also hide a neighbouring area, so that the hidden figures cannot be worked out by subtraction.`,
          'The sources differ in year, place and question (for example Belgium 2024 versus Flanders 2021, during the COVID-19 crisis). Compare estimates only within one model.',
        ],
      };
  }
}
