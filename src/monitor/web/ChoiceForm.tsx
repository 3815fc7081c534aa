/** The monitor's GET form: indicator, level, focus, measure and sources, usable without JavaScript. */
import { usePage, href } from '../../web/page-context.js';
import { indicatorLabel } from '../rates.js';
import { type MonitorView } from '../service/pages-data.js';
import { SelectField } from '../../ui/form-fields.js';

export function ChoiceForm({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  const q = view.query;
  const focusLevels = [...new Set(view.focusOptions.map((o) => o.level))];
  return (
    <form method="get" action={href(lang, '/monitor')} className="monitor-form">
      <fieldset>
        <legend>{t('monitor.form.legend')}</legend>
        <SelectField id="m-level" name="level" label={t('monitor.form.level')} value={q.level} options={view.levels.map((l) => ({ value: l, label: t(`monitor.level.${l}`) }))} />
        <SelectField id="m-indicator" name="indicator" label={t('monitor.form.indicator')} value={view.indicator} options={view.indicators.map((i) => ({ value: i, label: indicatorLabel(i, lang, view.estimate.model) }))} />
        {view.focusOptions.length > 0 && (
          <SelectField
            id="m-focus"
            name="focus"
            label={t('monitor.form.focus')}
            value={q.focus ?? ''}
            options={[
              { value: '', label: view.beyondHome ? t('monitor.form.focusHome') : t('monitor.form.focusAll') },
              ...(view.beyondHome ? [{ value: 'all', label: t('monitor.form.focusBelgium') }] : []),
              ...focusLevels.map((fl) => ({ group: t(`monitor.level.${fl}`), options: view.focusOptions.filter((o) => o.level === fl) })),
            ]}
          />
        )}
        <SelectField
          id="m-measure"
          name="measure"
          label={t('monitor.form.measure')}
          value={q.measure}
          options={[
            { value: 'percent', label: t('monitor.measure.percent') },
            { value: 'count', label: t('monitor.measure.count') },
          ]}
        />
        {view.years.length > 1 && <SelectField id="m-year" name="year" label={t('monitor.form.year')} value={String(q.year ?? view.estimate.populationYear)} options={view.years.map((y) => ({ value: String(y), label: y }))} />}
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
