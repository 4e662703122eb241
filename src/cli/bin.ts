#!/usr/bin/env node
/** The `k8s-contrib-card` executable (package.json `bin`): see `main.ts`. */
import { setMaxListeners } from 'node:events';
import { main } from './main.js';
import { namingCause } from './fetch-cause.js';

// A live card's own abort signal has one listener per request in flight (about 22: the
// profile, the search, DevStats' ranges and releases, the community files), all removed
// when they settle. Node warns past 10 listeners on one EventTarget as if that were a
// leak (MaxListenersExceededWarning, once per card in `npm run bench`); a browser has
// no such limit. Raise Node's default for the signals this process creates.
setMaxListeners(64);

// Output piped into a reader that stops early (`| head`): the build goes on, its files and index
// still written, with nothing more said there. Node would otherwise end the process on the
// stream's unhandled 'error' (EPIPE).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

// A failed connection names its cause (fetch-cause.ts).
globalThis.fetch = namingCause(globalThis.fetch);

process.exitCode = await main(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env });
