/** /{lang}/admin/users: every account with its actions, and a form to add one. */
import { StatusBadge } from '../../ui/Badge.js';
import { USER_ROLES, type UserRole } from '../../db/schema.js';
import { href, usePage } from '../../web/page-context.js';
import { CsrfField, ErrorSummary, FieldError, Notice, Select, TextField, describedBy, type FormError } from '../../ui/form-fields.js';
import { PASSWORD_MIN } from '../passwords.js';
import type { User } from '../store/users.js';
import { DataTable } from '../../ui/DataTable.js';

export const DONE_NOTICES = ['added', 'role', 'deactivated', 'activated'] as const;
export type DoneNotice = (typeof DONE_NOTICES)[number];

export interface AddUserValues {
  email: string;
  name: string;
  role: string;
}

export interface UsersPageProps {
  users: readonly User[];
  done?: DoneNotice | undefined;
  values?: AddUserValues;
  errors?: FormError[];
}

export function UsersPage({ users, done, values = { email: '', name: '', role: 'coder' }, errors = [] }: UsersPageProps) {
  const { lang, t } = usePage();
  return (
    <>
      <h1>{t('admin.users.title')}</h1>
      {done && <Notice>{t(`admin.done.${done}`)}</Notice>}
      <p className="lead">{t('admin.users.lead')}</p>
      <DataTable caption={t('admin.users.caption')} captionHidden columns={[{ label: t('admin.users.email') }, { label: t('admin.users.name') }, { label: t('admin.users.role') }, { label: t('admin.users.status') }, { label: t('admin.users.actions') }]}>
        {users.map((u) => (
          <UserRow key={u.id} user={u} />
        ))}
      </DataTable>

      <h2 id="add">{t('admin.users.add.title')}</h2>
      <ErrorSummary errors={errors} title={t('accounts.form.errorsTitle')} />
      <form method="post" action={href(lang, '/admin/users')} noValidate>
        <CsrfField />
        <TextField id="f-email" name="email" type="email" label={t('admin.users.email')} value={values.email} autoComplete="off" error={errors.find((e) => e.id === 'f-email')?.message} required />
        <TextField id="f-name" name="name" label={t('admin.users.name')} hint={t('admin.users.add.nameHint')} value={values.name} autoComplete="off" error={errors.find((e) => e.id === 'f-name')?.message} />
        <RoleChoice value={values.role} error={errors.find((e) => e.id === 'f-role-coder')?.message} />
        <TextField
          id="f-password"
          name="password"
          type="password"
          label={t('admin.users.add.password')}
          hint={t('admin.users.add.passwordHint', { min: PASSWORD_MIN })}
          autoComplete="new-password"
          error={errors.find((e) => e.id === 'f-password')?.message}
        />
        <button type="submit">{t('admin.users.add.submit')}</button>
      </form>
    </>
  );
}

function RoleChoice({ value, error }: { value: string; error?: string | undefined }) {
  const { t } = usePage();
  return (
    <fieldset aria-describedby={describedBy('f-role', false, error)}>
      <legend>{t('admin.users.role')}</legend>
      <FieldError id="f-role" error={error} />
      <ul className="checks">
        {(['coder', 'admin'] as const).map((r) => (
          <li key={r}>
            <input type="radio" id={`f-role-${r}`} name="role" value={r} defaultChecked={value === r} aria-invalid={error ? true : undefined} />
            <label htmlFor={`f-role-${r}`}>
              {t(`admin.role.${r}`)} – {t(`admin.role.${r}.explain`)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function UserRow({ user }: { user: User }) {
  const { lang, t, user: me } = usePage();
  const self = me?.id === user.id;
  const base = href(lang, `/admin/users/${user.id}`);
  return (
    <tr>
      <td>{user.email}</td>
      <td>{user.name}</td>
      <td>{t(`admin.role.${user.role}`)}</td>
      <td>
        <StatusBadge status={user.active ? 'active' : 'inactive'}>{t(user.active ? 'admin.status.active' : 'admin.status.inactive')}</StatusBadge>
      </td>
      <td>
        {self ? (
          <span className="muted">{t('admin.users.you')}</span>
        ) : (
          <ul className="plain">
            <li>
              <form method="post" action={`${base}/role`} className="inline-form">
                <CsrfField />
                <label htmlFor={`role-${user.id}`} className="visually-hidden">
                  {t('admin.users.roleFor', { email: user.email })}
                </label>
                <Select id={`role-${user.id}`} name="role" value={user.role} options={USER_ROLES.map((r: UserRole) => ({ value: r, label: t(`admin.role.${r}`) }))} />{' '}
                <button type="submit" className="secondary">
                  {t('admin.users.changeRole')}
                  <span className="visually-hidden"> ({user.email})</span>
                </button>
              </form>
            </li>
            <li>
              <form method="post" action={`${base}/${user.active ? 'deactivate' : 'activate'}`} className="inline-form">
                <CsrfField />
                <button type="submit" className={user.active ? 'danger' : 'secondary'}>
                  {t(user.active ? 'admin.users.deactivate' : 'admin.users.activate')}
                  <span className="visually-hidden"> ({user.email})</span>
                </button>
              </form>
            </li>
            {user.active && (
              <li>
                <form method="post" action={`${base}/password`} className="inline-form">
                  <CsrfField />
                  <button type="submit" className="secondary">
                    {t('admin.users.resetPassword')}
                    <span className="visually-hidden"> ({user.email})</span>
                  </button>
                </form>
              </li>
            )}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** Shown once, straight in answer to the POST: the password is never stored readable nor put in a URL. */
export function NewPasswordPage({ user, password, created }: { user: User; password: string; created: boolean }) {
  const { lang, t } = usePage();
  return (
    <>
      <h1>{t(created ? 'admin.password.createdTitle' : 'admin.password.resetTitle')}</h1>
      <p>{t('admin.password.lead', { email: user.email })}</p>
      <p className="notice">
        <code>{password}</code>
      </p>
      <p>{t('admin.password.once')}</p>
      <p>
        <a href={href(lang, '/admin/users')}>{t('admin.password.back')}</a>
      </p>
    </>
  );
}
