/** The monitor's GET form: indicator, level, focus, measure and sources, usable without JavaScript. */
import { usePage, href } from '../../web/page-context.js';
import { indicatorLabel } from '../rates.js';
import { type MonitorView } from '../service/pages-data.js';

export function ChoiceForm({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  const q = view.query;
  const focusLevels = [...new Set(view.focusOptions.map((o) => o.level))];
  return (
    <form method="get" action={href(lang, '/monitor')} className="monitor-form">
      <fieldset>
        <legend>{t('monitor.form.legend')}</legend>
        <div className="field">
          <label htmlFor="m-level">{t('monitor.form.level')}</label>
          <select id="m-level" name="level" defaultValue={q.level}>
            {view.levels.map((l) => (
              <option key={l} value={l}>
                {t(`monitor.level.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="m-indicator">{t('monitor.form.indicator')}</label>
          <select id="m-indicator" name="indicator" defaultValue={view.indicator}>
            {view.indicators.map((i) => (
              <option key={i} value={i}>
                {indicatorLabel(i, lang, view.estimate.model)}
              </option>
            ))}
          </select>
        </div>
        {view.focusOptions.length > 0 && (
          <div className="field">
            <label htmlFor="m-focus">{t('monitor.form.focus')}</label>
            <select id="m-focus" name="focus" defaultValue={q.focus ?? ''}>
              <option value="">{view.beyondHome ? t('monitor.form.focusHome') : t('monitor.form.focusAll')}</option>
              {view.beyondHome && <option value="all">{t('monitor.form.focusBelgium')}</option>}
              {focusLevels.map((fl) => (
                <optgroup key={fl} label={t(`monitor.level.${fl}`)}>
                  {view.focusOptions
                    .filter((o) => o.level === fl)
                    .map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="m-measure">{t('monitor.form.measure')}</label>
          <select id="m-measure" name="measure" defaultValue={q.measure}>
            <option value="percent">{t('monitor.measure.percent')}</option>
            <option value="count">{t('monitor.measure.count')}</option>
          </select>
        </div>
        {view.years.length > 1 && (
          <div className="field">
            <label htmlFor="m-year">{t('monitor.form.year')}</label>
            <select id="m-year" name="year" defaultValue={String(q.year ?? view.estimate.populationYear)}>
              {view.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        )}
        <details className="field model-choice" open={q.model !== undefined}>
          <summary>{t('monitor.form.model', { n: view.modelIds.length })}</summary>
          <fieldset>
            <legend className="visually-hidden">{t('monitor.form.modelLegend')}</legend>
            <p className="muted">{t('monitor.form.modelHelp')}</p>
            {view.rateTables.map((r) => (
              <div className="check" key={r.id}>
                <input type="checkbox" id={`m-model-${r.id}`} name="model" value={r.id} defaultChecked={view.modelIds.includes(r.id)} aria-describedby={`m-model-${r.id}-about`} />
                <label htmlFor={`m-model-${r.id}`}>{r.title[lang]}</label>
                <p className="muted small" id={`m-model-${r.id}-about`}>
                  {r.builtIn ? `${t('monitor.form.modelBuiltIn')} ${r.covers?.[lang] ?? ''}` : t('monitor.form.modelImported', { source: r.source })} <code>{r.id}</code>
                </p>
              </div>
            ))}
          </fieldset>
        </details>
        <input type="hidden" name="sort" value={q.sort} />
        <input type="hidden" name="dir" value={q.dir} />
        <button type="submit">{t('monitor.form.submit')}</button>
      </fieldset>
    </form>
  );
}
