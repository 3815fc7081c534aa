/** What Verbind is, where its knowledge comes from, and how to reuse the data. Prose per language. */
import { href, usePage } from '../../web/page-context.js';
import { frenchSpacing } from '../../i18n/index.js';

const TEXT_AS_WRITTEN = {
  nl: {
    title: 'Over Verbind',
    intro: 'Verbind helpt Vlaanderen en Brussel om mensen die eenzaam of sociaal geïsoleerd zijn beter te zien, te bereiken en te helpen. Het brengt twee dingen samen die tot nu toe apart bestonden: wat we weten over wat werkt tegen eenzaamheid, en welke initiatieven er lokaal echt zijn.',
    methodTitle: 'Waar de kennis vandaan komt',
    method: 'Elk initiatief wordt gecodeerd op de matrix van de Vlaamse studie naar eenzaamheidsinitiatieven (2023). Die studie bracht 133 initiatieven in kaart en vat de wetenschappelijke literatuur samen in potentieel werkzame elementen. Zes elementen hebben de sterkste onderbouwing in meerdere reviews en meta-analyses; die zijn met een ster (*) gemarkeerd.',
    ladderTitle: 'Hoe sterk is het bewijs?',
    ladder: 'Voor elk initiatief tonen we de trede op de effectladder (van Yperen & Veerman, 2008): van impliciete kennis (niveau 0) tot causale bewijskracht (niveau 4). Een lage trede betekent niet dat een initiatief slecht is, wel dat het nog niet onderzocht werd.',
    seedTitle: 'Startinhoud',
    seed: 'De kennisbank start met de inspirerende praktijken uit deel 4 van de studie, gecodeerd met wat de studie erover zegt. Wat de studie niet vermeldt, staat als “niet geweten”.',
    dataTitle: 'Open data',
    data: 'Alle gepubliceerde initiatieven zijn vrij herbruikbaar via de JSON-API (beschreven in OpenAPI) en als Open Referral HSDS 3.0, zodat sociale kaarten en andere gidsen ze kunnen overnemen.',
    privacyTitle: 'Privacy',
    privacy: 'Voor zoeken hebt u geen account nodig en we volgen u niet. We gebruiken alleen een beveiligingscookie bij formulieren en, voor wie codeert, een inlogcookie. Meer in de privacyverklaring.',
    matrix: 'Lees wat elk element van de matrix betekent',
  },
  fr: {
    title: 'À propos de Verbind',
    intro: 'Verbind aide la Flandre et Bruxelles à mieux voir, atteindre et aider les personnes seules ou socialement isolées. Il réunit deux choses jusqu’ici séparées : ce que l’on sait de ce qui marche contre la solitude, et les initiatives qui existent réellement sur le terrain.',
    methodTitle: 'D’où vient la connaissance',
    method: 'Chaque initiative est codée selon la matrice de l’étude flamande des initiatives contre la solitude (2023). Cette étude a cartographié 133 initiatives et résume la littérature scientifique en éléments potentiellement efficaces. Six éléments ont le meilleur fondement dans plusieurs revues et méta-analyses ; ils sont marqués d’une étoile (*).',
    ladderTitle: 'Quelle est la force des preuves ?',
    ladder: 'Pour chaque initiative, nous indiquons le niveau sur l’échelle d’efficacité (van Yperen & Veerman, 2008) : du savoir implicite (niveau 0) aux preuves causales (niveau 4). Un niveau bas ne veut pas dire qu’une initiative est mauvaise, mais qu’elle n’a pas encore été évaluée.',
    seedTitle: 'Contenu de départ',
    seed: 'La banque commence avec les pratiques inspirantes de la partie 4 de l’étude, codées selon ce que l’étude en dit. Ce que l’étude ne mentionne pas est indiqué « inconnu ».',
    dataTitle: 'Données ouvertes',
    data: 'Toutes les initiatives publiées sont librement réutilisables via l’API JSON (décrite en OpenAPI) et au format Open Referral HSDS 3.0, pour que les cartes sociales et autres guides puissent les reprendre.',
    privacyTitle: 'Vie privée',
    privacy: 'Pas besoin de compte pour chercher, et nous ne vous suivons pas. Nous n’utilisons qu’un cookie de sécurité pour les formulaires et, pour les codeurs, un cookie de connexion. Plus de détails dans la déclaration de confidentialité.',
    matrix: 'Lire ce que signifie chaque élément de la matrice',
  },
  en: {
    title: 'About Verbind',
    intro: 'Verbind helps Flanders and Brussels see, reach and help people who are lonely or socially isolated. It joins two things that were apart until now: what we know about what works against loneliness, and which initiatives really exist locally.',
    methodTitle: 'Where the knowledge comes from',
    method: 'Every initiative is coded on the matrix of the Flemish study of loneliness initiatives (2023). That study mapped 133 initiatives and summarises the scientific literature as potentially effective elements. Six elements have the strongest support in several reviews and meta-analyses; they are marked with a star (*).',
    ladderTitle: 'How strong is the evidence?',
    ladder: 'For each initiative we show its step on the effectiveness ladder (van Yperen & Veerman, 2008): from implicit knowledge (level 0) to causal evidence (level 4). A low step does not mean an initiative is poor, only that it has not been studied yet.',
    seedTitle: 'Starting content',
    seed: 'The bank starts with the inspiring practices of part 4 of the study, coded with what the study says about them. What the study does not mention is shown as “unknown”.',
    dataTitle: 'Open data',
    data: 'Every published initiative can be reused freely through the JSON API (described in OpenAPI) and as Open Referral HSDS 3.0, so social maps and other directories can take them over.',
    privacyTitle: 'Privacy',
    privacy: 'You need no account to search and we do not track you. We only use a security cookie for forms and, for coders, a sign-in cookie. More in the privacy statement.',
    matrix: 'Read what each element of the matrix means',
  },
} as const;

/** The prose; the French with French spacing (frenchSpacing), like every French message. */
const TEXT = {
  ...TEXT_AS_WRITTEN,
  fr: Object.fromEntries(Object.entries(TEXT_AS_WRITTEN.fr).map(([k, v]) => [k, frenchSpacing(v)])) as Record<keyof typeof TEXT_AS_WRITTEN.fr, string>,
};

export function AboutPage() {
  const { lang } = usePage();
  const x = TEXT[lang];
  return (
    <>
      <h1>{x.title}</h1>
      <p className="lead">{x.intro}</p>
      <h2>{x.methodTitle}</h2>
      <p>{x.method}</p>
      <p>
        <a href={href(lang, '/matrix')}>{x.matrix}</a>
      </p>
      <h2>{x.ladderTitle}</h2>
      <p>{x.ladder}</p>
      <h2>{x.seedTitle}</h2>
      <p>{x.seed}</p>
      <h2>{x.dataTitle}</h2>
      <p>{x.data}</p>
      <ul>
        <li>
          <a href="/openapi.json">OpenAPI</a> · <a href="/api/v1/initiatives">/api/v1/initiatives</a> · <a href="/api/v1/vocabulary">/api/v1/vocabulary</a>
        </li>
        <li>
          <a href="/hsds/services">HSDS 3.0</a>
        </li>
      </ul>
      <h2>{x.privacyTitle}</h2>
      <p>{x.privacy}</p>
    </>
  );
}
