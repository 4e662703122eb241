/**
 * A `Storage` (the Web Storage interface the live sources' cache uses) kept
 * as files in a folder: the CLI's `--cache-dir`, where the browser has
 * `localStorage`. One file per key, named by a hash of the key, so keys with
 * any characters map to safe names; the key itself is stored inside.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileWhole } from './write-file.js';

interface Stored {
  key: string;
  value: string;
}

/** Web Storage over a folder. Synchronous like localStorage; fine for a command-line build. */
export class FileStorage implements Storage {
  /** Keys → file names, read once from the folder. */
  private readonly files = new Map<string, string>();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    // A cache that cannot be written kept nothing, silently: said at once (a usage error).
    accessSync(dir, constants.W_OK);
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.json')) continue;
      try {
        const stored = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Partial<Stored>;
        if (typeof stored.key === 'string' && typeof stored.value === 'string') this.files.set(stored.key, name);
      } catch {
        // A half-written or foreign file: not ours to read, left alone.
      }
    }
  }

  get length(): number {
    return this.files.size;
  }

  key(index: number): string | null {
    return [...this.files.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    const name = this.files.get(key);
    if (!name) return null;
    try {
      const stored = JSON.parse(readFileSync(join(this.dir, name), 'utf8')) as Partial<Stored>;
      return stored.key === key && typeof stored.value === 'string' ? stored.value : null;
    } catch {
      return null;
    }
  }

  setItem(key: string, value: string): void {
    const name = `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`;
    // Written beside, then renamed: a build stopped mid-write leaves no torn file.
    writeFileWhole(join(this.dir, name), JSON.stringify({ key, value } satisfies Stored));
    this.files.set(key, name);
  }

  removeItem(key: string): void {
    const name = this.files.get(key);
    if (!name) return;
    this.files.delete(key);
    rmSync(join(this.dir, name), { force: true });
  }

  clear(): void {
    for (const key of [...this.files.keys()]) this.removeItem(key);
  }
}
