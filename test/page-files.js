// @web/test-runner plugin: files a test writes at run time, served by the test
// server itself under `/__files/<name>`. A real page serves its card-data file
// from its own http(s) origin; this lets a test build that file (hostile
// values, generated data) and serve it the same way, instead of a blob: or
// data: URL the card rightly refuses.
//
// Commands (through `executeServerCommand`):
//   `page-files:put`  { name, body, type? } → the file's path
//   `page-files:log`  → every request served: { path, headers }
const PREFIX = '/__files/';

export function pageFilesPlugin() {
  const files = new Map();
  const log = [];
  return {
    name: 'page-files',
    serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = decodeURIComponent(context.path.slice(PREFIX.length));
      log.push({ path: context.path, headers: { ...context.headers } });
      const file = files.get(name);
      // Unknown names fall through to the static files, which answer 404.
      if (!file) return undefined;
      // Readable from another origin too (the same server under another host name), as a CDN's files are.
      return { body: file.body, type: file.type, headers: { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' } };
    },
    async executeCommand({ command, payload }) {
      if (command === 'page-files:put') {
        const name = String(payload?.name ?? '');
        if (!/^[A-Za-z0-9._-]{1,100}$/.test(name)) throw new Error(`bad file name ${name}`);
        files.set(name, { body: String(payload.body ?? ''), type: payload.type ?? 'application/json' });
        return PREFIX + name;
      }
      if (command === 'page-files:log') return log;
      return undefined;
    },
  };
}
