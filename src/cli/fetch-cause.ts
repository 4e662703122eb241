/**
 * Node's fetch fails with "fetch failed" and keeps what happened in its `cause` ("getaddrinfo
 * ENOTFOUND api.github.com", "connect ECONNREFUSED …", a proxy's or a certificate's error), where
 * a browser has nothing more to say. The card's failure keeps only the message, so the message
 * names the cause: an offline or proxied run says which host failed, and how.
 */

/** What a fetch failure's `cause` says, or undefined when it says nothing. */
export function causeText(cause: unknown): string | undefined {
  if (!(cause instanceof Error)) return undefined;
  if (cause.message) return cause.message;
  // A host with IPv4 and IPv6 addresses (localhost, raw.githubusercontent.com) that refuses both:
  // Node tries each (autoSelectFamily) and fails with an AggregateError whose message is empty.
  if (cause instanceof AggregateError) {
    const each = cause.errors.map(causeText).filter((t): t is string => t !== undefined);
    if (each.length) return each.join('; ');
  }
  const code = (cause as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** `fetch`, failing with a TypeError that names its cause (same class, same `cause`). */
export function namingCause(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return (input, init) =>
    fetch(input, init).catch((e: unknown) => {
      const cause = e instanceof TypeError ? causeText(e.cause) : undefined;
      throw cause ? new TypeError(`${(e as TypeError).message}: ${cause}`, { cause: (e as TypeError).cause }) : e;
    });
}
