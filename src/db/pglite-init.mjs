// Creates a new embedded database folder (PGlite's initdb) in a short-lived process of its own:
// initdb grows PGlite's WebAssembly memory, which never shrinks, so a server that ran it itself
// would keep that peak for its whole life (issue 11: a first start peaked at 1.0 GB).
import { PGlite } from '@electric-sql/pglite';

const db = new PGlite(process.argv[2]);
await db.waitReady;
await db.close();
