#!/usr/bin/env node
// Verbind's command line. Runs the TypeScript sources through tsx, with the project's tsconfig
// wherever it is started from (found by the working directory, a run from another folder compiled
// the JSX without React's automatic runtime and every page failed with "React is not defined").
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');
