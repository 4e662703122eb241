#!/usr/bin/env node
/** The `k8s-contrib-card` executable (package.json `bin`): see `main.ts`. */
import { setMaxListeners } from 'node:events';
import { main } from './main.js';

// A live card's own abort signal has one listener per request in flight (about 22: the
// profile, the search, DevStats' ranges and releases, the community files), all removed
// when they settle. Node warns past 10 listeners on one EventTarget as if that were a
// leak (MaxListenersExceededWarning, once per card in `npm run bench`); a browser has
// no such limit. Raise Node's default for the signals this process creates.
setMaxListeners(64);

process.exitCode = await main(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env });
