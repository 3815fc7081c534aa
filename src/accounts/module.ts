/** Accounts: sign-in, the administrators' account list, and the account commands. */
import type { CapabilityModule } from '../platform/module.js';
import { accountMessages } from './messages.js';

const messages = [accountMessages] as const;

export const accountsModule: CapabilityModule<typeof messages> = {
  name: 'accounts',
  messages,
  nav: [{ path: '/admin/users', label: 'layout.nav.admin', order: 110, audience: 'admin' }],
  routes: async () => [(await import('./web/routes.js')).registerAccountRoutes], // /{lang}/sign-in, /{lang}/admin/users
  commands: [
    { name: 'user add', summary: 'Add an account (admin or coder)', load: async () => (await import('./cli/user.js')).userAddCommand },
    { name: 'user password', summary: 'Set a new password for an account (signs it out everywhere)', load: async () => (await import('./cli/user.js')).userPasswordCommand },
  ],
};
