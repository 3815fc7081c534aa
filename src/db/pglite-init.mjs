// Creates a new embedded database folder (PGlite's initdb) in a short-lived process of its own:
// initdb grows PGlite's WebAssembly memory, which never shrinks, so a server that ran it itself
// would keep that peak for its whole life (issue 11: a first start peaked at 1.0 GB).
import { PGlite } from '@electric-sql/pglite';

// PostgreSQL fills its whole shared buffer pool in PGlite's memory at start; this process only
// creates the folder, so a small pool does (about 100 MB less at its peak). The folder's own
// settings (postgresql.conf, written by initdb) do not change.
const db = new PGlite(process.argv[2], { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'] });
await db.waitReady;
await db.close();
