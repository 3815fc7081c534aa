/**
 * The privacy statement and the accessibility statement (toegankelijkheidsverklaring, as Flemish
 * public bodies must publish one). Both say only what the code does: what is stored is read from
 * src/db/schema.ts, src/accounts, src/intake and src/edge/log.ts. The publisher and the contact
 * address come from configuration (VERBIND_PUBLISHER, VERBIND_CONTACT_EMAIL) and are never invented.
 */
import type { FastifyInstance } from 'fastify';
import type { ReactNode } from 'react';
import { sendPage } from './render.js';
import { usePage } from './page-context.js';
import type { Lang } from '../i18n/index.js';
import type { SiteInfo } from '../config.js';

/** When the accessibility statement was drawn up and last checked against the test suite. */
export const STATEMENT_DATE = '2026-12-06';

const TITLES = {
  privacy: { nl: 'Privacyverklaring', fr: 'Déclaration de confidentialité', en: 'Privacy statement' },
  accessibility: { nl: 'Toegankelijkheidsverklaring', fr: 'Déclaration d’accessibilité', en: 'Accessibility statement' },
} as const;

function longDate(iso: string, lang: Lang): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : `${lang}-BE`, { timeZone: 'Europe/Brussels', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "Who publishes this site" and "how to reach them", or a plain sentence that they are not configured. */
function Publisher({ site, lang }: { site: SiteInfo; lang: Lang }) {
  const p = site.publisher;
  const text = {
    nl: p ? `Deze website wordt uitgegeven door ${p}. Die organisatie is verantwoordelijk voor de gegevens hieronder.` : 'Deze installatie van Verbind heeft nog niet ingesteld wie ze uitgeeft. Zolang dat zo is, kunnen we hier geen verantwoordelijke organisatie noemen. Vraag het aan de organisatie die u naar deze website verwees.',
    fr: p ? `Ce site est publié par ${p}. Cette organisation est responsable des données décrites ci-dessous.` : 'Cette installation de Verbind n’a pas encore indiqué qui la publie. Tant que ce n’est pas fait, nous ne pouvons pas nommer ici l’organisation responsable. Demandez-le à l’organisation qui vous a envoyé vers ce site.',
    en: p ? `This website is published by ${p}. That organisation is responsible for the data described below.` : 'This installation of Verbind has not yet said who publishes it. Until it does, we cannot name a responsible organisation here. Ask the organisation that sent you to this website.',
  }[lang];
  return <p>{text}</p>;
}

function Contact({ site, lang }: { site: SiteInfo; lang: Lang }) {
  const email = site.contactEmail;
  if (!email) {
    return <p>{{ nl: 'Er is nog geen contactadres ingesteld.', fr: 'Aucune adresse de contact n’a encore été configurée.', en: 'No contact address has been configured yet.' }[lang]}</p>;
  }
  return (
    <p>
      {{ nl: 'Contactadres:', fr: 'Adresse de contact :', en: 'Contact address:' }[lang]} <a href={`mailto:${email}`}>{email}</a>
    </p>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function PrivacyPage() {
  const { lang, site = {} } = usePage();
  const L = (nl: string, fr: string, en: string) => ({ nl, fr, en })[lang];
  return (
    <article className="statement">
      <h1>{TITLES.privacy[lang]}</h1>
      <p className="lead">{L('Hier leest u welke gegevens Verbind bewaart, waarom, en hoe lang. We bewaren zo weinig mogelijk.', 'Vous lisez ici quelles données Verbind conserve, pourquoi et combien de temps. Nous conservons le moins possible.', 'Here you can read what data Verbind keeps, why, and for how long. We keep as little as possible.')}</p>
      <Section title={L('Wie is verantwoordelijk?', 'Qui est responsable ?', 'Who is responsible?')}>
        <Publisher site={site} lang={lang} />
        <Contact site={site} lang={lang} />
      </Section>
      <Section title={L('Als u de website bezoekt', 'Quand vous visitez le site', 'When you visit the website')}>
        <ul>
          <li>{L('Zoeken, de kaarten, de cijfers en de zelftest werken zonder account. We bewaren niet wat u zoekt.', 'La recherche, les cartes, les chiffres et l’auto-test fonctionnent sans compte. Nous ne conservons pas ce que vous cherchez.', 'Search, the maps, the figures and the self-check work without an account. We do not keep what you search for.')}</li>
          <li>{L('Antwoorden die u in een vragenlijst of zelftest invult, worden alleen gebruikt om de uitslag te berekenen. Ze worden niet bewaard.', 'Les réponses que vous donnez dans un questionnaire ou l’auto-test servent seulement à calculer le résultat. Elles ne sont pas conservées.', 'Answers you give in a questionnaire or the self-check are only used to calculate the result. They are not kept.')}</li>
          <li>{L('Het serverlogboek bevat per verzoek alleen de methode, het pad zonder zoekopdracht, de statuscode en het tijdstip. Geen IP-adres, geen namen, geen e-mailadressen, geen wachtwoorden.', 'Le journal du serveur ne contient, par requête, que la méthode, le chemin sans la recherche, le code de statut et l’heure. Pas d’adresse IP, pas de noms, pas d’adresses e-mail, pas de mots de passe.', 'The server log holds, per request, only the method, the path without the search text, the status code and the time. No IP address, no names, no e-mail addresses, no passwords.')}</li>
          <li>{L('Er zijn geen statistiek- of advertentiediensten en de pagina’s laden niets van andere websites.', 'Il n’y a pas de service de statistiques ou de publicité, et les pages ne chargent rien depuis d’autres sites.', 'There are no analytics or advertising services, and the pages load nothing from other websites.')}</li>
        </ul>
      </Section>
      <Section title={L('Cookies', 'Cookies', 'Cookies')}>
        <p>{L('Verbind gebruikt alleen cookies die nodig zijn om de website te laten werken. Daarvoor hoeven we geen toestemming te vragen.', 'Verbind n’utilise que les cookies nécessaires au fonctionnement du site. Ils ne demandent pas votre consentement.', 'Verbind only uses cookies that the website needs to work. They do not need your consent.')}</p>
        <ul>
          <li>{L('Een beveiligingscookie bij formulieren (tegen vervalste verzoeken, CSRF). Het bevat een willekeurige code en niets over u.', 'Un cookie de sécurité pour les formulaires (contre les requêtes falsifiées, CSRF). Il contient un code aléatoire et rien sur vous.', 'A security cookie for forms (against forged requests, CSRF). It holds a random code and nothing about you.')}</li>
          <li>{L('Een sessiecookie als u inlogt als codeur of beheerder. Het verloopt na 12 uur of als u uitlogt.', 'Un cookie de session si vous vous connectez comme codeur ou administrateur. Il expire après 12 heures ou quand vous vous déconnectez.', 'A session cookie when you sign in as a coder or administrator. It expires after 12 hours or when you sign out.')}</li>
        </ul>
      </Section>
      <Section title={L('Als u een initiatief aanmeldt', 'Si vous inscrivez une initiative', 'If you register an initiative')}>
        <ul>
          <li>{L('We bewaren uw antwoorden over het initiatief. Na nazicht door een codeur kunnen ze gepubliceerd worden in de kennisbank.', 'Nous conservons vos réponses sur l’initiative. Après vérification par un codeur, elles peuvent être publiées dans la banque de connaissances.', 'We keep your answers about the initiative. After a coder has checked them, they may be published in the knowledge bank.')}</li>
          <li>{L('De contactpersoon (naam, e-mailadres, eventueel telefoon) bewaren we apart. Alleen codeurs zien die gegevens, om vragen te stellen over de aanmelding. Ze worden nooit gepubliceerd of geëxporteerd.', 'La personne de contact (nom, adresse e-mail, éventuellement téléphone) est conservée à part. Seuls les codeurs voient ces données, pour poser des questions sur l’inscription. Elles ne sont jamais publiées ni exportées.', 'The contact person (name, e-mail address, optionally phone) is kept separately. Only coders see these details, to ask questions about the registration. They are never published or exported.')}</li>
          <li>{L('U kunt de contactgegevens zelf wissen via uw privélink. Een codeur kan ze ook op uw vraag wissen. Anders blijven ze bewaard zolang de aanmelding bestaat.', 'Vous pouvez effacer vous-même les données de contact via votre lien privé. Un codeur peut aussi les effacer à votre demande. Sinon, elles sont conservées tant que l’inscription existe.', 'You can erase the contact details yourself through your private link. A coder can also erase them at your request. Otherwise they are kept as long as the registration exists.')}</li>
          <li>{L('Van de privélink bewaren we alleen een vingerafdruk (hash), niet de link zelf.', 'Du lien privé, nous ne conservons qu’une empreinte (hash), pas le lien lui-même.', 'Of the private link we keep only a fingerprint (hash), not the link itself.')}</li>
        </ul>
      </Section>
      <Section title={L('Als u codeur of beheerder bent', 'Si vous êtes codeur ou administrateur', 'If you are a coder or administrator')}>
        <ul>
          <li>{L('Uw account: e-mailadres, naam, rol en een versleutelde vorm van uw wachtwoord (argon2id). Nooit het wachtwoord zelf.', 'Votre compte : adresse e-mail, nom, rôle et une forme chiffrée de votre mot de passe (argon2id). Jamais le mot de passe lui-même.', 'Your account: e-mail address, name, role and a hashed form of your password (argon2id). Never the password itself.')}</li>
          <li>{L('Sessies: een vingerafdruk van de sessiecode en wanneer die verloopt.', 'Sessions : une empreinte du code de session et sa date d’expiration.', 'Sessions: a fingerprint of the session code and when it expires.')}</li>
          <li>{L('Een auditlogboek van aanmeldingen en beheeracties, met het nummer van uw account, zonder e-mailadressen. De software wist dit logboek niet automatisch; de uitgever bepaalt hoe lang het bewaard wordt.', 'Un journal d’audit des connexions et des actions d’administration, avec le numéro de votre compte, sans adresses e-mail. Le logiciel n’efface pas ce journal automatiquement ; l’éditeur décide combien de temps il est conservé.', 'An audit log of sign-ins and administrative actions, with your account’s number, without e-mail addresses. The software does not erase this log automatically; the publisher decides how long it is kept.')}</li>
        </ul>
      </Section>
      <Section title={L('Uw rechten', 'Vos droits', 'Your rights')}>
        <p>{L('U mag vragen welke gegevens we over u bewaren, en ze laten verbeteren of wissen. Stuur daarvoor een bericht naar het contactadres hierboven.', 'Vous pouvez demander quelles données nous conservons sur vous, et les faire corriger ou effacer. Écrivez pour cela à l’adresse de contact ci-dessus.', 'You may ask what data we keep about you, and have it corrected or erased. Write to the contact address above.')}</p>
        <p>{L('Bent u niet tevreden met het antwoord, dan kunt u een klacht indienen bij de Gegevensbeschermingsautoriteit (www.gegevensbeschermingsautoriteit.be).', 'Si la réponse ne vous satisfait pas, vous pouvez porter plainte auprès de l’Autorité de protection des données (www.autoriteprotectiondonnees.be).', 'If you are not satisfied with the answer, you can complain to the Belgian Data Protection Authority (www.dataprotectionauthority.be).')}</p>
      </Section>
    </article>
  );
}

function AccessibilityPage() {
  const { lang, site = {} } = usePage();
  const L = (nl: string, fr: string, en: string) => ({ nl, fr, en })[lang];
  const date = longDate(STATEMENT_DATE, lang);
  return (
    <article className="statement">
      <h1>{TITLES.accessibility[lang]}</h1>
      <p className="lead">{L('Verbind wil voor iedereen bruikbaar zijn: met een schermlezer, met alleen het toetsenbord, op een telefoon en zonder JavaScript.', 'Verbind veut être utilisable par tout le monde : avec un lecteur d’écran, au clavier seul, sur un téléphone et sans JavaScript.', 'Verbind aims to be usable by everyone: with a screen reader, with the keyboard alone, on a phone and without JavaScript.')}</p>
      <Section title={L('Stand van zaken', 'État de conformité', 'Conformity status')}>
        <p>{L('Deze website is gedeeltelijk conform met de Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA. Gedeeltelijk, omdat nog niet alle inhoud voldoet: zie de bekende beperkingen hieronder.', 'Ce site est partiellement conforme aux règles pour l’accessibilité des contenus web (WCAG) 2.1, niveau AA. Partiellement, car tout le contenu n’y répond pas encore : voir les limites connues ci-dessous.', 'This website is partially conformant with the Web Content Accessibility Guidelines (WCAG) 2.1, level AA. Partially, because not all content meets them yet: see the known limitations below.')}</p>
        <Publisher site={site} lang={lang} />
      </Section>
      <Section title={L('Hoe we dit nagaan', 'Comment nous le vérifions', 'How we check')}>
        <ul>
          <li>{L('Bij elke wijziging controleert de testsuite de pagina’s automatisch met axe-core in de browser Chromium, volgens de regels van WCAG 2.1 A en AA, in het Nederlands, Frans en Engels, op telefoonbreedte (320 pixels) en op een breed scherm.', 'À chaque modification, la suite de tests vérifie les pages automatiquement avec axe-core dans le navigateur Chromium, selon les règles WCAG 2.1 A et AA, en néerlandais, français et anglais, à la largeur d’un téléphone (320 pixels) et sur un grand écran.', 'With every change, the test suite checks the pages automatically with axe-core in the Chromium browser, against the WCAG 2.1 A and AA rules, in Dutch, French and English, at phone width (320 pixels) and on a wide screen.')}</li>
          <li>{L('Automatische tests vinden niet alle problemen. Er is nog geen volledige handmatige audit gebeurd.', 'Les tests automatiques ne trouvent pas tous les problèmes. Aucun audit manuel complet n’a encore été réalisé.', 'Automatic tests do not find every problem. No full manual audit has been carried out yet.')}</li>
        </ul>
      </Section>
      <Section title={L('Bekende beperkingen', 'Limites connues', 'Known limitations')}>
        <ul>
          <li>{L('Sommige inhoud bestaat alleen in het Nederlands, zoals beschrijvingen van initiatieven en delen van de bronnen.', 'Certains contenus n’existent qu’en néerlandais, comme des descriptions d’initiatives et une partie des sources.', 'Some content exists only in Dutch, such as descriptions of initiatives and parts of the sources.')}</li>
          <li>{L('Kaarten en grafieken zijn afbeeldingen; dezelfde cijfers staan altijd ook in een tabel ernaast.', 'Les cartes et les graphiques sont des images ; les mêmes chiffres figurent toujours aussi dans un tableau à côté.', 'Maps and charts are images; the same figures are always also in a table beside them.')}</li>
          <li>{L('Op een telefoon zijn sommige pagina’s nog erg lang, zoals de vragenlijst en de gebiedsmonitor.', 'Sur un téléphone, certaines pages sont encore très longues, comme le questionnaire et le moniteur territorial.', 'On a phone some pages are still very long, such as the survey and the area monitor.')}</li>
          <li>{L('De PDF-rapporten zijn niet apart getest op toegankelijkheid. Dezelfde inhoud staat op de webpagina.', 'Les rapports PDF n’ont pas été testés à part pour l’accessibilité. Le même contenu figure sur la page web.', 'The PDF reports have not been tested separately for accessibility. The same content is on the web page.')}</li>
        </ul>
      </Section>
      <Section title={L('Een probleem melden', 'Signaler un problème', 'Report a problem')}>
        <p>{L('Kunt u iets niet lezen of gebruiken? Laat het ons weten. Zeg op welke pagina en wat er misliep. We antwoorden zo snel mogelijk.', 'Vous ne pouvez pas lire ou utiliser quelque chose ? Dites-le-nous. Indiquez la page et ce qui n’a pas fonctionné. Nous répondons dès que possible.', 'Is there something you cannot read or use? Let us know. Say which page and what went wrong. We answer as soon as we can.')}</p>
        <Contact site={site} lang={lang} />
        <p>{L('Bent u niet tevreden met ons antwoord en is de uitgever een Vlaamse overheidsinstantie, dan kunt u terecht bij de Vlaamse Ombudsdienst.', 'Si notre réponse ne vous satisfait pas et que l’éditeur est un organisme public flamand, vous pouvez vous adresser au Vlaamse Ombudsdienst (médiateur flamand).', 'If you are not satisfied with our answer and the publisher is a Flemish public body, you can turn to the Flemish Ombudsman (Vlaamse Ombudsdienst).')}</p>
      </Section>
      <Section title={L('Datum', 'Date', 'Date')}>
        <p>
          {L('Deze verklaring werd opgesteld op', 'Cette déclaration a été établie le', 'This statement was drawn up on')} <time dateTime={STATEMENT_DATE}>{date}</time>.
        </p>
      </Section>
    </article>
  );
}

export async function registerStatementPages(app: FastifyInstance): Promise<void> {
  app.get('/:lang(nl|fr|en)/privacy', async (req, reply) => sendPage(req, reply, { title: TITLES.privacy[req.lang] }, <PrivacyPage />));
  app.get('/:lang(nl|fr|en)/accessibility', async (req, reply) => sendPage(req, reply, { title: TITLES.accessibility[req.lang] }, <AccessibilityPage />));
}
