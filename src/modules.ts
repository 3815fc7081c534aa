/**
 * Every capability of Verbind, in one list: the shell composes their messages (i18n/catalogue.ts),
 * menu entries (web/Layout.tsx through the page context), routes (http/routes.ts) and commands
 * (cli/main.ts) from it. Adding a capability means adding its module here (and its tables to
 * db/schema.ts, if it stores data). The order is the order of registration.
 */
import { siteModule } from './web/module.js';
import { vocabularyModule } from './vocabulary/module.js';
import { initiativesModule } from './initiatives/module.js';
import { catalogueModule } from './catalogue/module.js';
import { accountsModule } from './accounts/module.js';
import { codingModule } from './coding/module.js';
import { intakeModule } from './intake/module.js';
import { landscapeModule } from './landscape/module.js';
import { monitorModule } from './monitor/module.js';
import { screeningModule } from './screening/module.js';
import { matchingModule } from './matching/module.js';
import { hsdsModule } from './hsds/module.js';
import { interchangeModule } from './interchange/module.js';
import { areasModule } from './areas/module.js';
import { backupModule } from './backup/module.js';

export const MODULES = [
  siteModule,
  vocabularyModule,
  initiativesModule,
  interchangeModule,
  areasModule,
  catalogueModule,
  accountsModule,
  codingModule,
  intakeModule,
  landscapeModule,
  monitorModule,
  screeningModule,
  matchingModule,
  hsdsModule,
  backupModule,
] as const;
