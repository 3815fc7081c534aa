/** Commands beyond serve and migrate, one file each in this folder. */
import type { Command } from '../command.js';
import { importCommand } from './import.js';
import { exportCommand } from './export.js';

export const extraCommands: Command[] = [importCommand, exportCommand];
extraCommands.push((await import('./user.js')).userAddCommand); // verbind user add
extraCommands.push((await import('./import-survey.js')).importSurveyCommand); // verbind import-survey
extraCommands.push((await import('./user.js')).userPasswordCommand); // verbind user password
extraCommands.push((await import('./import-population.js')).importPopulationCommand); // verbind import-population (area monitor)
extraCommands.push((await import('./import-areas.js')).importAreasCommand); // verbind import-areas
extraCommands.push((await import('./import-area-hierarchy.js')).importAreaHierarchyCommand); // verbind import-area-hierarchy
extraCommands.push((await import('./import-rates.js')).importRatesCommand); // verbind import-rates
extraCommands.push((await import('./estimate.js')).estimateCommand); // verbind estimate
extraCommands.push((await import('./report.js')).reportCommand); // verbind report (landscape and gap analysis)
extraCommands.push(...Object.values(await import('./backup.js'))); // verbind backup, verbind restore (whole database)
