// @web/test-runner plugin: starts the stand-in services with the test server
// and stops them with it. Tests talk to it through `executeServerCommand`
// (see ./client.ts).
//
// Each test file (session) gets its own scope, so files running in parallel
// never see each other's requests, faults or budgets; `stand-ins:fresh` moves
// the file to a new scope with new URLs, so nothing cached by the browser
// (HTTP cache, localStorage, preflight cache) for one test can answer the next.
import { startStandIns } from './server.js';

/** Commands: `stand-ins:urls|fresh|reset|clear-log|log|fault|budget|release`. */
export function standInsPlugin(options = {}) {
  let standIns;
  const epochs = new Map();
  const sessionOf = (session) => String(session?.id ?? 'default').replace(/[^A-Za-z0-9_]/g, '').slice(0, 80) || 'default';
  const scopeOf = (session) => `${sessionOf(session)}-${epochs.get(sessionOf(session)) ?? 0}`;
  return {
    name: 'stand-ins',
    async serverStart() {
      standIns = await startStandIns(options);
    },
    async serverStop() {
      await standIns?.stop();
      standIns = undefined;
    },
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('stand-ins:')) return undefined;
      if (!standIns) throw new Error('stand-ins are not running');
      const scope = scopeOf(session);
      switch (command) {
        case 'stand-ins:urls':
          return standIns.urls(scope);
        case 'stand-ins:fresh': {
          standIns.drop(scope);
          const id = sessionOf(session);
          epochs.set(id, (epochs.get(id) ?? 0) + 1);
          return standIns.urls(scopeOf(session));
        }
        case 'stand-ins:reset':
          standIns.reset(scope);
          return true;
        case 'stand-ins:clear-log':
          standIns.clearLog(scope);
          return true;
        case 'stand-ins:log':
          return standIns.log(scope, payload ?? {});
        case 'stand-ins:fault':
          standIns.fault(scope, payload);
          return true;
        case 'stand-ins:budget':
          return standIns.budget(scope, payload ?? {});
        case 'stand-ins:release':
          return standIns.release(scope);
        case 'stand-ins:histograms':
          standIns.histograms(scope);
          return true;
        default:
          throw new Error(`unknown stand-ins command ${command}`);
      }
    },
  };
}
