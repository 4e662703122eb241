/**
 * A chunk loader that downloads its chunk once per page, however many cards
 * ask, but does not keep a failure: a download that failed (the network, a
 * CDN hiccup) is asked for again by the next call, a card's retry or another
 * card, instead of failing every card of the page for good. Whether that
 * reaches the network again is the browser's call: Chromium 156 and WebKitGTK
 * 2.50 fetch the module again; Firefox ESR 153 keeps the failed module in the
 * page's module map, as the HTML standard says, and a retry fails the same way
 * (test/element/chunk-failure.test.ts).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    }));
}

/**
 * {@link loadOnce} for each key: one download per page and key (a language's
 * chunk per locale), none kept once it failed.
 */
export function loadOnceEach<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const loaders = new Map<K, () => Promise<T>>();
  return (key) => {
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = loadOnce(() => load(key))));
    return loader();
  };
}
