/**
 * What the CLI prints while it builds. On a terminal: one status line,
 * redrawn, with a bar, the count and an ETA. Elsewhere (CI logs) or with
 * `--quiet`: one plain line per card. Always a summary at the end.
 */
import { visibleText } from '../static/text-layout.js';
import type { FailedLogin, IndexedCard } from './index-file.js';

/** Where the CLI writes: stdout-like, with the terminal's width when it is one. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const BAR = 20;

/** "1m 05s", "42s". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export class Progress {
  private done = 0;
  private readonly started = Date.now();
  private readonly live: boolean;

  constructor(
    private readonly out: Output,
    private readonly total: number,
    quiet: boolean,
  ) {
    this.live = !quiet && out.isTTY === true;
  }

  /** One card finished: `what` is "built", "partial (…)" or "failed: …". */
  step(login: string, what: string): void {
    this.done++;
    if (!this.live) {
      this.out.write(`[${this.done}/${this.total}] ${login}: ${what}\n`);
      return;
    }
    const elapsed = Date.now() - this.started;
    const eta = this.done < this.total ? ` ETA ${formatDuration((elapsed / this.done) * (this.total - this.done))}` : '';
    const filled = Math.round((this.done / this.total) * BAR);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${this.done}/${this.total}${eta}  ${login}: ${what}`;
    const width = Math.max(20, (this.out.columns ?? 80) - 1);
    this.out.write(`\r\x1b[2K${line.slice(0, width)}`);
    if (this.done === this.total) this.out.write('\n');
  }

  /** Leaves the status line before other output. */
  pause(): void {
    if (this.live && this.done < this.total) this.out.write('\n');
  }
}

/**
 * A message on one line, safe for a terminal or a CI log: {@link visibleText} (the static card's
 * rule for a title's text) drops control characters and bidi controls and makes line breaks
 * spaces. A message can carry a service's or a file's own bytes (JSON.parse and js-yaml quote
 * what they choke on), and an escape sequence in them set the terminal's title, erased the lines
 * above or wrote the clipboard (OSC 52); a line break let a service start a line of its own
 * (`::error::` in a GitHub Actions log).
 */
export const printable = visibleText;

/**
 * A message's first line, safe to print: js-yaml's message goes on with an excerpt of the file
 * (five lines and a caret), and its first line says where. Not for a message of this CLI's own,
 * whose line breaks are a file's bytes (JSON.parse quotes its input): {@link printable} keeps it all.
 */
export const oneLine = (message: string) => printable(message.split('\n')[0]!);

/**
 * The closing summary: built, partial (with their notices), failed (with reasons), and what a
 * stop left, saying what stopped it (`stoppedBy`: a signal's name, or "a rate limit").
 */
export function summary(cards: readonly IndexedCard[], failed: readonly FailedLogin[], remaining: readonly string[], ms: number, stoppedBy = 'a rate limit'): string {
  const partial = cards.filter((c) => c.notices?.length);
  const lines = [`Built ${cards.length} card${cards.length === 1 ? '' : 's'} in ${formatDuration(ms)}.`];
  if (partial.length) {
    lines.push(`Partial (built, some sources missing): ${partial.length}`);
    for (const c of partial) lines.push(`  ${c.login}: ${c.notices!.map((n) => `${n.source} ${n.reason}`).join(', ')}`);
  }
  if (failed.length) {
    lines.push(`Failed: ${failed.length}`);
    for (const f of failed) lines.push(`  ${f.login}: ${f.reason}${f.message ? ` (${printable(f.message)})` : ''}`);
  }
  if (remaining.length) lines.push(`Not built (stopped by ${stoppedBy}): ${remaining.join(' ')}`);
  return `${lines.join('\n')}\n`;
}
