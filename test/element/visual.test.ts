/**
 * Screenshots of the card's main states compared with committed baselines
 * (test/screenshots/<name>.png). Regenerate after an intended change with
 * `npx wtr --files test/element/visual.test.ts --update-visual-baseline`, then look
 * at the images before committing them.
 *
 * Kept stable on purpose: card-data files (no live data), no avatar image
 * (initials), "now" frozen so relative times read the same for years,
 * animations off (reduced motion), English only (no CJK font in CI).
 */
import { emulateMedia } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { K8sContribCard } from '../../src/element/k8s-contrib-card.js';
import { dataUrl, mount, slowUrl, until } from '../harness.js';
import { describeChromiumOnly } from '../engines.js';

const data = dataUrl;
const slow = slowUrl;

/** Five days after the files' `asOf`: "Data as of Nov 20, 2026 (5 days ago)". */
const NOW = Date.parse('2026-11-25T12:00:00Z');
const realNow = Date.now;

before(async () => {
  Date.now = () => NOW;
  await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
});
after(async () => {
  Date.now = realNow;
  await emulateMedia({ reducedMotion: 'no-preference' });
});

/** A card in a container `width` px wide, settled (or still loading for `loading`). */
async function card(src: string, theme: 'light' | 'dark', width: number, wait: boolean): Promise<K8sContribCard> {
  const { el, done } = await mount({ src, theme }, { width });
  if (wait) {
    await done;
    // The chart arrives in its own chunk.
    if (src.includes('full')) await until(() => el.shadowRoot!.querySelector('.chart path.line'));
  } else {
    await until(() => el.shadowRoot!.querySelector('[part=skeleton]'));
  }
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  return el;
}

const STATES: [name: string, src: () => string, wait: boolean][] = [
  ['full', () => data('visual-full.json'), true],
  ['partial', () => data('partial.json'), true],
  ['loading', () => slow(20000, 'visual-full.json'), false],
  ['not-found', () => data('nobody.json'), true],
  ['error', () => data('wrong-type.json'), true],
];

/** Every state light at 480 px and dark at 280 px; the full card in all four combinations. */
const SHOTS: [state: string, theme: 'light' | 'dark', width: number][] = [
  ...STATES.flatMap(([name]): [string, 'light' | 'dark', number][] => [
    [name, 'light', 480],
    [name, 'dark', 280],
  ]),
  ['full', 'light', 280],
  ['full', 'dark', 480],
];

describeChromiumOnly('visual regression', () => {
  for (const [state, theme, width] of SHOTS) {
    it(`${state}, ${theme}, ${width}px`, async () => {
      const [, src, wait] = STATES.find(([n]) => n === state)!;
      const el = await card(src(), theme, width, wait);
      await visualDiff(el, `${state}-${theme}-${width}`);
    });
  }
});
