/** /{lang}/coding/new and /{lang}/coding/initiatives/{id}: the form, with status buttons when editing. */
import type { InitiativeStatus } from '../../db/schema.js';
import type { StoredInitiative } from '../../initiatives/record.js';
import { href, usePage } from '../../web/page-context.js';
import { CsrfField, Notice } from '../../ui/form-fields.js';
import { InitiativeForm, type InitiativeFormProps } from './InitiativeForm.js';
import { StatusBadge } from '../desk-ui.js';

export const EDIT_NOTICES = ['created', 'saved', 'unchanged', 'draft', 'published', 'archived'] as const;
export type EditNotice = (typeof EDIT_NOTICES)[number];

type FormProps = Omit<InitiativeFormProps, 'mode' | 'action'>;

export function NewInitiativePage(props: FormProps) {
  const { lang, t } = usePage();
  return (
    <>
      <p>
        <a href={href(lang, '/coding')}>{t('coding.backToDesk')}</a>
      </p>
      <h1>{t('coding.new.title')}</h1>
      <p className="lead">{t('coding.new.lead')}</p>
      <InitiativeForm mode="new" action={href(lang, '/coding/new')} {...props} />
    </>
  );
}

export function EditInitiativePage({ stored, notice, ...props }: FormProps & { stored: StoredInitiative; notice?: EditNotice | undefined }) {
  const { lang, t } = usePage();
  const base = href(lang, `/coding/initiatives/${encodeURIComponent(stored.id)}`);
  return (
    <>
      <p>
        <a href={href(lang, '/coding')}>{t('coding.backToDesk')}</a>
      </p>
      <h1>{t('coding.edit.title', { name: stored.name })}</h1>
      {notice && <Notice>{t(`coding.notice.${notice}`)}</Notice>}
      <section aria-labelledby="status-title" className="notice">
        <h2 id="status-title">{t('coding.statusBox.title')}</h2>
        <p>
          {t('coding.statusBox.now')} <StatusBadge status={stored.status} /> {t(`coding.statusBox.explain.${stored.status}`)}
        </p>
        <ul className="plain">
          {(['published', 'archived', 'draft'] as const)
            .filter((s) => s !== stored.status)
            .map((s) => (
              <li key={s}>
                <StatusButton action={`${base}/status`} to={s} />
              </li>
            ))}
        </ul>
        <p>
          <a id="history-link" href={`${base}/history`}>
            {t('coding.history.link')}
          </a>
          {stored.status === 'published' && (
            <>
              {' · '}
              <a href={href(lang, `/initiatives/${encodeURIComponent(stored.id)}`)}>{t('coding.edit.publicPage')}</a>
            </>
          )}
        </p>
        <p className="muted">
          {t('coding.field.id')}: <code>{stored.id}</code>
        </p>
      </section>
      <InitiativeForm mode="edit" action={base} {...props} />
    </>
  );
}

function StatusButton({ action, to }: { action: string; to: InitiativeStatus }) {
  const { t } = usePage();
  return (
    <form method="post" action={action} className="inline-form">
      <CsrfField />
      <input type="hidden" name="status" value={to} />
      <button type="submit" className={to === 'published' ? undefined : 'secondary'}>
        {t(`coding.statusBox.to.${to}`)}
      </button>
    </form>
  );
}
