/** Shared pieces of the screening pages: the care note, crisis numbers, an instrument's questions, and a result. */
import type { ReactNode } from 'react';
import { PLACE, type MessageKey, type Translate } from '../../i18n/index.js';
import { Cited } from '../../ui/Cited.js';
import { usePage, href } from '../../web/page-context.js';
import { INSTRUMENTS, type InstrumentId } from '../instruments.js';
import { DJG_THREE_POINT } from '../instruments.js';
import type { ScoreResult } from '../scoring.js';
import type { Evaluation } from '../evaluate.js';
import { MA_SOURCE, MA_WORDING, TYPE_SHARES, TYPOLOGY_SOURCE, type MachielseAriaans } from '../profile.js';
import { findCode } from '../../vocabulary/matrix.js';
import type { NearbyInitiative } from '../service/index.js';
import { SelectField } from '../../ui/form-fields.js';

export function CareNote() {
  const { t } = usePage();
  return (
    <p className="notice care-note">
      <strong>{t('screening.care')}</strong>
    </p>
  );
}

export function CrisisNumbers() {
  const { t } = usePage();
  return (
    <section className="crisis" aria-labelledby="crisis-title">
      <h2 id="crisis-title">{t('screening.crisis.title')}</h2>
      <ul>
        <li>{t('screening.crisis.teleOnthaal')}</li>
        <li>{t('screening.crisis.teleAccueil')}</li>
        <li>{t('screening.crisis.suicide')}</li>
      </ul>
    </section>
  );
}

export function WordingNote({ id }: { id: InstrumentId }) {
  const { lang, t } = usePage();
  const w = INSTRUMENTS[id].wordingSources[lang];
  return <p className="hint">{w.kind === 'source' ? <Cited message={t('screening.wording.source', { citation: PLACE })} citation={w.citation} lang={lang} /> : t('screening.wording.working')}</p>;
}

/** One instrument's questions as radio groups (no JavaScript needed). */
export function InstrumentQuestions({ id, scale = 3, headingLevel = 2, showSource = true }: { id: InstrumentId; scale?: 3 | 5; headingLevel?: 2 | 3; showSource?: boolean }) {
  const { lang, t } = usePage();
  const ins = INSTRUMENTS[id];
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="instrument" aria-labelledby={`ins-${id}`}>
      <H id={`ins-${id}`}>{ins.name[lang]}</H>
      {ins.instruction && <p>{ins.instruction[lang]}</p>}
      <WordingNote id={id} />
      {ins.items.map((item) => {
        const options = ins.scales && scale === 3 ? item.options.filter((o) => (DJG_THREE_POINT as readonly (string | number)[]).includes(o.code)) : item.options;
        return (
          <div key={item.id}>
            {item.preamble && <p className="preamble">{item.preamble[lang]}</p>}
            <fieldset className="question">
              <legend>
                <span className="qnum">{item.id}.</span> {item.text[lang]}
              </legend>
              <ul className="choices">
                {options.map((o) => {
                  const fid = `a-${id}-${item.id}-${o.code}`;
                  return (
                    <li key={String(o.code)}>
                      <input type="radio" id={fid} name={`a.${id}.${item.id}`} value={String(o.code)} />
                      <label htmlFor={fid}>{o.label[lang]}</label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          </div>
        );
      })}
      {showSource && (
        <p className="hint">
          <Cited message={t('screening.source', { citation: PLACE })} citation={ins.citation} lang={lang} />
        </p>
      )}
    </section>
  );
}

export function MunicipalitySelect({ name, label, hint, options, value }: { name: string; label: string; hint?: string; options: { code: string; name: string }[]; value?: string | undefined }) {
  const { t } = usePage();
  return <SelectField id={`f-${name}`} name={name} label={label} hint={hint} value={value ?? ''} options={[{ value: '', label: t('screening.notGiven') }, ...options.map((m) => ({ value: m.code, label: m.name }))]} />;
}

export function ElementLink({ code }: { code: string }) {
  const { lang } = usePage();
  const c = findCode('elements', code);
  return (
    <a href={href(lang, `/matrix/elements/${code}`)}>
      {c?.label[lang] ?? code}
      {c?.effective ? ' *' : ''}
    </a>
  );
}

function bandText(t: Translate, r: ScoreResult): string {
  return r.band === null ? t('screening.scores.tooMany') : t(`screening.band.${r.band}` as MessageKey);
}

/** One card per instrument (a table of four columns does not fit a phone): score, outcome, subscales, rule and source. */
export function ScoresTable({ results }: { results: Evaluation['results'] }) {
  const { lang, t } = usePage();
  const ids = (Object.keys(results) as InstrumentId[]).filter((id) => results[id]);
  return (
    <div className="score-cards">
      {ids.map((id) => {
        const r = results[id]!;
        return (
          <section key={id} className="score-card" aria-labelledby={`score-${id}`}>
            <h3 id={`score-${id}`}>{INSTRUMENTS[id].name[lang]}</h3>
            <dl>
              <div>
                <dt>{t('screening.scores.band')}</dt>
                <dd>
                  {r.positive ? <strong>{bandText(t, r)}</strong> : bandText(t, r)}
                  {r.missing.length > 0 && <span className="hint"> {t('screening.scores.missing', { items: r.missing.join(', ') })}</span>}
                </dd>
              </div>
              {r.min !== null && (
                <div>
                  <dt>{t('screening.scores.score')}</dt>
                  <dd>{r.score === null ? t('screening.scores.noScore') : t('screening.scores.range', { score: r.score, min: r.min, max: r.max })}</dd>
                </div>
              )}
              {r.subscales &&
                Object.entries(r.subscales).map(([name, s]) => (
                  <div key={name}>
                    <dt>{t(`screening.scores.sub.${name as 'emotional' | 'social' | 'family' | 'friends'}`)}</dt>
                    <dd>
                      {s.score === null ? t('screening.scores.noScore') : s.score}
                      {s.positive !== undefined && s.positive !== null ? ` (${s.positive ? t('screening.scores.subPositive') : t('screening.scores.subNegative')})` : ''}
                    </dd>
                  </div>
                ))}
            </dl>
            <p className="hint">
              {t('screening.scores.rule')}: {INSTRUMENTS[id].scoringRule[lang]} <Cited message={t('screening.source', { citation: PLACE })} citation={r.citation} lang={lang} />
            </p>
          </section>
        );
      })}
    </div>
  );
}

function maAnswers(ma: MachielseAriaans): (keyof MachielseAriaans)[] {
  return (['nature', 'contacts', 'strategy'] as const).filter((k) => ma[k]);
}

export function ProfileView({ evaluation }: { evaluation: Evaluation }) {
  const { lang, t } = usePage();
  const { profile } = evaluation;
  const ty = profile.typology;
  const ma = profile.machielse;
  const given = maAnswers(ma);
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{t('screening.typology.title')}</h2>
      <p>
        <strong>{t(`screening.typology.type.${ty.type}`, ty.type === 'not_determined' ? {} : { share: TYPE_SHARES[ty.type] })}</strong>
      </p>
      {ty.missing.map((m) => (
        <p key={m}>{t(`screening.typology.missing.${m}`)}</p>
      ))}
      {ty.lonelinessFrom && <p>{t('screening.typology.from', { instrument: INSTRUMENTS[ty.lonelinessFrom].name[lang] })}</p>}
      <p className="hint">
        {t('screening.typology.rule')} <Cited message={t('screening.source', { citation: PLACE })} citation={TYPOLOGY_SOURCE} lang={lang} />
      </p>

      <h2>{t('screening.dimensions.title')}</h2>
      {profile.dimensions.length ? (
        <ul>
          {profile.dimensions.map((d) => (
            <li key={d}>{t(`screening.dimension.${d}`)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('screening.dimensions.none')}</p>
      )}
      <p className="hint">{t('screening.dimensions.rule')} Weiss (1973); de Jong Gierveld; seed 003 §1.4; seed 004.</p>

      <h2>{t('screening.course.title')}</h2>
      <p>{t(`screening.course.${profile.course}`)}</p>
      <p className="hint">{t('screening.course.rule')} Seed 002; seed 003 §1.8 (Eccles & Qualter 2021).</p>

      <h2>{t('screening.ma.title')}</h2>
      {given.length === 0 ? (
        <p>{t('screening.ma.none')}</p>
      ) : (
        <>
          <p>
            <strong>{t('screening.ma.result', { answers: given.map((k) => t(`screening.ma.${ma[k]!}`)).join(' · ') })}</strong>
          </p>
          {given.length < 3 && <p>{t('screening.ma.partial')}</p>}
          <dl className="ma">
            {given.map((k) => (
              <div key={k}>
                <dt>{MA_WORDING.question[k][lang]}</dt>
                <dd>{MA_WORDING.answer[ma[k]!][lang]}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className="hint">{MA_SOURCE[lang]}</p>
    </section>
  );
}

export function AdviceView({ evaluation, bankLink, matchesLink, simple = false }: { evaluation: Evaluation; bankLink: string; matchesLink?: string; simple?: boolean }) {
  const { lang, t } = usePage();
  const a = evaluation.advice;
  return (
    <section aria-labelledby="help-title">
      <h2 id="help-title">{simple ? t('selfcheck.result.helps') : t('screening.help.title')}</h2>
      {!simple && <p>{t('screening.help.lead')}</p>}
      {a.elements.length === 0 ? (
        <p>{t('screening.help.none')}</p>
      ) : (
        <>
          {!simple && <h3>{t('screening.help.elements')}</h3>}
          <ul>
            {a.elements.map((code) => (
              <li key={code}>
                <ElementLink code={code} />
              </li>
            ))}
          </ul>
          <p>
            <a className="button" href={bankLink}>
              {t('screening.help.bank')}
            </a>
          </p>
          {matchesLink && (
            <p>
              <a href={matchesLink}>{t('matches.fromScreening')}</a>
            </p>
          )}
        </>
      )}
      {!simple && (
        <dl className="advice-codes">
          {a.prevention && (
            <div>
              <dt>{t('screening.help.prevention')}</dt>
              <dd>{findCode('prevention', a.prevention)?.label[lang]}</dd>
            </div>
          )}
          {a.approach && (
            <div>
              <dt>{t('screening.help.approach')}</dt>
              <dd>{findCode('approach', a.approach)?.label[lang]}</dd>
            </div>
          )}
          {a.avoid.length > 0 && (
            <div>
              <dt>{t('screening.help.avoid')}</dt>
              <dd>{a.avoid.map((x) => findCode('elements', x.code)?.label[lang] ?? x.code).join(', ')}</dd>
            </div>
          )}
        </dl>
      )}
      {a.rules.length > 0 && (
        <>
          <h3>{t('screening.help.why')}</h3>
          <ul className="rules">
            {a.rules.map((r) => (
              <li key={r.id}>
                {r.why[lang]}{' '}
                <span className="muted">
                  <Cited message={t('screening.source', { citation: PLACE })} citation={r.citation} lang={lang} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function NearbyList({ items, place }: { items: NearbyInitiative[]; place: string }) {
  const { lang, t } = usePage();
  return (
    <section aria-labelledby="nearby-title">
      <h2 id="nearby-title">{t('screening.nearby.title', { place })}</h2>
      {items.length === 0 ? (
        <p>{t('screening.nearby.none')}</p>
      ) : (
        <>
          <ul className="results">
            {items.map((i) => (
              <li key={i.id}>
                <h3>
                  <a href={href(lang, `/initiatives/${encodeURIComponent(i.id)}`)}>{i.name}</a>
                </h3>
                {i.organisation && <p className="muted">{i.organisation}</p>}
                {i.coverage === 'wider' && <p>{t('screening.nearby.wider')}</p>}
                <p>{t('screening.nearby.offers', { elements: i.elements.map((e) => findCode('elements', e)?.label[lang] ?? e).join(', ') })}</p>
              </li>
            ))}
          </ul>
          <p className="hint">{t('screening.nearby.order')}</p>
        </>
      )}
    </section>
  );
}

export function PrintNote({ children }: { children?: ReactNode }) {
  const { t } = usePage();
  return (
    <p className="hint no-print">
      {t('screening.result.print')} {children}
    </p>
  );
}
