// @web/test-runner plugin: starts the stand-in services with the test server
// and stops them with it. Tests talk to it through `executeServerCommand`
// (see ./client.ts); each test file (session) gets its own scope, so files
// running in parallel never see each other's requests, faults or budgets.
import { startStandIns } from './server.js';

/** Commands: `stand-ins:urls|reset|log|fault|budget`. */
export function standInsPlugin(options = {}) {
  let standIns;
  const scopeOf = (session) => String(session?.id ?? 'default').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 100) || 'default';
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
        case 'stand-ins:reset':
          standIns.reset(scope);
          return true;
        case 'stand-ins:log':
          return standIns.log(scope, payload ?? {});
        case 'stand-ins:fault':
          standIns.fault(scope, payload);
          return true;
        case 'stand-ins:budget':
          return standIns.budget(scope, payload ?? {});
        default:
          throw new Error(`unknown stand-ins command ${command}`);
      }
    },
  };
}
