/**
 * Pages of the screening capability: /{lang}/screening (one-page form for
 * professionals) and its result, /{lang}/self-check (anonymous) and its
 * result, /{lang}/personas. Forms post to a result page and nothing is
 * stored: no row, no cookie, no answer in a log (the logger never sees
 * bodies). Everything works without JavaScript.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from '../../web/render.js';
import { usePage, href } from '../../web/page-context.js';
import { INSTRUMENTS, type InstrumentId } from '../instruments.js';
import { DURATIONS, LIFE_EVENTS, MA_QUESTIONS, MA_WORDING } from '../profile.js';
import { evaluate, fromProfileInput, knowledgeBankLink, type Evaluation } from '../evaluate.js';
import { PERSONAS } from '../personas.js';
import { chosenInstruments, PERSON_AGE_GROUPS, PERSON_RISK_FACTORS, readScreeningForm } from './form.js';
import { AdviceView, CareNote, CrisisNumbers, ElementLink, InstrumentQuestions, MunicipalitySelect, NearbyList, PrintNote, ProfileView, ScoresTable } from './components.js';
import { municipalities, municipalityName, nearbyInitiatives, nearbySource, type NearbyInitiative } from '../service/index.js';
import { findCode } from '../../vocabulary/matrix.js';
import { matchesLink } from '../../matching/link.js';
import { PLACE, type Translate } from '../../i18n/index.js';
import { Cited } from '../../ui/Cited.js';
import { TYPE_SHARES, type SocialType } from '../profile.js';
import { SelectField } from '../../ui/form-fields.js';

const typeText = (t: Translate, type: SocialType | 'not_determined') =>
  t(`screening.typology.type.${type}`, type === 'not_determined' ? {} : { share: TYPE_SHARES[type] });

const LONELINESS: readonly InstrumentId[] = ['djg11', 'djg6', 'ucla3', 'ons_direct'];
const NETWORK: readonly InstrumentId[] = ['lsns6', 'oslo3'];
const DEFAULT_CHOICE: readonly InstrumentId[] = ['djg6', 'lsns6'];

/** Result pages are answers to a POST: never cached, never indexed. */
function privatePage(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

function Radios({ name, legend, options, hint }: { name: string; legend: string; options: { value: string; label: string }[]; hint?: string }) {
  return (
    <fieldset className="question">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <ul className="choices">
        {options.map((o) => (
          <li key={o.value}>
            <input type="radio" id={`f-${name}-${o.value}`} name={name} value={o.value} />
            <label htmlFor={`f-${name}-${o.value}`}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Checks({ name, legend, options }: { name: string; legend: string; options: { value: string; label: string }[] }) {
  return (
    <fieldset className="question">
      <legend>{legend}</legend>
      <ul className="checks">
        {options.map((o) => (
          <li key={o.value}>
            <input type="checkbox" id={`f-${name}-${o.value}`} name={name} value={o.value} />
            <label htmlFor={`f-${name}-${o.value}`}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function ScreeningFormPage({ chosen, scale, places }: { chosen: InstrumentId[]; scale: 3 | 5; places: { code: string; name: string }[] }) {
  const { lang, t } = usePage();
  const ageOptions = PERSON_AGE_GROUPS.map((c) => ({ value: c, label: findCode('age_groups', c)!.label[lang] }));
  return (
    <div className="screening">
      <h1>{t('screening.title')}</h1>
      <p className="lead">{t('screening.lead')}</p>
      <CareNote />
      <form method="get" action={href(lang, '/screening')} className="choose">
        <fieldset>
          <legend>{t('screening.choose.title')}</legend>
          {([['loneliness', LONELINESS], ['network', NETWORK]] as const).map(([group, ids]) => (
            <fieldset key={group} className="question">
              <legend>{t(`screening.choose.${group}`)}</legend>
              <ul className="checks">
                {ids.map((id) => (
                  <li key={id}>
                    <input type="checkbox" id={`c-${id}`} name="instruments" value={id} defaultChecked={chosen.includes(id)} />
                    <label htmlFor={`c-${id}`}>{INSTRUMENTS[id].name[lang]}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <fieldset className="question">
            <legend>{t('screening.choose.scale')}</legend>
            <ul className="choices">
              {([3, 5] as const).map((s) => (
                <li key={s}>
                  <input type="radio" id={`c-scale-${s}`} name="scale" value={s} defaultChecked={scale === s} />
                  <label htmlFor={`c-scale-${s}`}>{t(`screening.choose.scale${s}`)}</label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button type="submit" className="secondary">
            {t('screening.choose.submit')}
          </button>
        </fieldset>
      </form>

      <form method="post" action={href(lang, '/screening/result')} className="screening-form">
        {chosen.map((id) => (
          <InstrumentQuestions key={id} id={id} scale={scale} />
        ))}
        {chosen.includes('djg11') && (
          <Radios name="djg_threshold" legend={t('screening.threshold')} options={[{ value: '3', label: t('screening.threshold.3') }, { value: '2', label: t('screening.threshold.2') }]} />
        )}
        <section aria-labelledby="person-title">
          <h2 id="person-title">{t('screening.person.title')}</h2>
          <SelectField id="f-age_group" name="age_group" label={t('screening.person.age')} value="" options={[{ value: '', label: t('screening.notGiven') }, ...ageOptions]} />
          <MunicipalitySelect name="municipality" label={t('screening.person.municipality')} hint={t('screening.person.hint')} options={places} />
        </section>
        <section aria-labelledby="profile-q-title">
          <h2 id="profile-q-title">{t('screening.profile.title')}</h2>
          <Radios name="duration" legend={t('screening.duration')} options={DURATIONS.map((d) => ({ value: d, label: t(`screening.duration.${d}`) }))} />
          <Checks name="life_events" legend={t('screening.events')} options={LIFE_EVENTS.map((e) => ({ value: e, label: t(`screening.event.${e}`) }))} />
          <h3>{t('screening.ma.title')}</h3>
          {(Object.keys(MA_QUESTIONS) as (keyof typeof MA_QUESTIONS)[]).map((q) => (
            <fieldset key={q} className="question">
              <legend>{MA_WORDING.question[q][lang]}</legend>
              <ul className="choices stacked">
                {MA_QUESTIONS[q].map((v) => (
                  <li key={v}>
                    <input type="radio" id={`f-ma-${v}`} name={`ma_${q}`} value={v} />
                    <label htmlFor={`f-ma-${v}`}>
                      <strong>{t(`screening.ma.${v}`)}</strong>: {MA_WORDING.answer[v][lang]}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <Checks name="risk_factors" legend={t('screening.risks')} options={PERSON_RISK_FACTORS.map((c) => ({ value: c, label: findCode('risk_factors', c)!.label[lang] }))} />
          <Radios name="existential" legend={t('screening.existential')} hint={t('screening.existential.hint')} options={[{ value: 'yes', label: t('screening.existential.yes') }, { value: 'no', label: t('screening.existential.no') }]} />
        </section>
        <p className="hint">{t('screening.stored')}</p>
        <button type="submit">{t('screening.submit')}</button>
      </form>
      <p>
        <a href={href(lang, '/personas')}>{t('screening.personasLink')}</a>
      </p>
    </div>
  );
}

function ScreeningResultPage({ evaluation, bankLink, matches, nearby, place }: { evaluation: Evaluation; bankLink: string; matches: string; nearby: NearbyInitiative[] | null; place: string | undefined }) {
  const { lang, t } = usePage();
  const any = Object.keys(evaluation.results).length > 0;
  return (
    <div className="screening result">
      <h1>{t('screening.result.title')}</h1>
      <CareNote />
      <PrintNote />
      {!any && <p className="notice">{t('screening.result.noInstrument')}</p>}
      {any && (
        <section aria-labelledby="scores-title">
          <h2 id="scores-title">{t('screening.scores.title')}</h2>
          <ScoresTable results={evaluation.results} />
        </section>
      )}
      <ProfileView evaluation={evaluation} />
      <AdviceView evaluation={evaluation} bankLink={bankLink} matchesLink={matches} />
      {nearby && place && <NearbyList items={nearby} place={place} />}
      <CrisisNumbers />
      <p className="no-print">
        <a href={href(lang, '/screening')}>{t('screening.result.again')}</a>
      </p>
    </div>
  );
}

function SelfCheckPage({ instrument, places }: { instrument: 'ucla3' | 'djg6'; places: { code: string; name: string }[] }) {
  const { lang, t } = usePage();
  return (
    <div className="screening self-check">
      <h1>{t('selfcheck.title')}</h1>
      <p className="lead">{t('selfcheck.lead')}</p>
      <CrisisNumbers />
      <nav aria-label={t('selfcheck.choose')} className="choose">
        <p>{t('selfcheck.choose')}</p>
        <ul className="plain">
          {(['ucla3', 'djg6'] as const).map((id) => (
            <li key={id}>
              {id === instrument ? (
                <span aria-current="true">
                  <strong>{t(id === 'ucla3' ? 'selfcheck.short' : 'selfcheck.longer')}</strong>
                </span>
              ) : (
                <a href={href(lang, `/self-check?instrument=${id}`)}>{t(id === 'ucla3' ? 'selfcheck.short' : 'selfcheck.longer')}</a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <form method="post" action={href(lang, '/self-check/result')}>
        <InstrumentQuestions id={instrument} scale={3} />
        <section aria-labelledby="direct-title">
          <h2 id="direct-title">{t('selfcheck.direct')}</h2>
          <InstrumentQuestions id="ons_direct" headingLevel={3} />
        </section>
        <section aria-labelledby="about-title">
          <h2 id="about-title">{t('selfcheck.about')}</h2>
          <SelectField id="f-age_group" name="age_group" label={t('selfcheck.age')} value="" options={[{ value: '', label: t('screening.notGiven') }, ...PERSON_AGE_GROUPS.map((c) => ({ value: c, label: findCode('age_groups', c)!.label[lang] }))]} />
          <MunicipalitySelect name="municipality" label={t('selfcheck.municipality')} hint={t('selfcheck.municipality.hint')} options={places} />
        </section>
        <button type="submit">{t('selfcheck.submit')}</button>
      </form>
    </div>
  );
}

function SelfCheckResultPage({ evaluation, bankLink, nearby, place }: { evaluation: Evaluation; bankLink: string; nearby: NearbyInitiative[] | null; place: string | undefined }) {
  const { lang, t } = usePage();
  const lonely = evaluation.profile.typology.lonely;
  return (
    <div className="screening result">
      <h1>{t('selfcheck.result.title')}</h1>
      <p className="lead">{t(lonely === null ? 'selfcheck.result.unknown' : lonely ? 'selfcheck.result.lonely' : 'selfcheck.result.notLonely')}</p>
      <p className="notice care-note">{t('selfcheck.result.care')}</p>
      <CrisisNumbers />
      <AdviceView evaluation={evaluation} bankLink={bankLink} simple />
      {nearby && place && <NearbyList items={nearby} place={place} />}
      <details className="no-print-details">
        <summary>{t('screening.scores.title')}</summary>
        <ScoresTable results={evaluation.results} />
      </details>
      <PrintNote />
      <p className="no-print">
        <a href={href(lang, '/self-check')}>{t('selfcheck.result.again')}</a>
      </p>
    </div>
  );
}

interface PersonaView {
  id: string;
  evaluation: Evaluation;
  fits: NearbyInitiative[] | null;
  missing: string[] | null;
}

function PersonasPage({ views, places, area, place }: { views: PersonaView[]; places: { code: string; name: string }[]; area: string | undefined; place: string | undefined }) {
  const { lang, t } = usePage();
  return (
    <div className="screening personas">
      <h1>{t('personas.title')}</h1>
      <p className="lead">{t('personas.lead')}</p>
      <CareNote />
      <form method="get" action={href(lang, '/personas')} className="choose">
        <MunicipalitySelect name="area" label={t('personas.area')} options={places} value={area} />
        <button type="submit" className="secondary">
          {t('personas.show')}
        </button>
      </form>
      {!area && <p>{t('personas.chooseArea')}</p>}
      {views.map((v) => {
        const persona = PERSONAS.find((p) => p.id === v.id)!;
        return (
          <section key={v.id} className="persona" aria-labelledby={`p-${v.id}`}>
            <h2 id={`p-${v.id}`}>{persona.name[lang]}</h2>
            <p>{persona.description[lang]}</p>
            <p className="hint">{t('personas.source', { source: persona.source })}</p>
            <p>
              <strong>{typeText(t, v.evaluation.profile.typology.type)}</strong>
            </p>
            <h3>{t('screening.help.title')}</h3>
            <ul>
              {v.evaluation.advice.elements.map((code) => (
                <li key={code}>
                  <ElementLink code={code} />
                </li>
              ))}
            </ul>
            <ul className="rules">
              {v.evaluation.advice.rules.map((r) => (
                <li key={r.id}>
                  {r.why[lang]}{' '}
                  <span className="muted">
                    <Cited message={t('screening.source', { citation: PLACE })} citation={r.citation} lang={lang} />
                  </span>
                </li>
              ))}
            </ul>
            {v.fits && place && (
              <>
                <h3>{v.fits.length ? t('personas.fits', { place }) : t('personas.fitsNone', { place })}</h3>
                {v.fits.length > 0 && (
                  <ul>
                    {v.fits.map((i) => (
                      <li key={i.id}>
                        <a href={href(lang, `/initiatives/${encodeURIComponent(i.id)}`)}>{i.name}</a>
                        {i.coverage === 'wider' ? ` — ${t('screening.nearby.wider')}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
                <h3>{t('personas.missing')}</h3>
                {v.missing && v.missing.length ? (
                  <ul>
                    {v.missing.map((code) => (
                      <li key={code}>
                        <ElementLink code={code} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t('personas.missingNone')}</p>
                )}
              </>
            )}
          </section>
        );
      })}
      <p>
        <a href={href(lang, '/monitor')}>{t('personas.monitor')}</a>
      </p>
    </div>
  );
}

const firstOf = (v: unknown): string | undefined => (Array.isArray(v) ? v[0] : typeof v === 'string' ? v : undefined);

export async function registerScreeningPages(app: FastifyInstance): Promise<void> {
  const db = () => app.database.db;

  app.get('/:lang(nl|fr|en)/screening', async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const chosen = chosenInstruments(q.instruments, DEFAULT_CHOICE);
    const scale = firstOf(q.scale) === '5' ? 5 : 3;
    const places = await municipalities(db(), req.lang);
    return sendPage(req, reply, { title: req.t('screening.title'), description: req.t('screening.lead') }, <ScreeningFormPage chosen={chosen} scale={scale} places={places} />);
  });

  app.post('/:lang(nl|fr|en)/screening/result', async (req, reply) => {
    const input = readScreeningForm(req.body);
    const evaluation = evaluate(input);
    const bankLink = knowledgeBankLink(req.lang, evaluation.advice.elements, input.ageGroup, input.municipality);
    const matches = matchesLink(req.lang, evaluation.advice.elements, input.ageGroup, input.municipality);
    const nearby = await nearbyInitiatives(app.database, input.municipality, evaluation.advice.elements, input.ageGroup);
    const place = await municipalityName(db(), input.municipality, req.lang);
    privatePage(reply);
    return sendPage(req, reply, { title: req.t('screening.result.title'), noindex: true }, <ScreeningResultPage evaluation={evaluation} bankLink={bankLink} matches={matches} nearby={nearby} place={place} />);
  });

  app.get('/:lang(nl|fr|en)/self-check', async (req, reply) => {
    const instrument = firstOf((req.query as Record<string, unknown>).instrument) === 'djg6' ? 'djg6' : 'ucla3';
    const places = await municipalities(db(), req.lang);
    return sendPage(req, reply, { title: req.t('selfcheck.title'), description: req.t('selfcheck.lead') }, <SelfCheckPage instrument={instrument} places={places} />);
  });

  app.post('/:lang(nl|fr|en)/self-check/result', async (req, reply) => {
    const input = readScreeningForm(req.body);
    // The self-check asks only these; anything else in the form is ignored.
    const answers = Object.fromEntries(Object.entries(input.answers).filter(([id]) => id === 'ucla3' || id === 'djg6' || id === 'ons_direct'));
    const evaluation = evaluate({ answers, ageGroup: input.ageGroup, municipality: input.municipality });
    const bankLink = knowledgeBankLink(req.lang, evaluation.advice.elements, input.ageGroup, input.municipality);
    const nearby = await nearbyInitiatives(app.database, input.municipality, evaluation.advice.elements, input.ageGroup);
    const place = await municipalityName(db(), input.municipality, req.lang);
    privatePage(reply);
    return sendPage(req, reply, { title: req.t('selfcheck.result.title'), noindex: true }, <SelfCheckResultPage evaluation={evaluation} bankLink={bankLink} nearby={nearby} place={place} />);
  });

  // The language switcher on a result page leads here: back to the form.
  for (const path of ['screening', 'self-check'] as const) {
    app.get(`/:lang(nl|fr|en)/${path}/result`, async (req: FastifyRequest, reply) => reply.redirect(`/${req.lang}/${path}`, 303));
  }

  app.get('/:lang(nl|fr|en)/personas', async (req, reply) => {
    const rawArea = firstOf((req.query as Record<string, unknown>).area);
    const area = rawArea && /^\d{5}$/.test(rawArea) ? rawArea : undefined;
    const places = await municipalities(db(), req.lang);
    const place = await municipalityName(db(), area, req.lang);
    const views: PersonaView[] = [];
    for (const p of PERSONAS) {
      const evaluation = fromProfileInput(p.input);
      let fits: NearbyInitiative[] | null = null;
      let missing: string[] | null = null;
      if (area) {
        fits = await nearbySource.serving(app.database, { municipality: area, elements: evaluation.advice.elements, ageGroup: p.input.ageGroup, limit: 5 });
        const offered = await nearbySource.offeredIn(app.database, area, evaluation.advice.elements);
        missing = evaluation.advice.elements.filter((e) => !offered.has(e));
      }
      views.push({ id: p.id, evaluation, fits, missing });
    }
    return sendPage(req, reply, { title: req.t('personas.title'), description: req.t('personas.lead') }, <PersonasPage views={views} places={places} area={area} place={place} />);
  });
}
