/** Commands beyond serve and migrate, one file each in this folder. */
import type { Command } from '../../platform/command.js';
import { importCommand } from '../../interchange/cli/import.js';
import { exportCommand } from '../../interchange/cli/export.js';

export const extraCommands: Command[] = [importCommand, exportCommand];
extraCommands.push((await import('../../accounts/cli/user.js')).userAddCommand); // verbind user add
extraCommands.push((await import('../../intake/cli/import-survey.js')).importSurveyCommand); // verbind import-survey
extraCommands.push((await import('../../accounts/cli/user.js')).userPasswordCommand); // verbind user password
extraCommands.push((await import('../../monitor/cli/import-population.js')).importPopulationCommand); // verbind import-population (area monitor)
extraCommands.push((await import('../../areas/cli/import-areas.js')).importAreasCommand); // verbind import-areas
extraCommands.push((await import('../../areas/cli/import-area-hierarchy.js')).importAreaHierarchyCommand); // verbind import-area-hierarchy
extraCommands.push((await import('../../monitor/cli/import-rates.js')).importRatesCommand); // verbind import-rates
extraCommands.push((await import('../../monitor/cli/estimate.js')).estimateCommand); // verbind estimate
extraCommands.push((await import('../../landscape/cli/report.js')).reportCommand); // verbind report (landscape and gap analysis)
extraCommands.push(...Object.values(await import('../../backup/cli/backup.js'))); // verbind backup, verbind restore (whole database)
