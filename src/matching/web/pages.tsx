/**
 * /{lang}/matches: the professionals' page. A GET form (works without JavaScript; a link can
 * prefill it, e.g. from a screening result) and the ranked initiatives as a list, each with why it
 * fits and what does not, in plain words. The same schema as the API validates the form: a wrong
 * value is a 400 naming the field. Nothing is stored.
 */
import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../web/render.js';
import { href, usePage } from '../../web/page-context.js';
import { parseOrThrow } from '../../platform/problem.js';
import { formatDate, formatNumber } from '../../platform/format.js';
import { AXES, findCode, type Lang } from '../../vocabulary/matrix.js';
import { PLACE, type MessageKey, type Translate } from '../../i18n/index.js';
import { Cited } from '../../ui/Cited.js';
import { formToRequest, matchRequestSchema, PERSON_AGE_GROUPS, type MatchRequest } from '../request.js';
import { MODES } from '../facts.js';
import { LANGUAGES } from '../../initiatives/access.js';
import { RULES } from '../rules.js';
import { languageName } from '../languages.js';
import type { MatchItem, Reason, FitCode, MissCode } from '../match.js';
import { findMatches, type Matches } from '../service/index.js';
import { SelectField } from '../../ui/form-fields.js';
import { choosableMunicipalities } from '../../areas/service/choosable.js';

/** Languages offered as checkboxes: those initiatives can record (the access model's list, with its sources). */
const FORM_LANGUAGES: readonly string[] = LANGUAGES;

const elementLabel = (code: string, lang: Lang) => findCode('elements', code)?.label[lang] ?? code;
const list = (xs: string[], lang: Lang) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(xs);

function fitText(r: Reason<FitCode>, t: Translate, lang: Lang, place: string, date: (d?: string) => string): string {
  switch (r.code) {
    case 'area_local':
    case 'area_wider':
      return t(`matches.fit.${r.code}`, { place });
    case 'age_group':
      return t('matches.fit.age_group', { group: findCode('age_groups', r.values[0]!)?.label[lang] ?? r.values[0] });
    case 'elements':
      return t('matches.fit.elements', { elements: list(r.values.map((e) => elementLabel(e, lang)), lang) });
    case 'evidence':
      return t('matches.fit.evidence', { level: findCode('evidence', r.values[0]!)?.label[lang] ?? r.values[0] });
    case 'languages':
      return t('matches.fit.languages', { languages: list(r.values.map((l) => languageName(l, lang)), lang) });
    case 'modes':
      return t('matches.fit.modes', { modes: list(r.values.map((m) => t(`matches.mode.${m}` as MessageKey)), lang) });
    case 'capacity':
      return t('matches.fit.capacity', { date: date(r.values[1]) });
    default:
      return t(`matches.fit.${r.code}`);
  }
}

function missText(r: Reason<MissCode>, t: Translate, lang: Lang, date: (d?: string) => string): string {
  switch (r.code) {
    case 'elements':
      return t('matches.miss.elements', { elements: list(r.values.map((e) => elementLabel(e, lang)), lang) });
    case 'evidence':
      return t('matches.miss.evidence', { level: findCode('evidence', r.values[0]!)?.label[lang] ?? r.values[0] });
    case 'capacity':
      return t(r.values[0] === 'full' ? 'matches.miss.capacity.full' : 'matches.miss.capacity.waitlist', { date: date(r.values[1]) });
    case 'capacity_unconfirmed':
      return t('matches.miss.capacity_unconfirmed', { date: date(r.values[1]) });
    default:
      return t(`matches.miss.${r.code}`);
  }
}

function Checkboxes({ name, legend, hint, options, checked }: { name: string; legend: string; hint?: string; options: { value: string; label: string }[]; checked: readonly string[] }) {
  return (
    <fieldset className="question">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <ul className="checks">
        {options.map((o) => (
          <li key={o.value}>
            <input type="checkbox" id={`m-${name}-${o.value}`} name={name} value={o.value} defaultChecked={checked.includes(o.value)} />
            <label htmlFor={`m-${name}-${o.value}`}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function MatchForm({ req, places }: { req: MatchRequest; places: { code: string; name: string }[] }) {
  const { lang, t } = usePage();
  const languages = [...FORM_LANGUAGES, ...(req.languages ?? []).filter((l) => !FORM_LANGUAGES.includes(l))];
  return (
    <form method="get" action={href(lang, '/matches')} className="match-form">
      <h2>{t('matches.form.title')}</h2>
      <SelectField
        id="m-municipality"
        name="municipality"
        label={t('matches.form.municipality')}
        value={req.municipality ?? ''}
        options={[
          { value: '', label: t('matches.form.notGiven') },
          // A code the list does not know is kept as it was asked, so the form sends it again.
          ...(req.municipality && !places.some((p) => p.code === req.municipality) ? [{ value: req.municipality, label: req.municipality }] : []),
          ...places.map((m) => ({ value: m.code, label: m.name })),
        ]}
      />
      <SelectField
        id="m-age_group"
        name="age_group"
        label={t('matches.form.age')}
        value={req.age_group ?? ''}
        options={[{ value: '', label: t('matches.form.notGiven') }, ...PERSON_AGE_GROUPS.map((c) => ({ value: c, label: findCode('age_groups', c)!.label[lang] }))]}
      />
      <details open={!!req.elements?.length}>
        <summary>{t('matches.form.elements')}</summary>
        <Checkboxes
          name="elements"
          legend={t('matches.form.elements')}
          hint={t('matches.form.elementsHint')}
          options={AXES.elements.codes.filter((c) => c.code !== 'other').map((c) => ({ value: c.code, label: `${c.label[lang]}${c.effective ? ' *' : ''}` }))}
          checked={req.elements ?? []}
        />
      </details>
      <Checkboxes name="languages" legend={t('matches.form.languages')} options={languages.map((l) => ({ value: l, label: languageName(l, lang) }))} checked={req.languages ?? []} />
      <Checkboxes name="modes" legend={t('matches.form.modes')} options={MODES.map((m) => ({ value: m, label: t(`matches.mode.${m}`) }))} checked={req.modes ?? []} />
      <fieldset className="question">
        <legend>{t('matches.form.other')}</legend>
        <ul className="checks">
          {(
            [
              ['free_only', 'matches.form.free'],
              ['wheelchair', 'matches.form.wheelchair'],
              ['include_full', 'matches.form.includeFull'],
            ] as const
          ).map(([name, label]) => (
            <li key={name}>
              <input type="checkbox" id={`m-${name}`} name={name} value="true" defaultChecked={req[name] === true} />
              <label htmlFor={`m-${name}`}>{t(label)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit">{t('matches.form.submit')}</button>
      <p className="hint">{t('matches.stored')}</p>
    </form>
  );
}

function ItemView({ item, place }: { item: MatchItem; place: string }) {
  const { lang, t } = usePage();
  const date = (d?: string) => (d ? formatDate(`${d}T12:00:00Z`, lang) : t('matches.dateUnknown'));
  const id = `match-${item.initiative_id}`;
  return (
    <li>
      <h3 id={id}>
        <a href={href(lang, `/initiatives/${encodeURIComponent(item.initiative_id)}`)}>{item.name}</a>
      </h3>
      {item.organisation && item.organisation !== item.name && <p className="muted">{item.organisation}</p>}
      {item.distance_km !== undefined && <p>{t('matches.distance', { km: formatNumber(item.distance_km, lang, { maximumFractionDigits: 1 }), place })}</p>}
      <div className="reasons">
        <div>
          <h4>{t('matches.fits')}</h4>
          <ul className="fits">
            {item.fits.map((r) => (
              <li key={r.code}>{fitText(r, t, lang, place, date)}</li>
            ))}
          </ul>
        </div>
        {item.misses.length > 0 && (
          <div>
            <h4>{t('matches.misses')}</h4>
            <ul className="misses">
              {item.misses.map((r) => (
                <li key={r.code}>{missText(r, t, lang, date)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <p className="hint">{t('matches.score', { score: item.score })}</p>
    </li>
  );
}

function RulesView() {
  const { lang, t } = usePage();
  return (
    <details className="match-rules">
      <summary>{t('matches.rules.title')}</summary>
      <p>{t('matches.rules.lead')}</p>
      <ul className="rules">
        {RULES.map((r) => (
          <li key={r.id}>
            <strong>{r.kind === 'requirement' ? t('matches.rules.requirement') : t('matches.rules.points', { weight: r.weight, unit: r.unit?.[lang] ?? '' })}</strong>: {r.rewards[lang]} {r.why[lang]}{' '}
            <span className="muted">
              <Cited message={t('matches.rules.source', { citation: PLACE })} citation={r.citation} lang={lang} />
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function MatchesPage({ req, asked, result, places, place }: { req: MatchRequest; asked: boolean; result: Matches | null; places: { code: string; name: string }[]; place: string }) {
  const { t } = usePage();
  return (
    <div className="matching">
      <h1>{t('matches.title')}</h1>
      <p className="lead">{t('matches.lead')}</p>
      <p className="notice">{t('matches.care')}</p>
      <MatchForm req={req} places={places} />
      {asked && result && (
        <section aria-labelledby="matches-results">
          <h2 id="matches-results">{t('matches.results', { total: result.total })}</h2>
          {result.total === 0 ? <p>{t('matches.none')}</p> : result.items.length < result.total && <p>{t('matches.results.shown', { shown: result.items.length })}</p>}
          {req.municipality && !result.distances && <p className="muted">{t('matches.noDistance')}</p>}
          <ol className="results matches">
            {result.items.map((i) => (
              <ItemView key={i.initiative_id} item={i} place={place} />
            ))}
          </ol>
        </section>
      )}
      <RulesView />
    </div>
  );
}

export async function registerMatchingPages(app: FastifyInstance): Promise<void> {
  app.get('/:lang(nl|fr|en)/matches', async (req, reply) => {
    const query = req.query as Record<string, unknown>;
    const request = parseOrThrow(matchRequestSchema, formToRequest(query));
    const asked = Object.keys(query).length > 0;
    const result = asked ? await findMatches(app.database, request) : null;
    const places = await choosableMunicipalities(app.database.db, req.lang);
    const place = request.municipality ? (places.find((p) => p.code === request.municipality)?.name ?? request.municipality) : '';
    return sendPage(req, reply, { title: req.t('matches.title'), description: req.t('matches.lead'), noindex: asked }, <MatchesPage req={request} asked={asked} result={result} places={places} place={place} />);
  });
}
