/**
 * Writing the CLI's output files so that none is ever torn: each is written
 * beside its target under a hidden temporary name, then renamed over it (a
 * rename within one folder replaces the file at once, POSIX `rename(2)`). A
 * build stopped mid-write (Ctrl-C, a CI job cancelled, a full disk) leaves the
 * previous file, or none, never an empty or half-written one.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The temporary name `target` is written under first: hidden, and never a card's, an index's or a cache entry's name. */
export function tempNameOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
}

/**
 * Writes every `[path, body]` to its temporary name, then renames them into
 * place, the last first: the first file is the one that makes the set count
 * (a card's JSON, which `index` reads; its pictures come after it), so it is
 * only ever in place once the others are. A failure leaves no temporary file,
 * none of the new files when it came before the renames, and the first file
 * untouched whenever any other could not be put in place.
 */
export function writeFilesWhole(files: readonly (readonly [string, string | Uint8Array])[]): void {
  try {
    for (const [path, body] of files) {
      writeFileSync(tempNameOf(path), body);
    }
    for (const [path] of [...files].reverse()) renameSync(tempNameOf(path), path);
  } catch (e) {
    for (const [path] of files) rmSync(tempNameOf(path), { force: true });
    throw e;
  }
}

/** {@link writeFilesWhole} for one file. */
export function writeFileWhole(path: string, body: string | Uint8Array): void {
  writeFilesWhole([[path, body]]);
}
