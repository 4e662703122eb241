// The package's index.d.ts re-exports './browser/commands.mjs', for which it
// ships no .d.mts, so TypeScript sees no exports; this is its one function.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline called `name`. */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
