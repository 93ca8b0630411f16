// Entry of a Node worker thread: register tsx, then load the TypeScript worker. Node 20 does not
// apply `--import tsx` from a Worker's execArgv to the worker's own entry (privatenumber/tsx#354),
// so the worker registers it itself; resolving 'tsx' from this file finds the repo's node_modules
// whatever the current directory.
import { register } from 'tsx/esm/api';

register();
await import('./sim.node.worker.ts');
