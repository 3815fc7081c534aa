/**
 * /{lang}/coding/import: a survey export in four steps. 1 upload a CSV or
 * XLSX file; 2 say which column answers which question (remembered under a
 * name for next time); 3 preview what will be created and every row error;
 * 4 create everything at once, or nothing.
 */
import { AXES } from '../../vocabulary/matrix.js';
import { CsrfField, ErrorSummary, FieldError, FieldHint, Notice, Select, SelectField, TextField, describedBy, type FormError } from '../../ui/form-fields.js';
import { formatWhen } from '../desk-ui.js';
import { href, usePage } from '../../web/page-context.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { MAPPABLE_FIELDS, type MappableField, type SurveyMapping } from '../../intake/bulk/mapping.js';
import type { SurveyRowProblem, SurveyRecord } from '../../intake/bulk/transform.js';
import { SURVEY_FIELDS } from '../../intake/survey-form.js';
import { columnInput, optionInput, OPTION_FIELDS, type MappingProblem } from '../../intake/store/uploads.js';
import { CodingNav } from './submission-ui.js';
import { MAX_UPLOAD_BYTES } from '../../edge/multipart.js';
import { DataTable } from '../../ui/DataTable.js';

const STEPS = ['upload', 'mapping', 'preview', 'done'] as const;
type Step = (typeof STEPS)[number];

function Steps({ current }: { current: Step }) {
  const { t } = usePage();
  const at = STEPS.indexOf(current);
  return (
    <nav aria-label={t('upload.steps')}>
      <ol className="steps">
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === current ? 'step' : undefined} className={i < at ? 'done' : undefined}>
            {t('upload.step', { n: i + 1, total: STEPS.length, name: t(`upload.step.${s}`) })}
            {i < at && <span className="visually-hidden"> ({t('upload.stepDone')})</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

const megabytes = (bytes: number, lang: string) => new Intl.NumberFormat(`${lang}-BE`, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);

export function UploadPage({ mappings, error, status }: { mappings: SurveyMapping[]; error?: string | undefined; status?: number }) {
  const { lang, t } = usePage();
  const errors: FormError[] = error ? [{ id: 'file', label: t('upload.file'), message: error }] : [];
  return (
    <>
      <CodingNav current="import" />
      <h1>{t('upload.title')}</h1>
      <Steps current="upload" />
      <p className="lead">{t('upload.lead')}</p>
      <ErrorSummary errors={errors} title={t('accounts.form.errorsTitle')} />
      <form method="post" action={href(lang, '/coding/import')} encType="multipart/form-data" data-busy={t('upload.busy.upload')} noValidate>
        <CsrfField />
        <div className={error ? 'field has-error' : 'field'}>
          <label htmlFor="file">{t('upload.file')}</label>
          <FieldHint id="file" hint={t('upload.fileHint', { max: megabytes(MAX_UPLOAD_BYTES, lang) })} />
          <FieldError id="file" error={error} />
          <input type="file" id="file" name="file" accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required aria-describedby={describedBy('file', true, error)} aria-invalid={error ? true : undefined} />
        </div>
        <button type="submit">{t('upload.send')}</button>
        <p role="status" data-busy-status className="busy-status"></p>
      </form>
      {status === undefined && mappings.length > 0 && (
        <>
          <h2>{t('upload.remembered')}</h2>
          <ul>
            {mappings.map((m) => (
              <li key={m.name}>{m.name}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** A survey field's label, as the survey asks it (without the question number). */
export function surveyFieldLabel(field: string, t: Translate): string {
  const f = SURVEY_FIELDS.find((x) => x.key === field);
  return f ? t(f.label as MessageKey) : field;
}

export interface MappingPageProps {
  upload: { id: string; fileName: string; size: number; rows: number };
  headers: string[];
  mappings: SurveyMapping[];
  /** Where the choices shown come from. */
  from: { kind: 'remembered' | 'upload' | 'guess' | 'form'; name?: string };
  values: { name: string; separator: string; columns: Partial<Record<MappableField, string | Record<string, string>>> };
  problems?: MappingProblem[];
}

export function MappingPage({ upload, headers, mappings, from, values, problems = [] }: MappingPageProps) {
  const { lang, t } = usePage();
  const base = href(lang, `/coding/import/${upload.id}`);
  const messageFor = (field: string) => {
    const p = problems.find((x) => x.field === field);
    return p ? t(p.key as MessageKey, p.values) : undefined;
  };
  const inputId = (field: string) => (field === 'mapping_name' || field === 'separator' ? field : field === 'columns' ? 'col_name' : columnInput(field as MappableField));
  const errors: FormError[] = problems.map((p) => ({
    id: inputId(p.field),
    label: p.field === 'mapping_name' ? t('upload.mapping.name') : p.field === 'separator' ? t('upload.mapping.separator') : p.field === 'columns' ? '' : surveyFieldLabel(p.field, t),
    message: t(p.key as MessageKey, p.values),
  }));
  const columnOptions = [{ value: '', label: t('upload.mapping.none') }, ...headers.map((h) => ({ value: h, label: h }))];
  const columnValue = (selected: string | undefined) => (selected && headers.includes(selected) ? selected : '');
  return (
    <>
      <CodingNav current="import" />
      <h1>{t('upload.mapping.title')}</h1>
      <Steps current="mapping" />
      <p className="lead">{t('upload.mapping.lead', { file: upload.fileName, rows: upload.rows, columns: headers.length })}</p>
      <ErrorSummary errors={errors} title={t('accounts.form.errorsTitle')} />
      {from.kind === 'remembered' && <Notice>{t('upload.mapping.fromRemembered', { name: from.name ?? '' })}</Notice>}
      {from.kind === 'guess' && <Notice>{t('upload.mapping.fromGuess')}</Notice>}

      {mappings.length > 0 && (
        <form method="get" action={base} className="search-box">
          <SelectField id="use-mapping" name="mapping" label={t('upload.mapping.use')} value={from.kind === 'remembered' ? from.name : ''} options={mappings.map((m) => ({ value: m.name, label: m.name }))} />
          <button type="submit" className="secondary">
            {t('upload.mapping.useButton')}
          </button>
        </form>
      )}

      <form method="post" action={`${base}/mapping`} noValidate>
        <CsrfField />
        <DataTable caption={t('upload.mapping.caption')} captionId="mapping-caption" columns={[{ label: t('upload.mapping.question') }, { label: t('upload.mapping.column') }]}>
          {MAPPABLE_FIELDS.map((f) => {
            const v = values.columns[f];
            const label = surveyFieldLabel(f, t);
            const error = messageFor(f);
            const options = OPTION_FIELDS[f];
            return (
              <tr key={f}>
                <th scope="row">
                  <label htmlFor={columnInput(f)}>{label}</label>
                  {(f === 'name' || f === 'description') && <span className="muted"> ({t('upload.mapping.needed')})</span>}
                </th>
                <td>
                  <FieldError id={columnInput(f)} error={error} />
                  <Select id={columnInput(f)} name={columnInput(f)} error={error} value={columnValue(typeof v === 'string' ? v : undefined)} options={columnOptions} />
                  {typeof v === 'string' && v && !headers.includes(v) && <p className="hint">{t('upload.mapping.missingColumn', { column: v })}</p>}
                  {options && (
                    <details open={typeof v === 'object'}>
                      <summary>{t('upload.mapping.perOption')}</summary>
                      <fieldset>
                      <legend>{label}</legend>
                      <p className="hint">{t('upload.mapping.perOptionHint')}</p>
                      {options.map((code) => {
                        const optLabel = f === 'age_groups' ? AXES.age_groups.codes.find((c) => c.code === code)?.label[lang] ?? code : t(`survey.q9.${code}` as MessageKey);
                        return (
                          <SelectField key={code} id={optionInput(f, code)} name={optionInput(f, code)} label={optLabel} value={columnValue(typeof v === 'object' ? v[code] : undefined)} options={columnOptions} />
                        );
                      })}
                      </fieldset>
                    </details>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
        <TextField id="separator" name="separator" label={t('upload.mapping.separator')} hint={t('upload.mapping.separatorHint')} value={values.separator} error={messageFor('separator')} maxLength={3} />
        <TextField id="mapping_name" name="mapping_name" label={t('upload.mapping.name')} hint={t('upload.mapping.nameHint')} value={values.name} error={messageFor('mapping_name')} required maxLength={200} />
        <button type="submit">{t('upload.mapping.save')}</button>
      </form>
      <p>
        <a href={href(lang, '/coding/import')}>{t('upload.again')}</a>
      </p>
    </>
  );
}

/** A row error in plain words; the column and value are shown beside it. */
export function rowErrorMessage(e: SurveyRowProblem, t: Translate): string {
  if (/is not in the file's header/.test(e.message)) return t('upload.rowError.noColumn');
  if (/is not a known answer/.test(e.message)) return t('upload.rowError.unknownAnswer');
  if (e.value === undefined || e.value === '') return t('upload.rowError.missing');
  if (e.question === 'url') return t('upload.rowError.url');
  if (e.question === 'contact_email') return t('upload.rowError.email');
  if (/too big|too long|<=/i.test(e.message)) return t('upload.rowError.tooLong');
  return t('upload.rowError.invalid', { detail: e.message });
}

export interface PreviewProps {
  upload: { id: string; fileName: string };
  mappingName: string;
  rows: number;
  records: SurveyRecord[];
  errors: SurveyRowProblem[];
  /** How many of the records to show. */
  shown: number;
  busyProblem?: string | undefined;
}

export function PreviewPage({ upload, mappingName, rows, records, errors, shown, busyProblem }: PreviewProps) {
  const { lang, t } = usePage();
  const base = href(lang, `/coding/import/${upload.id}`);
  const failedLines = new Set(errors.map((e) => e.line)).size;
  const age = (codes: readonly string[]) => AXES.age_groups.codes.filter((c) => codes.includes(c.code)).map((c) => c.label[lang]).join(', ');
  return (
    <>
      <CodingNav current="import" />
      <h1>{t('upload.preview.title')}</h1>
      <Steps current="preview" />
      {busyProblem && <Notice>{busyProblem}</Notice>}
      <dl className="coding">
        <dt>{t('upload.preview.file')}</dt>
        <dd>{upload.fileName}</dd>
        <dt>{t('upload.preview.mapping')}</dt>
        <dd>
          {mappingName} (<a href={base}>{t('upload.preview.changeMapping')}</a>)
        </dd>
        <dt>{t('upload.preview.rows')}</dt>
        <dd>{rows}</dd>
        <dt>{t('upload.preview.valid')}</dt>
        <dd>{records.length}</dd>
        <dt>{t('upload.preview.withErrors')}</dt>
        <dd>{failedLines}</dd>
      </dl>

      {errors.length > 0 ? (
        <section aria-labelledby="row-errors-title">
          <h2 id="row-errors-title">{t('upload.preview.errorsTitle', { count: errors.length })}</h2>
          <p role="alert">{t('upload.preview.errorsLead')}</p>
          {/* No region of its own: the section around it is already a region with this name (axe landmark-unique). */}
          <DataTable
            id="row-errors"
            caption={t('upload.preview.errorsTitle', { count: errors.length })}
            captionHidden
            scroll={false}
            columns={[{ label: t('upload.preview.line'), className: 'num' }, { label: t('upload.preview.field') }, { label: t('upload.preview.column') }, { label: t('upload.preview.value') }, { label: t('upload.preview.problem') }]}
          >
            {errors.map((e, i) => (
              <tr key={i}>
                <td className="num">{e.line}</td>
                <td>{surveyFieldLabel(e.question, t)}</td>
                <td>{e.field ?? '—'}</td>
                <td>{e.value ?? '—'}</td>
                <td>{rowErrorMessage(e, t)}</td>
              </tr>
            ))}
          </DataTable>
          <p>
            <a href={base}>{t('upload.preview.changeMapping')}</a> · <a href={href(lang, '/coding/import')}>{t('upload.again')}</a>
          </p>
        </section>
      ) : (
        <>
          <h2>{t('upload.preview.firstRows', { count: Math.min(shown, records.length) })}</h2>
          <DataTable
            caption={t('upload.preview.firstRows', { count: Math.min(shown, records.length) })}
            captionHidden
            columns={[{ label: t('upload.preview.line'), className: 'num' }, { label: t('queue.col.name') }, { label: t('upload.preview.where') }, { label: t('upload.preview.ages') }, { label: t('upload.preview.forWhom') }, { label: t('upload.preview.evaluated') }, { label: t('upload.preview.contact') }]}
          >
            {records.slice(0, shown).map((r) => (
              <tr key={r.line}>
                <td className="num">{r.line}</td>
                <td>
                  {r.answers.name}
                  {r.answers.initiator && <div className="muted">{r.answers.initiator}</div>}
                </td>
                <td>{t(`survey.q5.${r.answers.location_level}`)}</td>
                <td>{age(r.answers.age_groups)}</td>
                <td>{r.answers.target.map((x) => t(`survey.q9.${x}`)).join(', ')}</td>
                <td>{t(`survey.q10.${r.answers.evaluated}`)}</td>
                <td>{t(r.contact ? 'coding.yes' : 'coding.no')}</td>
              </tr>
            ))}
          </DataTable>
          {records.length > 0 ? (
            <form method="post" action={`${base}/commit`} data-busy={t('upload.busy.commit', { count: records.length })}>
              <CsrfField />
              <p className="hint">{t('upload.preview.commitHint')}</p>
              <button type="submit">{t('upload.preview.commit', { count: records.length })}</button>
              <p role="status" data-busy-status className="busy-status"></p>
            </form>
          ) : (
            <p>{t('upload.preview.nothing')}</p>
          )}
        </>
      )}
    </>
  );
}

export function DonePage({ fileName, created, at }: { fileName: string; created: number; at: string }) {
  const { lang, t } = usePage();
  return (
    <>
      <CodingNav current="import" />
      <h1>{t('upload.done.title')}</h1>
      <Steps current="done" />
      <Notice>{t('upload.done.created', { count: created, file: fileName, when: formatWhen(at, lang) })}</Notice>
      <ul className="plain">
        <li>
          <a href={href(lang, '/coding/submissions?status=submitted')}>{t('upload.done.toQueue')}</a>
        </li>
        <li>
          <a href={href(lang, '/coding/import')}>{t('upload.again')}</a>
        </li>
      </ul>
    </>
  );
}
