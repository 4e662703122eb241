// @web/test-runner plugin and middleware: paths of the test server that fail
// while a test says so (the card's chunks: the card view, a language, a
// variant). Not a copy of any one service: an injected fault, a 503 with an
// empty body, standing for whatever keeps a chunk from arriving. What the card
// sees of it is the browser's, not ours: the HTML Standard's "fetch a single
// module script" treats any response whose status is not ok as a failure and
// puts null in the module map, and `import()` rejects with a TypeError.
//
// Only the paths named when the plugin is made can fail, and those are always
// served `Cache-Control: no-store`, the 503 too: the test runner marks every
// file it serves `public, max-age=31536000` (@web/test-runner-core,
// server/middleware/cacheMiddleware.js, which wraps this middleware and sets
// its header last), so a page of an earlier test file would leave the module
// in the browser's cache, and a cached 503 would fail every retry without
// asking the server: the retry the tests check would never reach it.
//
// Commands (through `executeServerCommand`):
//   `failing-paths:set`   { path } → that path answers 503 until cleared
//   `failing-paths:clear` → every path answers again
//   `failing-paths:log`   → the failed requests' paths
//   `failing-paths:delay` { path, ms } → that path answers, but only after `ms` (until cleared): a
//                         download still on its way while another settles
export function failingPaths(failable) {
  const failing = new Set();
  const delays = new Map();
  const log = [];
  return {
    async middleware(ctx, next) {
      if (!failable.includes(ctx.path)) return next();
      // The runner's cache middleware sets its header after this one has returned: keep ours.
      const set = ctx.response.set.bind(ctx.response);
      ctx.response.set = (field, value) => (String(field).toLowerCase() === 'cache-control' ? undefined : set(field, value));
      set('Cache-Control', 'no-store');
      const delay = delays.get(ctx.path);
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (!failing.has(ctx.path)) return next();
      log.push(ctx.path);
      ctx.status = 503;
      ctx.body = '';
    },
    plugin: {
      name: 'failing-paths',
      async executeCommand({ command, payload }) {
        if (command === 'failing-paths:set') {
          const path = String(payload?.path ?? '');
          if (!failable.includes(path)) throw new Error(`not a path that can fail: ${path} (failable: ${failable.join(', ')})`);
          failing.add(path);
          return true;
        }
        if (command === 'failing-paths:delay') {
          const path = String(payload?.path ?? '');
          if (!failable.includes(path)) throw new Error(`not a path that can be delayed: ${path} (failable: ${failable.join(', ')})`);
          delays.set(path, Number(payload?.ms) || 0);
          return true;
        }
        if (command === 'failing-paths:clear') {
          failing.clear();
          delays.clear();
          return true;
        }
        if (command === 'failing-paths:log') return log;
        return undefined;
      },
    },
  };
}
