/**
 * The municipality question as plain checkboxes, one folded group per province with the care
 * zones inside (works without JavaScript; a folded province names the municipalities chosen in it). A
 * whole-zone box is never shown ticked: the municipalities it stood for are, so unticking one holds.
 * /assets/survey.js adds a filter box (rendered here, hidden until the script shows it) and shows
 * the question only when question 5's answer needs it.
 */
import type { MessageKey } from '../../i18n/index.js';
import { FieldError, FieldHint } from '../../ui/form-fields.js';
import { usePage } from '../../web/page-context.js';
import { ZONE_PREFIX, type PickerGroup } from '../store/municipality-picker.js';

/** Question 5's answers that place the initiative in one or more municipalities. */
export const PICKER_FOR = ['neighbourhood', 'municipality', 'region'] as const;

export function MunicipalityPicker({ groups, selected, error }: { groups: PickerGroup[]; selected: readonly string[]; error?: string | undefined }) {
  const { t } = usePage();
  const chosen = new Set(selected);
  const ids = ['municipalities-hint', error ? 'municipalities-error' : ''].filter(Boolean).join(' ');
  return (
    <fieldset id="municipalities" className={error ? 'field picker has-error' : 'field picker'} aria-describedby={ids} data-picker-for={PICKER_FOR.join(' ')}>
      <legend>{t('survey.q5.municipalities')}</legend>
      <FieldHint
        id="municipalities"
        hint={
          <>
            {t('survey.picker.hint')} <span className="picker-nojs">{t('survey.picker.noJs')}</span>
          </>
        }
      />
      <FieldError id="municipalities" error={error} />
      <div className="picker-filter" hidden>
        <label htmlFor="municipality-filter">{t('survey.picker.filter')}</label>
        <input type="search" id="municipality-filter" autoComplete="off" aria-controls="picker-groups" />
        <p className="hint" id="picker-no-match" role="status" data-text={t('survey.picker.noMatch')}></p>
      </div>
      <div id="picker-groups">
        {groups.map((g) => {
          // Folded even when something is chosen (the page stays short); the summary names what is chosen.
          const picked = g.zones.flatMap((z) => z.municipalities.filter((m) => chosen.has(m.code)).map((m) => m.name));
          return (
            <details key={g.province} className="picker-province">
              <summary>
                {t(`survey.picker.province.${g.province}` as MessageKey)}
                {picked.length > 0 && <span className="picker-picked"> — {t('survey.picker.chosen', { names: picked.join(', ') })}</span>}
              </summary>
              {g.zones.map((z) => (
                <fieldset key={z.code || 'none'} className="picker-zone">
                  <legend>{z.code ? z.name : t('survey.picker.noZone')}</legend>
                  <ul className="checks">
                    {z.code && (
                      <li className="picker-whole">
                        <input type="checkbox" id={`zone-${z.code}`} name="municipalities" value={`${ZONE_PREFIX}${z.code}`} />
                        <label htmlFor={`zone-${z.code}`}>{t('survey.picker.wholeZone', { zone: z.name })}</label>
                      </li>
                    )}
                    {z.municipalities.map((m) => (
                      <li key={m.code}>
                        <input type="checkbox" id={`municipalities-${m.code}`} name="municipalities" value={m.code} defaultChecked={chosen.has(m.code)} aria-invalid={error ? true : undefined} />
                        <label htmlFor={`municipalities-${m.code}`}>{m.name}</label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              ))}
            </details>
          );
        })}
      </div>
    </fieldset>
  );
}
