// Starts scripts/bench/servers.js as a child process and calls it over IPC.
import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';

/**
 * @param {string} cdnDir the bundle folder to serve as /dist/cdn/
 * @param {{ http1?: boolean }} [options] plain HTTP/1.1 instead of HTTP/2 over TLS
 */
export async function startServers(cdnDir, options = {}) {
  const args = options.http1 ? [cdnDir, '--http1'] : [cdnDir];
  const child = fork(fileURLToPath(new URL('./servers.js', import.meta.url)), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // The real services run on other machines: here they share the CPU with Chromium (and with
  // whatever else runs), and a starved stand-in adds its wait to every answer. A higher
  // priority keeps their own time small; it needs the right to raise one (root, CAP_SYS_NICE).
  let priority = 0;
  try {
    setPriority(child.pid, -10);
    priority = -10;
  } catch {
    // Not allowed: the stand-ins run at the default priority, and their time per answer says so.
  }
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
    /** The servers' nice value: -10 when it could be raised, else 0. */
    priority,
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
