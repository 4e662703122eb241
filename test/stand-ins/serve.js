#!/usr/bin/env node
// Runs the stand-in services on their own, for the demo's live section and
// the benchmark:
//   node test/stand-ins/serve.js [--port 9100] [--host 127.0.0.1]
// With --port N the services take N (combined), N+1 (GitHub), N+2 (DevStats),
// N+3 (raw files), N+4 (ContribCard); without it, free ports. A small control
// API on the combined server's /_control/ lets scripts read the request log,
// reset, inject faults and set the GitHub budget (default scope).
import { startStandIns } from './server.js';
import { createServer } from 'node:http';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const host = arg('host', '127.0.0.1');
const base = Number(arg('port', '0'));
const ports = base ? { combined: base, github: base + 1, devstats: base + 2, raw: base + 3, contribcard: base + 4 } : {};
const standIns = await startStandIns({ host, ports, combined: true });

// Control API, on its own port so the services' paths stay exactly the real ones.
const control = createServer(async (req, res) => {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
  const headers = { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Content-Type' };
  const reply = (status, value) => {
    res.writeHead(status, headers);
    res.end(JSON.stringify(value));
  };
  try {
    if (req.method === 'OPTIONS') return reply(204, null);
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/_control/urls') return reply(200, standIns.urls('default'));
    if (path === '/_control/log') return reply(200, standIns.log('default', body));
    if (path === '/_control/reset') return reply(200, standIns.reset('default') ?? true);
    if (path === '/_control/fault') return reply(200, standIns.fault('default', body) ?? true);
    if (path === '/_control/budget') return reply(200, standIns.budget('default', body));
    if (path === '/_control/release') return reply(200, standIns.release('default'));
    return reply(404, { error: 'use /_control/urls, /log, /reset, /fault, /budget or /release' });
  } catch (e) {
    return reply(400, { error: String(e?.message ?? e) });
  }
});
const controlPort = await new Promise((resolve) => control.listen(base ? base + 5 : 0, host, () => resolve(control.address().port)));

const urls = standIns.urls('default');
const lines = [
  `stand-ins running (Ctrl-C to stop)`,
  `  combined    ${urls.combined}   (/github, /devstats/api/v1, /raw, /contribcard/data)`,
  `  github      ${urls.github}`,
  `  devstats    ${urls.devstats}`,
  `  raw         ${urls.raw}`,
  `  contribcard ${urls.contribcard}`,
  `  control     http://${host}:${controlPort}/_control/   (urls, log, reset, fault, budget, release)`,
];
console.log(lines.join('\n'));
console.log(JSON.stringify({ ...urls, control: `http://${host}:${controlPort}/_control` }));

const stop = async () => {
  control.close();
  control.closeAllConnections();
  await standIns.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
