/** The sign-in form: two fields, one button, one plain error message. */
import { href, usePage } from '../../web/page-context.js';
import { CsrfField, ErrorSummary, Notice, TextField, type FormError } from '../../ui/form-fields.js';

export interface SignInPageProps {
  next?: string | undefined;
  email?: string | undefined;
  errors?: FormError[];
  signedOut?: boolean;
}

export function SignInPage({ next, email, errors = [], signedOut }: SignInPageProps) {
  const { lang, t, user } = usePage();
  const errorFor = (id: string) => errors.find((e) => e.id === id)?.message;
  return (
    <>
      <h1>{t('accounts.signIn.title')}</h1>
      {signedOut && <Notice>{t('accounts.signedOut')}</Notice>}
      {user && (
        <Notice>
          {t('accounts.signIn.already', { name: user.name || user.email })} <a href={href(lang, '/coding')}>{t('accounts.signIn.toDesk')}</a>
        </Notice>
      )}
      <ErrorSummary errors={errors} title={t('accounts.signIn.failedTitle')} />
      <p className="lead">{t('accounts.signIn.lead')}</p>
      <form method="post" action={href(lang, '/sign-in')} noValidate>
        <CsrfField />
        {next && <input type="hidden" name="next" value={next} />}
        <TextField id="email" name="email" type="email" label={t('accounts.signIn.email')} value={email} autoComplete="username" error={errorFor('email')} required />
        <TextField id="password" name="password" type="password" label={t('accounts.signIn.password')} autoComplete="current-password" error={errorFor('password')} required />
        <button type="submit">{t('accounts.signIn.submit')}</button>
      </form>
      <p className="hint">{t('accounts.signIn.forgot')}</p>
    </>
  );
}
