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

// Output piped into a reader that stops early (`| head`): the build goes on, its files and index
// still written, with nothing more said there. Node would otherwise end the process on the
// stream's unhandled 'error' (EPIPE).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

// Node's fetch fails with "fetch failed" and keeps what happened in its `cause` ("getaddrinfo
// ENOTFOUND api.github.com", "connect ECONNREFUSED …", a proxy's or a certificate's error), where
// a browser has nothing more to say. The card's failure keeps only the message, so the message
// names the cause: an offline or proxied run says which host failed, and how.
const nodeFetch = globalThis.fetch;
globalThis.fetch = (input, init) =>
  nodeFetch(input, init).catch((e: unknown) => {
    const cause = e instanceof TypeError ? (e as { cause?: unknown }).cause : undefined;
    throw cause instanceof Error && cause.message ? new TypeError(`${e instanceof Error ? e.message : ''}: ${cause.message}`, { cause }) : e;
  });

process.exitCode = await main(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env });
