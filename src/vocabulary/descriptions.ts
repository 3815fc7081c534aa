/**
 * Plain-language descriptions of the matrix codes (B1 level), with the
 * strength of evidence for the potentially effective elements and the
 * references as the study cites them. Written from seed 003 (table 1 and
 * sections 1.1-1.10), with seed 004 (dimensions) and seed 000 (Brussels
 * literature synthesis) where stated. Pure data.
 */
import type { Labels } from './matrix.js';
import { frenchSpacing } from '../i18n/index.js';

export interface CodeDescription {
  /** plain language (B1 level), 1-4 sentences, what this code means */
  summary: Labels;
  /** strength of evidence in plain language; for elements always present */
  evidence?: Labels;
  /** full references as the study cites them, e.g. "Veronese, N. et al. (2021)" -> use the author-year form as printed in the study, plus the study location, e.g. "Studie 003, tabel 1" */
  sources: string[];
}

/** A text in three languages; the French one with French spacing (frenchSpacing). */
const L = (nl: string, fr: string, en: string): Labels => ({ nl, fr: frenchSpacing(fr), en });

const NO_RESEARCH = L(
  'Potentieel werkzaam element. De studie vermeldt hier geen onderzoek over.',
  'Élément potentiellement efficace. L’étude ne mentionne aucune recherche à ce sujet.',
  'Potentially effective element. The study mentions no research on this.',
);

const BVT_NO_STATEMENT = L(
  'Potentieel werkzaam element. Bouwman & van Tilburg (2020), van wie deze omschrijving komt, doen geen uitspraak over de werkzaamheid. De studie vermeldt hier verder geen onderzoek over.',
  'Élément potentiellement efficace. Bouwman & van Tilburg (2020), dont provient cette description, ne se prononcent pas sur son efficacité. L’étude ne mentionne pas d’autre recherche à ce sujet.',
  'Potentially effective element. Bouwman & van Tilburg (2020), who wrote this description, make no statement about its effectiveness. The study mentions no further research on this.',
);

export const DESCRIPTIONS: {
  elements: Record<string, CodeDescription>;
  prevention: Record<string, CodeDescription>;
  dimensions: Record<string, CodeDescription>;
  evidence: Record<string, CodeDescription>;
  course: Record<string, CodeDescription>;
  approach: Record<string, CodeDescription>;
} = {
  elements: {
    mindfulness: {
      summary: L(
        'Mindfulness betekent bewust aandacht geven aan het huidige moment, zonder te oordelen. Het kan helpen om alerter te zijn, beter te communiceren en meer inlevingsvermogen te tonen. Het is in het algemeen goed voor de mentale en fysieke gezondheid.',
        'La pleine conscience consiste à porter consciemment attention au moment présent, sans jugement. Elle peut aider à être plus vigilant, à mieux communiquer et à faire preuve de plus d’empathie. Elle est en général bonne pour la santé mentale et physique.',
        'Mindfulness means paying attention to the present moment on purpose, without judging. It can help people be more alert, communicate better and show more empathy. In general it is good for mental and physical health.',
      ),
      evidence: L(
        'Effectiviteit aangetoond in meerdere reviews en meta-analyses; voor meditatie en mindfulness noemt de studie Veronese et al. (2021). Een review van Teoh, Letchumanan & Lee (2021) vond dat eenzaamheid duidelijk daalde na een mindfulnessprogramma van gemiddeld 8 weken bij mensen zonder psychische aandoening, vooral bij jongere mensen. Omdat de meeste programma’s in groep lopen, is niet duidelijk of het effect van de groep of van de mindfulness zelf komt. Volgens de studie helpt mindfulness vooral preventief bij de algemene bevolking, zeker bij jongeren; mensen met chronische eenzaamheid zijn er niet mee gebaat.',
        'Efficacité démontrée dans plusieurs revues et méta-analyses ; pour la méditation et la pleine conscience, l’étude cite Veronese et al. (2021). Une revue de Teoh, Letchumanan & Lee (2021) a constaté une nette diminution de la solitude après un programme de pleine conscience d’une durée moyenne de 8 semaines chez des personnes sans trouble psychique, surtout chez les plus jeunes. Comme la plupart des programmes se déroulent en groupe, on ne sait pas si l’effet vient du groupe ou de la pleine conscience elle-même. Selon l’étude, la pleine conscience est surtout utile en prévention dans la population générale, en particulier chez les jeunes ; elle n’aide pas les personnes en solitude chronique.',
        'Effectiveness shown in several reviews and meta-analyses; for meditation and mindfulness the study cites Veronese et al. (2021). A review by Teoh, Letchumanan & Lee (2021) found a clear reduction in loneliness after a mindfulness programme of 8 weeks on average among people without a mental disorder, especially younger people. Because most programmes run in groups, it is unclear whether the effect comes from the group or from mindfulness itself. According to the study, mindfulness is mainly useful for prevention in the general population, especially among young people; people with chronic loneliness do not benefit from it.',
      ),
      sources: [
        'Kabat-Zinn (2003)',
        'Brown et al. (2007)',
        'Veronese et al. (2021)',
        'Teoh, Letchumanan & Lee (2021)',
        'Studie 003, tabel 1',
        'Studie 003, deel 1.1.3 en 1.1.4',
      ],
    },
    social_cognitive_training: {
      summary: L(
        'Training die eenzame mensen helpt om negatieve, ‘onaangepaste’ gedachten over hun sociale relaties te veranderen, bijvoorbeeld vooroordelen of de manier waarop ze het gedrag van anderen uitleggen. Het is een vorm van psychologische interventie. Wie anders leert denken over contact, gaat zich ook anders gedragen: zo groeien sociale banden en neemt eenzaamheid af.',
        'Entraînement qui aide les personnes seules à changer leurs pensées négatives, « inadaptées », sur leurs relations sociales, par exemple des préjugés ou leur manière d’expliquer le comportement des autres. C’est une forme d’intervention psychologique. Celui qui apprend à penser autrement le contact se comporte aussi autrement : les liens sociaux se renforcent et la solitude diminue.',
        'Training that helps lonely people change negative, ‘maladaptive’ thoughts about their social relationships, for example biases or the way they explain other people’s behaviour. It is a form of psychological intervention. People who learn to think differently about contact also behave differently, so social ties grow and loneliness decreases.',
      ),
      evidence: L(
        'Effectiviteit aangetoond in meerdere reviews en meta-analyses; de studie noemt hiervoor Veronese et al. (2021). Bij chronische eenzaamheid hadden interventies die onaangepaste sociale gedachten aanpakken de grootste effecten (Cacioppo et al., 2015).',
        'Efficacité démontrée dans plusieurs revues et méta-analyses ; l’étude cite Veronese et al. (2021). En cas de solitude chronique, les interventions qui s’attaquent aux pensées sociales inadaptées ont eu les effets les plus importants (Cacioppo et al., 2015).',
        'Effectiveness shown in several reviews and meta-analyses; the study cites Veronese et al. (2021). For chronic loneliness, interventions that address maladaptive social cognition had the largest effects (Cacioppo et al., 2015).',
      ),
      sources: ['Mann et al. (2017)', 'Veronese et al. (2021)', 'Cacioppo et al. (2015)', 'Studie 003, tabel 1', 'Studie 003, deel 1.1.3 en 1.1.4'],
    },
    social_support: {
      summary: L(
        'Initiatieven die de sociale en/of emotionele steun voor iemand vergroten. Ze zorgen voor regelmatig contact, zorg of gezelschap.',
        'Initiatives qui renforcent le soutien social et/ou émotionnel d’une personne. Elles assurent des contacts réguliers, des soins ou de la compagnie.',
        'Initiatives that increase the social and/or emotional support a person gets. They provide regular contact, care or company.',
      ),
      evidence: L(
        'Effectiviteit aangetoond in meerdere reviews en meta-analyses. Over alle leeftijdsgroepen heen noemt de studie Beckers et al. (2022) voor sociale steuninterventies. Bij jongeren vonden Eccles & Qualter (2021) effect van sociale en emotionele steun en van meer sociale steun. Bij chronische eenzaamheid gaf meer sociale steun een significante, maar kleine daling van eenzaamheid (Cacioppo et al., 2015).',
        'Efficacité démontrée dans plusieurs revues et méta-analyses. Pour tous les groupes d’âge, l’étude cite Beckers et al. (2022) pour les interventions de soutien social. Chez les jeunes, Eccles & Qualter (2021) ont trouvé un effet du soutien social et émotionnel et d’un soutien social accru. En cas de solitude chronique, plus de soutien social a entraîné une baisse significative, mais faible, de la solitude (Cacioppo et al., 2015).',
        'Effectiveness shown in several reviews and meta-analyses. Across all age groups the study cites Beckers et al. (2022) for social support interventions. Among young people, Eccles & Qualter (2021) found an effect of social and emotional support and of increasing social support. For chronic loneliness, more social support gave a significant but small reduction in loneliness (Cacioppo et al., 2015).',
      ),
      sources: ['Beckers et al. (2022)', 'Eccles & Qualter (2021)', 'Cacioppo et al. (2015)', 'Studie 003, tabel 1', 'Studie 003, deel 1.1.2 tot 1.1.4'],
    },
    psychological: {
      summary: L(
        'Therapie of begeleiding door gezondheidsprofessionals of opgeleide therapeuten.',
        'Thérapie ou accompagnement par des professionnels de santé ou des thérapeutes formés.',
        'Therapy or counselling by health professionals or trained therapists.',
      ),
      evidence: L(
        'Effectiviteit aangetoond in meerdere reviews en meta-analyses. Over alle leeftijdsgroepen heen is er volgens de studie vooral bewijs voor psychologische interventies (Eccles & Qualter, 2021; Gardiner et al., 2018; Masi et al., 2011). Ook de Brusselse literatuursynthese noemt psychologische therapie de meest bestudeerde aanpak, en interventies die tot cognitieve veranderingen leiden, zoals psychotherapie, waarschijnlijk doeltreffend tegen eenzaamheid.',
        'Efficacité démontrée dans plusieurs revues et méta-analyses. Selon l’étude, pour tous les groupes d’âge, les preuves portent surtout sur les interventions psychologiques (Eccles & Qualter, 2021 ; Gardiner et al., 2018 ; Masi et al., 2011). La synthèse de littérature bruxelloise décrit aussi la thérapie psychologique comme l’approche la plus étudiée, et les interventions qui amènent des changements cognitifs, comme la psychothérapie, comme probablement efficaces contre la solitude.',
        'Effectiveness shown in several reviews and meta-analyses. According to the study, across all age groups the main evidence is for psychological interventions (Eccles & Qualter, 2021; Gardiner et al., 2018; Masi et al., 2011). The Brussels literature synthesis also calls psychological therapy the most studied approach, and interventions that lead to cognitive change, such as psychotherapy, probably effective against loneliness.',
      ),
      sources: [
        'Gardiner et al. (2018)',
        'Eccles & Qualter (2021)',
        'Masi et al. (2011)',
        'Studie 003, tabel 1',
        'Studie 003, deel 1.1.3',
        'Synthese 000 (Brusano), interventiecategorie psychologische therapie',
      ],
    },
    social_activities: {
      summary: L(
        'Mensen aanmoedigen om deel te nemen aan sociale activiteiten en activiteiten in groep.',
        'Encourager les personnes à participer à des activités sociales et à des activités de groupe.',
        'Encouraging people to take part in social activities and group activities.',
      ),
      evidence: L(
        'Effectiviteit aangetoond in meerdere reviews en meta-analyses; de studie noemt Beckers et al. (2022) voor het stimuleren van sociale activiteiten. Bij chronische eenzaamheid hadden interventies die de kansen op sociaal contact vergroten geen significant effect (Cacioppo et al., 2015); volgens de studie zijn mensen met chronische eenzaamheid niet gebaat bij het toeleiden naar sociale activiteiten.',
        'Efficacité démontrée dans plusieurs revues et méta-analyses ; l’étude cite Beckers et al. (2022) pour la stimulation des activités sociales. En cas de solitude chronique, les interventions qui augmentent les occasions d’interaction sociale n’ont pas eu d’effet significatif (Cacioppo et al., 2015) ; selon l’étude, orienter les personnes en solitude chronique vers des activités sociales ne les aide pas.',
        'Effectiveness shown in several reviews and meta-analyses; the study cites Beckers et al. (2022) for stimulating social activities. For chronic loneliness, interventions that increase opportunities for social interaction had no significant effect (Cacioppo et al., 2015); according to the study, people with chronic loneliness do not benefit from being referred to social activities.',
      ),
      sources: ['Gardiner et al. (2018)', 'Beckers et al. (2022)', 'Cacioppo et al. (2015)', 'Studie 003, tabel 1', 'Studie 003, deel 1.1.3 en 1.1.4'],
    },
    social_networks: {
      summary: L(
        'Initiatieven die het sociale netwerk van mensen vergroten, zodat ze met meer mensen contact hebben.',
        'Initiatives qui élargissent le réseau social des personnes, pour qu’elles soient en contact avec davantage de gens.',
        'Initiatives that enlarge people’s social network, so that they are in contact with more people.',
      ),
      evidence: L(
        'Effectiviteit aangetoond in meerdere reviews en meta-analyses; de studie noemt Beckers et al. (2022) voor het inzetten van sociale netwerken.',
        'Efficacité démontrée dans plusieurs revues et méta-analyses ; l’étude cite Beckers et al. (2022) pour le recours aux réseaux sociaux.',
        'Effectiveness shown in several reviews and meta-analyses; the study cites Beckers et al. (2022) for using social networks.',
      ),
      sources: ['Mann et al. (2017)', 'Beckers et al. (2022)', 'Studie 003, tabel 1', 'Studie 003, deel 1.1.3'],
    },
    psychoeducation: {
      summary: L(
        'Uitleg en informatie, bijvoorbeeld over het omgaan met psychische problemen en over het belang van sociale steun.',
        'Explications et informations, par exemple sur la manière de faire face à des problèmes de santé mentale et sur l’importance du soutien social.',
        'Explanation and information, for example about how to cope with mental health problems and about the importance of social support.',
      ),
      evidence: NO_RESEARCH,
      sources: ['Mann et al. (2017)', 'Studie 003, tabel 1'],
    },
    social_skills: {
      summary: L(
        'Wie betere sociale vaardigheden heeft, begint makkelijker een gesprek en houdt het beter gaande. Die persoon kan relaties meer diepgang geven, bijvoorbeeld door goed te luisteren en steunend te reageren, en problemen in relaties voorkomen of oplossen. Hij of zij voelt zich zekerder om contact te leggen.',
        'Une personne aux meilleures compétences sociales engage plus facilement une conversation et la poursuit mieux. Elle peut approfondir ses relations, par exemple en écoutant bien et en réagissant avec soutien, et prévenir ou résoudre des problèmes relationnels. Elle se sent plus sûre d’elle pour nouer des contacts.',
        'People with better social skills find it easier to start a conversation and keep it going. They can give relationships more depth, for example by listening well and responding supportively, and prevent or solve problems in relationships. They feel more confident about making contact.',
      ),
      evidence: L(
        'Potentieel werkzaam element. Bouwman & van Tilburg (2020), van wie deze omschrijving komt, doen geen uitspraak over de werkzaamheid. Bij jongeren vonden Eccles & Qualter (2021) wel effect van sociale vaardigheidstraining; voor voorbijgaande eenzaamheid bestaan interventies, op basis van Qualter et al. (2015), uit het aanleren van emotiemanagement en sociale vaardigheden, om te voorkomen dat eenzaamheid langdurig wordt. Bij chronische eenzaamheid hadden interventies om sociale vaardigheden te verbeteren geen significant effect (Cacioppo et al., 2015).',
        'Élément potentiellement efficace. Bouwman & van Tilburg (2020), dont provient cette description, ne se prononcent pas sur son efficacité. Chez les jeunes, Eccles & Qualter (2021) ont toutefois constaté un effet de l’entraînement aux compétences sociales ; pour la solitude passagère, les interventions consistent, sur la base de Qualter et al. (2015), à apprendre la gestion des émotions et les compétences sociales, afin d’éviter que la solitude ne devienne durable. En cas de solitude chronique, les interventions visant à améliorer les compétences sociales n’ont pas eu d’effet significatif (Cacioppo et al., 2015).',
        'Potentially effective element. Bouwman & van Tilburg (2020), who wrote this description, make no statement about its effectiveness. Among young people, however, Eccles & Qualter (2021) found an effect of social skills training; for transient loneliness, interventions based on Qualter et al. (2015) teach emotion management and social skills, to prevent loneliness from becoming long-lasting. For chronic loneliness, interventions to improve social skills had no significant effect (Cacioppo et al., 2015).',
      ),
      sources: [
        'Bouwman & van Tilburg (2020)',
        'Eccles & Qualter (2021)',
        'Qualter et al. (2015)',
        'Cacioppo et al. (2015)',
        'Studie 003, tabel 1',
        'Studie 003, deel 1.1.2, 1.1.4 en 1.8',
      ],
    },
    skills_development: {
      summary: L(
        'Vaardigheden ontwikkelen of versterken, bijvoorbeeld leren werken met een computer of met het internet.',
        'Développer ou renforcer des compétences, par exemple apprendre à utiliser un ordinateur ou internet.',
        'Developing or strengthening skills, for example learning to use a computer or the internet.',
      ),
      evidence: L(
        'Potentieel werkzaam element. Programma’s die ouderen computer- en internetvaardigheden aanleren, bijvoorbeeld e-mailen, verminderden eenzaamheid en maakten hun sociale netwerk beter bereikbaar: ouderen hadden meer gelegenheid tot contact met familie en vrienden (Choi, Kong & Jung, 2012). Ook Gardiner et al. (2018) zien vaardigheden versterken, bijvoorbeeld met een computer- of internetopleiding, als potentieel werkzaam element.',
        'Élément potentiellement efficace. Les programmes qui apprennent aux personnes âgées à utiliser l’ordinateur et internet, par exemple l’e-mail, ont réduit la solitude et rendu leur réseau social plus accessible : elles avaient plus d’occasions de contact avec leur famille et leurs amis (Choi, Kong & Jung, 2012). Gardiner et al. (2018) considèrent aussi le renforcement des compétences, par exemple une formation en informatique ou à internet, comme un élément potentiellement efficace.',
        'Potentially effective element. Programmes teaching older people computer and internet skills, such as e-mailing, reduced loneliness and made their social network more available: older people had more opportunity for contact with family and friends (Choi, Kong & Jung, 2012). Gardiner et al. (2018) also see strengthening skills, for example through a computer or internet course, as a potentially effective element.',
      ),
      sources: ['Choi, Kong & Jung (2012)', 'Gardiner et al. (2018)', 'Studie 003, tabel 1', 'Studie 003, deel 1.1.6'],
    },
    activities: {
      summary: L(
        'Iemand heeft het gevoel zinvol bezig te zijn, met iets productiefs of ontspannends, en haalt er plezier en voldoening uit. Daardoor weegt de eenzaamheid minder zwaar of is men ervan afgeleid, en ontstaat er ruimte voor een oplossing. De activiteit is niet op contact gericht en kan alleen of in groep, bijvoorbeeld tuinieren of computervaardigheden leren.',
        'La personne a le sentiment d’être utilement occupée, par une activité productive ou de détente, et en tire plaisir et satisfaction. La solitude pèse alors moins ou l’on en est distrait, ce qui laisse de la place pour une solution. L’activité ne vise pas le contact social et peut se faire seul ou en groupe, par exemple jardiner ou apprendre l’informatique.',
        'A person feels meaningfully occupied, with something productive or relaxing, and gets pleasure and satisfaction from it. Loneliness then weighs less or the person is distracted from it, which makes room for a solution. The activity is not aimed at social contact and can be done alone or in a group, for example gardening or learning computer skills.',
      ),
      evidence: BVT_NO_STATEMENT,
      sources: ['Bouwman & van Tilburg (2020)', 'Studie 003, tabel 1', 'Studie 003, deel 1.1.2'],
    },
    meeting: {
      summary: L(
        'Iemand krijgt de kans om met anderen om te gaan en nieuwe mensen te leren kennen. Die contacten zijn eerst vaak oppervlakkig of eenmalig, maar sommige groeien uit tot een persoonlijk en blijvend contact. Zo wordt het netwerk duurzaam groter.',
        'La personne a l’occasion d’avoir des interactions sociales et de rencontrer de nouvelles personnes. Ces contacts sont d’abord souvent superficiels ou ponctuels, mais certains deviennent des liens personnels et durables. Le réseau s’élargit ainsi durablement.',
        'A person gets the chance to interact with others and meet new people. These contacts are often superficial or one-off at first, but some grow into personal and lasting contact. In this way the network grows for good.',
      ),
      evidence: L(
        'Potentieel werkzaam element. Bouwman & van Tilburg (2020), van wie deze omschrijving komt, doen geen uitspraak over de werkzaamheid. Bij chronische eenzaamheid hadden interventies die de kansen op sociaal contact vergroten geen significant effect (Cacioppo et al., 2015). Ontmoeten is het element waar de meeste Vlaamse initiatieven in de studie op inzetten (71%).',
        'Élément potentiellement efficace. Bouwman & van Tilburg (2020), dont provient cette description, ne se prononcent pas sur son efficacité. En cas de solitude chronique, les interventions qui augmentent les occasions d’interaction sociale n’ont pas eu d’effet significatif (Cacioppo et al., 2015). La rencontre est l’élément sur lequel misent la plupart des initiatives flamandes de l’étude (71 %).',
        'Potentially effective element. Bouwman & van Tilburg (2020), who wrote this description, make no statement about its effectiveness. For chronic loneliness, interventions that increase opportunities for social interaction had no significant effect (Cacioppo et al., 2015). Meeting people is the element most Flemish initiatives in the study focus on (71%).',
      ),
      sources: ['Bouwman & van Tilburg (2020)', 'Cacioppo et al. (2015)', 'Studie 003, tabel 1', 'Studie 003, deel 1.1.4', 'Studie 003, tabel 3'],
    },
    practical_support: {
      summary: L(
        'Iemand krijgt hulp bij praktische zaken en voelt zich daardoor deel van een groter, zorgzaam geheel. Weten dat men makkelijk om hulp kan vragen, geeft het gevoel er niet alleen voor te staan. De hulp kan eenmalig of regelmatig zijn, bijvoorbeeld een huisbezoek om na te gaan waar iemand hulp bij kan gebruiken.',
        'La personne reçoit de l’aide pour des choses pratiques et se sent ainsi faire partie d’un ensemble plus large et bienveillant. Savoir qu’on peut facilement demander de l’aide donne le sentiment de ne pas être seul. L’aide peut être ponctuelle ou régulière, par exemple une visite à domicile pour voir où la personne a besoin d’aide.',
        'A person gets help with practical matters and so feels part of a larger, caring whole. Knowing that you can easily ask for help gives the feeling that you are not on your own. The help can be one-off or regular, for example a home visit to find out what someone could use help with.',
      ),
      evidence: BVT_NO_STATEMENT,
      sources: ['Bouwman & van Tilburg (2020)', 'Studie 003, tabel 1', 'Studie 003, deel 1.1.2'],
    },
    meaningful_contact: {
      summary: L(
        'Regelmatig, positief en blijvend contact dat voelt als een vertrouwensband. Iemand voelt zich herkend en weet dat er iemand voor hem of haar is; dat geeft een gevoel van erbij horen en geborgenheid. Voorbeelden zijn buddyprojecten en vrijwilligers die als maatje op bezoek komen.',
        'Un contact régulier, positif et durable, vécu comme un lien de confiance. La personne se sent reconnue et sait que quelqu’un est là pour elle ; cela donne un sentiment d’appartenance et de sécurité. Exemples : projets de binôme (buddy) et bénévoles qui viennent en visite comme compagnon.',
        'Regular, positive and lasting contact that feels like a bond of trust. A person feels recognised and knows that someone is there for them; this gives a sense of belonging and security. Examples are buddy projects and volunteers who visit as a companion.',
      ),
      evidence: BVT_NO_STATEMENT,
      sources: ['Bouwman & van Tilburg (2020)', 'Studie 003, tabel 1', 'Studie 003, deel 1.1.2'],
    },
    realistic_expectations: {
      summary: L(
        'Wie te hoge verwachtingen heeft over hoe vaak er contact kan zijn of hoe snel een diepe band ontstaat, wordt snel teleurgesteld. Dan denkt men al gauw ‘ze willen mij niet’ en trekt men zich terug, waardoor de eenzaamheid groter wordt. Wie zijn verwachtingen kan bijstellen, doet positievere ervaringen op met anderen. Voorbeelden zijn cognitieve gedragstherapie en lessen in de cursus ‘Zin in vriendschap’.',
        'Celui qui a des attentes trop élevées sur la fréquence des contacts ou la rapidité avec laquelle naît un lien profond est vite déçu. On pense alors vite « ils ne veulent pas de moi » et on se replie, ce qui accroît la solitude. Celui qui parvient à ajuster ses attentes vit des expériences plus positives avec les autres. Exemples : la thérapie cognitivo-comportementale et des leçons du cours néerlandais « Zin in vriendschap ».',
        'People with unrealistic expectations about how often contact is possible or how quickly a deep bond develops are soon disappointed. They then quickly think ‘they don’t want me’ and withdraw, which increases loneliness. People who can adjust their expectations have more positive experiences with others. Examples are cognitive behavioural therapy and lessons in the Dutch course ‘Zin in vriendschap’.',
      ),
      evidence: BVT_NO_STATEMENT,
      sources: ['Bouwman & van Tilburg (2020)', 'Studie 003, tabel 1', 'Studie 003, deel 1.1.2'],
    },
    meaningful_role: {
      summary: L(
        'Wie iets doet voor een ander, een organisatie of de samenleving, voelt dat hij of zij ertoe doet en deel is van een groter geheel. Dat versterkt zelfvertrouwen en eigenwaarde, en de band met de ander groeit als die waardering toont. Een voorbeeld is vrijwilligerswerk.',
        'Celui qui fait quelque chose pour une autre personne, une organisation ou la société sent qu’il compte et qu’il fait partie d’un ensemble plus large. Cela renforce la confiance et l’estime de soi, et le lien avec l’autre grandit quand celui-ci exprime sa reconnaissance. Un exemple est le bénévolat.',
        'People who do something for someone else, an organisation or society feel that they matter and are part of something bigger. This strengthens self-confidence and self-esteem, and the bond with the other person grows when that person shows appreciation. An example is volunteering.',
      ),
      evidence: BVT_NO_STATEMENT,
      sources: ['Bouwman & van Tilburg (2020)', 'Studie 003, tabel 1', 'Studie 003, deel 1.1.2'],
    },
    digital: {
      summary: L(
        'Digitale hulpmiddelen zoals apps, sociale netwerken op het internet, sensoren en robots. Ze verschillen sterk van elkaar: in hoe ze contact mogelijk maken, waarvoor en hoe vaak ze gebruikt worden, en door wie.',
        'Outils numériques comme des applications, des réseaux sociaux en ligne, des capteurs et des robots. Ils sont très différents les uns des autres : dans la manière dont ils permettent le contact, dans leur usage et sa fréquence, et dans leurs utilisateurs.',
        'Digital tools such as apps, web-based social networks, sensors and robots. They differ widely: in how they make contact possible, what they are used for and how often, and by whom.',
      ),
      evidence: L(
        'Een meta-analyse van Shah, Nogueras, van Woerden & Kiparoglou (2021) vond geen bewijs dat digitale technologische interventies eenzaamheid bij volwassenen (18+) verminderen. Veel andere studies, zeker bij ouderen, geven gemengde resultaten, omdat de interventies zo verschillend zijn (Chen & Schulz, 2016).',
        'Une méta-analyse de Shah, Nogueras, van Woerden & Kiparoglou (2021) n’a trouvé aucune preuve que les interventions technologiques numériques réduisent la solitude chez les adultes (18+). Beaucoup d’autres études, surtout chez les personnes âgées, donnent des résultats mitigés, parce que les interventions sont très diverses (Chen & Schulz, 2016).',
        'A meta-analysis by Shah, Nogueras, van Woerden & Kiparoglou (2021) found no evidence that digital technology interventions reduce loneliness in adults (18+). Many other studies, especially among older people, show mixed results because the interventions are so diverse (Chen & Schulz, 2016).',
      ),
      sources: [
        'Beckers et al. (2022)',
        'Shah, Nogueras, van Woerden & Kiparoglou (2021)',
        'Chen & Schulz (2016)',
        'Studie 003, tabel 1',
        'Studie 003, deel 1.1.5',
      ],
    },
    befriending: {
      summary: L(
        'Vriendschaps- of buddy-interventies ondersteunen een eenzame persoon, vaak één op één en met de inzet van vrijwilligers.',
        'Les interventions d’amitié ou de binôme (buddy) soutiennent une personne seule, souvent en tête-à-tête et avec l’engagement de bénévoles.',
        'Befriending or buddy interventions support a lonely person, often one-to-one and with the help of volunteers.',
      ),
      evidence: NO_RESEARCH,
      sources: ['Gardiner et al. (2018)', 'Studie 003, tabel 1'],
    },
    animals: {
      summary: L(
        'Interventies waarbij mensen omgaan met een dier, soms als dierentherapie.',
        'Interventions où les personnes interagissent avec un animal, parfois sous forme de thérapie assistée par l’animal.',
        'Interventions in which people interact with an animal, sometimes as animal therapy.',
      ),
      evidence: NO_RESEARCH,
      sources: ['Gardiner et al. (2018)', 'Studie 003, tabel 1'],
    },
    leisure: {
      summary: L(
        'Mensen helpen om nieuwe vrijetijdsactiviteiten te ontdekken en te ontwikkelen.',
        'Aider les personnes à découvrir et à développer de nouvelles activités de loisirs.',
        'Helping people discover and develop new leisure activities.',
      ),
      evidence: L(
        'Potentieel werkzaam element. De studie vermeldt geen onderzoek over vrije tijd in het algemeen; bij jongeren vonden Eccles & Qualter (2021) wel effect van het leren van een nieuwe hobby.',
        'Élément potentiellement efficace. L’étude ne mentionne aucune recherche sur les loisirs en général ; chez les jeunes, Eccles & Qualter (2021) ont toutefois constaté un effet de l’apprentissage d’un nouveau hobby.',
        'Potentially effective element. The study mentions no research on leisure in general; among young people, however, Eccles & Qualter (2021) found an effect of learning a new hobby.',
      ),
      sources: ['Gardiner et al. (2018)', 'Eccles & Qualter (2021)', 'Studie 003, tabel 1', 'Studie 003, deel 1.1.2'],
    },
    care: {
      summary: L(
        'Zorg en steun, vaak geboden door professionals, bijvoorbeeld huisbezoeken waarbij ondersteuning wordt geboden.',
        'Des soins et un soutien, souvent fournis par des professionnels, par exemple des visites à domicile avec un accompagnement.',
        'Care and support, often provided by professionals, for example home visits that offer support.',
      ),
      evidence: NO_RESEARCH,
      sources: ['Gardiner et al. (2018)', 'Studie 003, tabel 1'],
    },
    detection_referral: {
      summary: L(
        'Signalen van eenzaamheid opmerken en mensen de weg wijzen naar gepaste hulp, steun of activiteiten. Dit element staat niet in de literatuurtabel; de studie voegde het toe bij de resultaten, omdat bijna een kwart van de Vlaamse initiatieven erop inzet (24%).',
        'Repérer les signes de solitude et orienter les personnes vers une aide, un soutien ou des activités adaptés. Cet élément ne figure pas dans le tableau de la littérature ; l’étude l’a ajouté dans ses résultats, car près d’un quart des initiatives flamandes y recourent (24 %).',
        'Noticing signs of loneliness and guiding people to suitable help, support or activities. This element is not in the literature table; the study added it in its results because almost a quarter of Flemish initiatives use it (24%).',
      ),
      evidence: NO_RESEARCH,
      sources: ['Studie 003, tabel 3'],
    },
    other: {
      summary: L(
        'Initiatieven die op iets anders inzetten dan de andere elementen, bijvoorbeeld bewustwording rond eenzaamheid, samenwerking, vorming over eenzaamheid voor vrijwilligers, informatie over hulp- en dienstverlening, een lerend netwerk of acties om het taboe te doorbreken.',
        'Initiatives qui misent sur autre chose que les autres éléments, par exemple la sensibilisation à la solitude, la collaboration, des formations sur la solitude pour bénévoles, l’information sur l’aide et les services, un réseau apprenant ou des actions pour briser le tabou.',
        'Initiatives that focus on something other than the other elements, for example raising awareness of loneliness, collaboration, training on loneliness for volunteers, information about help and services, a learning network or actions to break the taboo.',
      ),
      evidence: L(
        'De studie vermeldt hier geen onderzoek over.',
        'L’étude ne mentionne aucune recherche à ce sujet.',
        'The study mentions no research on this.',
      ),
      sources: ['Studie 003, deel 2.2.1 (tabel 3)'],
    },
  },

  prevention: {
    primary: {
      summary: L(
        'Primaire interventies richten zich op de hele bevolking. Ze bieden vaardigheden, programma’s, middelen of omgevingen die verbinding mogelijk maken, zodat de kans op (chronische) eenzaamheid kleiner wordt, in het algemeen en bij kwetsbare groepen.',
        'Les interventions primaires s’adressent à l’ensemble de la population. Elles offrent des compétences, des programmes, des ressources ou des environnements qui favorisent le lien, afin de réduire le risque de solitude (chronique), en général et dans les groupes vulnérables.',
        'Primary interventions are aimed at the whole population. They offer skills, programmes, resources or environments that make connection possible, to reduce the chance of (chronic) loneliness, in general and in vulnerable groups.',
      ),
      sources: ['Crowe et al. (2022)', 'Studie 003, deel 1.3'],
    },
    secondary: {
      summary: L(
        'Secundaire interventies richten zich op mensen met een risico op (chronische) eenzaamheid, bijvoorbeeld mensen in armoede of met een slechte gezondheid. Ze willen eenzaamheid vroeg opsporen en voorkomen dat ze erger wordt.',
        'Les interventions secondaires s’adressent aux personnes à risque de solitude (chronique), par exemple les personnes en situation de pauvreté ou en mauvaise santé. Elles visent à détecter tôt la solitude et à éviter qu’elle ne s’aggrave.',
        'Secondary interventions are aimed at people at risk of (chronic) loneliness, for example people in poverty or in poor health. They aim to detect loneliness early and prevent it from getting worse.',
      ),
      sources: ['Crowe et al. (2022)', 'Studie 003, deel 1.3 en 2.2.2'],
    },
    tertiary: {
      summary: L(
        'Tertiaire interventies richten zich op mensen die al (chronisch) eenzaam zijn en willen die eenzaamheid behandelen.',
        'Les interventions tertiaires s’adressent aux personnes déjà (chroniquement) seules et visent à traiter cette solitude.',
        'Tertiary interventions are aimed at people who are already (chronically) lonely and aim to treat that loneliness.',
      ),
      sources: ['Crowe et al. (2022)', 'Studie 003, deel 1.3'],
    },
    unknown: {
      summary: L(
        'Niet geweten: uit de beschikbare informatie is niet op te maken of het initiatief zich richt op iedereen, op mensen met een risico of op mensen die al eenzaam zijn.',
        'Inconnu : les informations disponibles ne permettent pas de savoir si l’initiative s’adresse à tous, aux personnes à risque ou aux personnes déjà seules.',
        'Unknown: the available information does not show whether the initiative is aimed at everyone, at people at risk or at people who are already lonely.',
      ),
      sources: ['Studie 003, tabel 4'],
    },
  },

  dimensions: {
    general: {
      summary: L(
        'Het initiatief richt zich op eenzaamheid in het algemeen, zonder onderscheid tussen soorten eenzaamheid. Dat geldt voor de meeste initiatieven in de studie (79%), al vraagt elke soort eenzaamheid volgens de literatuur een eigen aanpak.',
        'L’initiative vise la solitude en général, sans distinguer les types de solitude. C’est le cas de la plupart des initiatives de l’étude (79 %), alors que selon la littérature chaque type de solitude demande une approche propre.',
        'The initiative addresses loneliness in general, without distinguishing between types of loneliness. This is the case for most initiatives in the study (79%), although according to the literature each type of loneliness needs its own approach.',
      ),
      sources: ['Heylen (2011)', 'Bouwman & van Tilburg (2020)', 'Studie 003, deel 1.4', 'Studie 003, deel 2.2.3 (tabel 5)'],
    },
    social: {
      summary: L(
        'Sociale eenzaamheid is het gemis aan een breder sociaal netwerk: betekenisvolle contacten met een ruimere kring van mensen zoals vrienden, buren, collega’s of mensen met dezelfde interesses. Ze kan ontstaan als iemand weinig sociale contacten heeft.',
        'La solitude sociale est le manque d’un réseau social plus large : des contacts significatifs avec un cercle plus large de personnes comme des amis, des voisins, des collègues ou des personnes aux mêmes centres d’intérêt. Elle peut apparaître quand une personne a peu de contacts sociaux.',
        'Social loneliness is missing a wider social network: meaningful contacts with a broader circle of people such as friends, neighbours, colleagues or people with the same interests. It can arise when someone has few social contacts.',
      ),
      sources: [
        'Weiss (1973)',
        'de Jong Gierveld et al. (2018)',
        'Dykstra & Fokkema (2007)',
        'Studie 003, deel 1.4',
        'Nota 004 ‘Samen tegen eenzaamheid’, deel 1',
      ],
    },
    emotional: {
      summary: L(
        'Emotionele eenzaamheid is het gemis aan een hechte band: iemand met wie men de diepere gevoelens kan delen, zoals een partner, een beste vriend of hechte familie. Ze kan ontstaan als hechte, warme relaties ontbreken.',
        'La solitude émotionnelle est le manque d’un lien étroit : quelqu’un avec qui partager ses sentiments profonds, comme un partenaire, un meilleur ami ou une famille proche. Elle peut apparaître en l’absence de relations proches et affectueuses.',
        'Emotional loneliness is missing a close bond: someone to share your deeper feelings with, such as a partner, a best friend or close family. It can arise when close, affectionate relationships are missing.',
      ),
      sources: [
        'Weiss (1973)',
        'de Jong Gierveld et al. (2018)',
        'Dykstra & Fokkema (2007)',
        'Studie 003, deel 1.4',
        'Nota 004 ‘Samen tegen eenzaamheid’, deel 1',
      ],
    },
    existential: {
      summary: L(
        'Existentiële eenzaamheid ontstaat uit het gevoel dat het leven zin en betekenis mist; het eigen bestaan voelt willekeurig of zelfs overbodig. Vragen als ‘Waarom leef ik?’ of ‘Welke rol heb ik?’ komen op, en op oudere leeftijd kunnen gedachten over dood en sterven meespelen. Deze vorm heeft ook een positieve kant: ze kan aanzetten tot nadenken en zoeken naar betekenis.',
        'La solitude existentielle naît du sentiment que la vie manque de sens ; l’existence paraît arbitraire, voire superflue. Des questions comme « Pourquoi est-ce que je vis ? » ou « Quel est mon rôle ? » surgissent, et à un âge avancé des pensées sur la mort peuvent jouer. Cette forme a aussi un côté positif : elle peut inviter à la réflexion et à la recherche de sens.',
        'Existential loneliness comes from the feeling that life lacks purpose and meaning; your existence feels random or even superfluous. Questions like ‘Why am I alive?’ or ‘What is my role?’ come up, and in old age thoughts about death and dying may play a part. This form also has a positive side: it can prompt reflection and a search for meaning.',
      ),
      sources: [
        'Yalom (1980)',
        'Mijuskovic (1979)',
        'Karnick (2005)',
        'Bolmsjö et al. (2019)',
        'Karlsson et al. (2014)',
        'van Wijngaarden & Goossensen (2015)',
        'Studie 003, deel 1.4',
        'Nota 004 ‘Samen tegen eenzaamheid’, deel 1',
      ],
    },
    collective: {
      summary: L(
        'Collectieve eenzaamheid gaat over de verbinding met groepen: iemands ‘actieve netwerk’ (zoals school, werk of nationale identiteit) of sociale identiteit, waarmee mensen zich verbinden met gelijkaardige anderen. Mensen willen zich niet alleen met personen verbinden, maar ook met sociale groepen.',
        'La solitude collective concerne le lien avec des groupes : le « réseau actif » d’une personne (comme l’école, le travail ou l’identité nationale) ou son identité sociale, par laquelle on se relie à des personnes semblables. On veut se relier non seulement à des individus, mais aussi à des groupes sociaux.',
        'Collective loneliness is about connection with groups: a person’s ‘active network’ (such as school, work or national identity) or social identity, through which people connect with similar others. People want to connect not only with individuals but also with social groups.',
      ),
      sources: ['Cacioppo et al. (2015)', 'Studie 003, deel 1.4'],
    },
    unknown: {
      summary: L(
        'Niet geweten: uit de beschikbare informatie is niet op te maken op welke soort eenzaamheid het initiatief zich richt.',
        'Inconnu : les informations disponibles ne permettent pas de savoir quel type de solitude l’initiative vise.',
        'Unknown: the available information does not show which type of loneliness the initiative addresses.',
      ),
      sources: ['Studie 003, tabel 5'],
    },
  },

  evidence: {
    level0_implicit: {
      summary: L(
        'Geen evaluatie. Het initiatief steunt op impliciete kennis: de eigen ideeën en ervaring van professionals over welke aanpak het best past.',
        'Pas d’évaluation. L’initiative repose sur un savoir implicite : les idées et l’expérience propres des professionnels sur l’approche la plus adaptée.',
        'No evaluation. The initiative relies on implicit knowledge: professionals’ own ideas and experience about which approach fits best.',
      ),
      sources: ['van Yperen & Veerman (2008)', 'Studie 003, deel 1.10'],
    },
    level1_described: {
      summary: L(
        'Geen evaluatie, maar de aanpak is goed beschreven: zo uitgewerkt dat andere professionals hem kunnen overnemen, bijvoorbeeld met de doelgroep en de werkwijze. Er is nog geen onderzoek gedaan.',
        'Pas d’évaluation, mais l’approche est bien décrite : suffisamment détaillée pour que d’autres professionnels puissent la reprendre, par exemple avec le public cible et la méthode. Aucune recherche n’a encore été menée.',
        'No evaluation, but the approach is well described: worked out so that other professionals can take it over, for example with the target group and the method. No research has been done yet.',
      ),
      sources: ['van Yperen & Veerman (2008)', 'Studie 003, deel 1.10'],
    },
    level2_theory: {
      summary: L(
        'Geen evaluatie, maar logisch onderbouwd: naast een beschrijving is er ook een uitleg waarom de aanpak zou werken, gesteund op wetenschappelijke kennis, bijvoorbeeld een theorie. Er is nog geen onderzoek gedaan.',
        'Pas d’évaluation, mais fondée logiquement : en plus d’une description, il y a une explication de la raison pour laquelle l’approche devrait fonctionner, basée sur des connaissances scientifiques, par exemple une théorie. Aucune recherche n’a encore été menée.',
        'No evaluation, but logically founded: besides a description there is an explanation of why the approach should work, based on scientific knowledge such as a theory. No research has been done yet.',
      ),
      sources: ['van Yperen & Veerman (2008)', 'Studie 003, deel 1.10'],
    },
    level3_indicative: {
      summary: L(
        'Er is in de praktijk onderzoek gedaan naar de interventie, bijvoorbeeld of de doelgroep bereikt wordt en of de doelen gehaald worden. Dat geeft eerste aanwijzingen dat ze werkt, maar nog geen bewijs van oorzaak en gevolg.',
        'L’intervention a fait l’objet d’une recherche sur le terrain, par exemple pour savoir si le public cible est atteint et si les objectifs sont réalisés. Cela donne de premières indications qu’elle fonctionne, mais pas encore de preuve de cause à effet.',
        'The intervention has been studied in practice, for example whether it reaches the target group and whether the goals are achieved. This gives first indications that it works, but not yet proof of cause and effect.',
      ),
      sources: ['van Yperen & Veerman (2008)', 'Studie 003, deel 1.10'],
    },
    level4_causal: {
      summary: L(
        'Onderzoek heeft aangetoond dat de interventie effectief is en bovendien beter werkt dan geen of een andere interventie.',
        'La recherche a démontré que l’intervention est efficace et, de plus, qu’elle fonctionne mieux que l’absence d’intervention ou qu’une autre intervention.',
        'Research has shown that the intervention is effective and, moreover, works better than no intervention or another intervention.',
      ),
      sources: ['van Yperen & Veerman (2008)', 'Studie 003, deel 1.10'],
    },
    unknown: {
      summary: L(
        'Niet geweten: het is niet bekend of het initiatief geëvalueerd werd, of waarop het steunt. In de studie gold dat voor de meeste initiatieven (57%).',
        'Inconnu : on ne sait pas si l’initiative a été évaluée, ni sur quoi elle repose. Dans l’étude, c’était le cas de la plupart des initiatives (57 %).',
        'Unknown: it is not known whether the initiative has been evaluated, or what it is based on. In the study this was the case for most initiatives (57%).',
      ),
      sources: ['Studie 003, deel 2.2.8 (tabel 8)'],
    },
  },

  course: {
    transient: {
      summary: L(
        'Voorbijgaande eenzaamheid is tijdelijk en ontstaat vaak door (recente) omstandigheden of gebeurtenissen. Interventies leren dan vooral omgaan met emoties en sociale vaardigheden, om te voorkomen dat de eenzaamheid langdurig wordt.',
        'La solitude passagère est temporaire et naît souvent de circonstances ou d’événements (récents). Les interventions apprennent alors surtout à gérer ses émotions et les compétences sociales, pour éviter que la solitude ne devienne durable.',
        'Transient loneliness is temporary and often arises from (recent) circumstances or events. Interventions then mainly teach emotion management and social skills, to prevent the loneliness from becoming long-lasting.',
      ),
      sources: ['Eccles & Qualter (2021)', 'Qualter et al. (2015)', 'Machielse & Ariaans (2020)', 'Studie 003, deel 1.2 en 1.8'],
    },
    chronic: {
      summary: L(
        'Chronische eenzaamheid duurt lang: iemand voelt zich al vele jaren eenzaam. Interventies kunnen dan de angst en de negatieve gedachten en vooroordelen behandelen die bij langdurige eenzaamheid horen. Meer contact alleen is daarvoor niet genoeg.',
        'La solitude chronique dure longtemps : la personne se sent seule depuis de nombreuses années. Les interventions peuvent alors traiter l’anxiété et les pensées et préjugés négatifs qui accompagnent la solitude durable. Davantage de contacts ne suffit pas à eux seuls.',
        'Chronic loneliness lasts a long time: someone has felt lonely for many years. Interventions can then treat the anxiety and the negative thoughts and biases that come with long-lasting loneliness. More contact alone is not enough.',
      ),
      sources: ['Eccles & Qualter (2021)', 'Cacioppo et al. (2015)', 'Machielse & Ariaans (2020)', 'Studie 003, deel 1.1.4, 1.2 en 1.8'],
    },
    both: {
      summary: L(
        'Het initiatief richt zich zowel op voorbijgaande als op chronische eenzaamheid.',
        'L’initiative vise à la fois la solitude passagère et la solitude chronique.',
        'The initiative addresses both transient and chronic loneliness.',
      ),
      sources: ['Studie 003, deel 1.8'],
    },
    unknown: {
      summary: L(
        'Niet geweten: het initiatief maakt geen onderscheid tussen voorbijgaande en chronische eenzaamheid, of dat is niet bekend. De meeste interventies worden beschreven zonder dat onderscheid.',
        'Inconnu : l’initiative ne distingue pas la solitude passagère de la solitude chronique, ou on ne le sait pas. La plupart des interventions sont décrites sans cette distinction.',
        'Unknown: the initiative does not distinguish between transient and chronic loneliness, or this is not known. Most interventions are described without that distinction.',
      ),
      sources: ['Crowe et al. (2022)', 'Studie 003, deel 1.8'],
    },
  },

  approach: {
    self_unaided: {
      summary: L(
        'De eenzame persoon gaat zelf, zonder hulp, nieuwe relaties aan of maakt bestaande relaties betekenisvoller, bijvoorbeeld door mee te doen in verenigingen en clubs of door vrijwilligerswerk. Een goede gezondheid helpt daarbij; voor iemand met een beperking is deze weg meestal te zwaar.',
        'La personne seule noue elle-même, sans aide, de nouvelles relations ou rend des relations existantes plus significatives, par exemple en participant à des associations et des clubs ou en faisant du bénévolat. Une bonne santé aide ; pour une personne avec un handicap, cette voie est le plus souvent trop lourde.',
        'The lonely person makes new relationships or makes existing ones more meaningful on their own, without help, for example by joining organisations and clubs or by volunteering. Good health helps; for someone with a disability this route is usually too demanding.',
      ),
      sources: ['de Jong-Gierveld & van Tilburg (2022)', 'Studie 003, deel 1.9'],
    },
    self_supported: {
      summary: L(
        'De persoon pakt het zelf aan, maar met hulp van buitenaf, bijvoorbeeld door een cursus te volgen om meer grip op het eigen leven te krijgen of om sociale vaardigheden te verbeteren.',
        'La personne agit elle-même, mais avec une aide extérieure, par exemple en suivant un cours pour avoir plus de prise sur sa vie ou pour améliorer ses compétences sociales.',
        'The person takes action themselves, but with outside help, for example by taking a course to gain more control over their life or to improve social skills.',
      ),
      sources: ['de Jong-Gierveld & van Tilburg (2022)', 'Studie 003, deel 1.9'],
    },
    organised: {
      summary: L(
        'De persoon doet mee aan een interventie die een organisatie opzet en aanbiedt, zoals een georganiseerde ontmoeting met een maaltijd of een sociaal-cognitieve training. Men gaat ervan uit dat de persoon een activiteit kiest die past bij zijn of haar wensen; er is meestal weinig ruimte voor een eigen aanpak.',
        'La personne participe à une intervention mise en place et proposée par une organisation, comme une rencontre organisée autour d’un repas ou un entraînement socio-cognitif. On suppose qu’elle choisit une activité adaptée à ses souhaits ; il y a généralement peu de place pour une démarche personnelle.',
        'The person takes part in an intervention set up and offered by an organisation, such as an organised meeting with a meal or social cognitive training. It is assumed that the person chooses an activity that suits their wishes; there is usually little room for their own approach.',
      ),
      sources: ['de Jong-Gierveld & van Tilburg (2022)', 'Studie 003, deel 1.9'],
    },
  },
};
