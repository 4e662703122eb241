/**
 * The `k8s-contrib-card` command: reads the command line, runs the command,
 * and turns every outcome into an exit code (0 built, 1 some login failed,
 * 2 usage error, 3 stopped by a rate limit). Usage errors are printed with the
 * usage text; anything unexpected is printed without the token.
 */
import { readFileSync } from 'node:fs';
import { writeFileWhole } from './write-file.js';
import { join } from 'node:path';
import { parseCommandLine, USAGE, UsageError } from './args.js';
import { EXIT, redact, runBuild, type CliEnv } from './build.js';
import { indexFolder } from './index-file.js';
import { runRolesCrawl } from './crawl.js';
import { LoadError } from '../model/load-error.js';
import { oneLine, printable } from './progress.js';

/** The package's version, for `--version`. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the CLI; resolves with the exit code. */
export async function main(argv: readonly string[], cli: CliEnv): Promise<number> {
  try {
    const cmd = parseCommandLine(argv);
    switch (cmd.command) {
      case 'help':
        cli.out.write(`${USAGE}\n`);
        return EXIT.ok;
      case 'version':
        cli.out.write(`${version()}\n`);
        return EXIT.ok;
      case 'index': {
        let index;
        try {
          index = indexFolder(cmd.dir);
        } catch (e) {
          throw new UsageError(`index: cannot read ${cmd.dir}: ${(e as Error).message}`);
        }
        writeFileWhole(join(cmd.dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
        cli.out.write(`index.json: ${index.cards.length} card${index.cards.length === 1 ? '' : 's'}, ${index.failed.length} failed, ${index.remaining.length} not built.\n`);
        return EXIT.ok;
      }
      case 'build':
        return await runBuild(cmd, cli);
      case 'roles':
        return await runRolesCrawl(cmd, cli);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      cli.err.write(`k8s-contrib-card: ${redact(printable(e.message), cli.env)}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    // A service that failed, or a file the system would not read or write: its message is the
    // whole story. Anything else is a bug, printed with its stack.
    const told = e instanceof LoadError || (e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string');
    cli.err.write(`k8s-contrib-card: ${redact(e instanceof Error ? (told ? oneLine(e.message) : (e.stack ?? e.message)) : printable(String(e)), cli.env)}\n`);
    return EXIT.failed;
  }
}
