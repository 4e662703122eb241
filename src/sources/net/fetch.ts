/**
 * One network call, for every source the card reads (a `src` file, GitHub,
 * DevStats, raw files, ContribCard): bounded in time, body included, and in
 * size, while downloading; its failures classified into a `LoadError` reason.
 * Sharing (`share.ts`), caching and rate limits (`http.ts`) are built on it.
 */
import { LoadError, toLoadError, type FailedSource } from '../../model/load-error.js';
import { abortReason, anySignal } from './abort.js';

/**
 * Runs `call` (a fetch and the reading of its body) under a signal that aborts
 * when `signal` does or `timeoutMs` passes. Rejects with a `LoadError`: a
 * `timeout` when the time ran out, `network` for a failed fetch; or with
 * `signal`'s reason when it aborted.
 */
export async function within<T>(source: FailedSource, timeoutMs: number, signal: AbortSignal, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    return await call(anySignal([signal, timeout]));
  } catch (e) {
    if (e instanceof LoadError) throw e;
    if (signal.aborted) throw abortReason(signal);
    // An abort caused by the time limit is a timeout, not a cancellation.
    if (timeout.aborted) throw new LoadError('timeout', source, `no complete answer within ${timeoutMs} ms`);
    throw toLoadError(e, source);
  }
}

/** Reads the body as text, refusing answers over `max` bytes before or while downloading them. */
export async function readBody(res: Response, max: number, source: FailedSource): Promise<string> {
  // One message whether the size was declared or counted as the answer arrived.
  const tooBig = () => new LoadError('bad-data', source, `answer is over the ${max}-byte limit`);
  if (Number(res.headers.get('content-length') ?? NaN) > max) {
    void res.body?.cancel().catch(() => {});
    throw tooBig();
  }
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel().catch(() => {});
      throw tooBig();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** True when an answer is an HTML page (a captive portal, an error page, a SPA fallback), which is never data. */
export function isHtml(res: Response, text: string, expectJson: boolean): boolean {
  return /\btext\/html\b/i.test(res.headers.get('content-type') ?? '') || (expectJson && /^\s*</.test(text));
}
