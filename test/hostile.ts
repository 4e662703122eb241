/**
 * Hostile values for every text field, shared by the tests that must show
 * them as text and run none of them: the element's (`element/security.test.ts`)
 * and the static SVG's (`unit/svg.test.ts`).
 */

/** Set by any payload that manages to run. */
export const FLAG = '__k8sPwned';
export const run = (tag: string) => `window.${FLAG}=(window.${FLAG}||[]).concat('${tag}')`;

/** Values placed in every text field; `name` is for the test title. */
export const CORPUS: [name: string, value: string][] = [
  ['img onerror', `<img src=x onerror="${run('img')}">`],
  ['script element', `<script>${run('script')}</script>`],
  ['attribute break-out', `"><svg onload="${run('svg')}"><a x="`],
  ['single-quote break-out', `' onfocus='${run('attr')}' autofocus x='`],
  ['event handler only', `onerror=${run('bare')}`],
  ['javascript: URL', `javascript:${run('js-url')}`],
  ['mixed-case javascript: URL', `JaVaScRiPt:${run('js-url-case')}`],
  ['javascript: URL behind spaces and tabs', ` \t\njavascript:${run('js-url-ws')}`],
  ['data: URL', `data:text/html,<script>${run('data-url')}</script>`],
  ['vbscript: URL', 'vbscript:msgbox(1)'],
  ['http URL carrying markup', `https://evil.example/"><img src=x onerror="${run('http-markup')}">`],
  ['Lit expression', '${' + run('lit') + '}'],
  ['Lit marker', '<!--?lit$123456789$--><?lit$123456789$>lit$123456789$'],
  ['template braces', `{{constructor.constructor('${run('braces')}')()}}`],
  ['HTML entities', `&lt;img src=x onerror=${run('entity')}&gt;&#x3C;script&#x3E;`],
  ['style injection', '</style><style>*{display:none!important}</style>'],
  ['right-to-left override', '\u202Eevil\u202C gnp.exe \u2066x\u2069'],
  ['NUL and control characters', 'a\u0000b\u0001c\u0008d\u001Be\u007Ff\u000Bg'],
  ['prototype key __proto__', '__proto__'],
  ['prototype key constructor', 'constructor'],
  ['prototype key toString', 'toString'],
  ['10 KB unbroken word', 'W'.repeat(10 * 1024)],
  ['10 KB of markup', `<b onmouseover="${run('long')}">x</b>`.repeat(200).slice(0, 10 * 1024)],
];

// A JSON card with every text field set to `v` (URLs too: unsafe ones must be dropped).
export type CardJson = ReturnType<typeof hostileCard>;
export function hostileCard(v: string) {
  return {
    schemaVersion: 1,
    identity: { login: 'hostile-user', name: v, company: v, avatarUrl: v, profileUrl: v },
    totals: { contributions: 1234, prsMerged: 56, reviews: 78, prsOpened: 90 },
    firstContribution: { title: v, repository: v, date: '2019-05-01', url: v },
    yearsActive: [2019, 2020, 2021] as number[],
    roles: [
      { kind: 'steering-member', group: v, term: v, url: v },
      { kind: 'chair', group: v, label: v, url: v },
      { kind: 'subproject-lead', group: 'SIG Node', label: v, url: v },
      { kind: 'other', group: v, label: v, url: v },
      { kind: 'maintainer', group: v, url: v, paths: [v, ''] },
    ],
    activity: {
      unit: 'release',
      points: [
        { period: v, start: '2024-04-17', count: 3 },
        { period: 'v1.31', start: '2024-08-13', count: 9 },
        { period: v, start: '2024-12-11', count: 4 },
      ],
    },
    sources: [
      { id: v, name: v, url: v },
      { id: 'github', name: v, url: v },
    ],
    notices: [
      { source: v, reason: 'network', retryAt: '2099-01-01T00:00:00Z' },
      { source: 'devstats', reason: 'timeout' },
    ],
    asOf: '2026-11-20T08:00:00Z',
  };
}

