// Starts scripts/bench/servers.js as a child process and calls it over IPC.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** @param {string} cdnDir the bundle folder to serve as /dist/cdn/ */
export async function startServers(cdnDir) {
  const child = fork(fileURLToPath(new URL('./servers.js', import.meta.url)), [cdnDir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map();
  let next = 0;
  let exited = false;
  child.on('message', (msg) => {
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.ok) p.resolve(msg.value);
    else p.reject(new Error(`servers: ${msg.error}`));
  });
  child.on('exit', (code) => {
    exited = true;
    for (const p of pending.values()) p.reject(new Error(`servers process exited (${code})`));
    pending.clear();
  });
  await new Promise((resolve, reject) => {
    child.once('message', (m) => (m?.ready ? resolve() : reject(new Error('servers: unexpected first message'))));
    child.once('exit', (code) => reject(new Error(`servers process exited before it was ready (${code})`)));
  });
  const call = (op, args = {}) =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new Error('servers process is gone'));
      const id = ++next;
      pending.set(id, { resolve, reject });
      child.send({ id, op, ...args });
    });
  return {
    call,
    pid: child.pid,
    async stop() {
      if (exited) return;
      await call('stop').catch(() => undefined);
      await new Promise((r) => (exited ? r() : child.once('exit', r)));
    },
    kill() {
      if (!exited) child.kill('SIGTERM');
    },
  };
}
