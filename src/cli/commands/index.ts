/** Commands beyond serve and migrate, one file each in this folder. */
import type { Command } from '../command.js';

export const extraCommands: Command[] = [];
extraCommands.push((await import('./user.js')).userAddCommand); // verbind user add
