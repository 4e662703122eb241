/**
 * The demo gallery. Cards are created from a list so every card shows the
 * snippet that makes it; all snippet text goes in through textContent.
 */
import '../src/define.js';
import { loadMessages, messagesFor } from '../src/i18n/catalog.js';
import { matchLocale, SUPPORTED_LOCALES } from '../src/i18n/locale.js';
import { loadMore } from '../src/i18n/more-catalog.js';
import { parseCardData } from '../src/model/validate.js';
import { renderCardSvg } from '../src/static/svg.js';

interface Example {
  title: string;
  attrs: Record<string, string>;
  /** Extra light-DOM content (a slotted role). */
  inner?: string;
  dark?: boolean;
}

/**
 * Card files are plain static files next to the page. Built from the page's own
 * address, not with `new URL(…, import.meta.url)`: Vite rewrites that pattern
 * at build time, and a name it cannot find among the files became `/undefined`.
 */
const data = (name: string) => new URL(`data/${name}.json`, document.baseURI).pathname;

// Every person with made-up figures is fictional; the one real person shows only
// figures with a public source (demo/data/SOURCES.md).
const gallery: Example[] = [
  { title: 'Jordan Vale (fictional) — SIG chair, a complete card', attrs: { src: data('gopher-chair-42'), share: '' }, inner: '<span slot="role">KubeCon EU 2026 track chair</span>' },
  { title: 'Paco Xu — Steering Committee (public figures only)', attrs: { src: data('pacoxu') } },
  { title: 'Alex Moreau (fictional) — monthly activity, Steering emeritus', attrs: { src: data('monthly-gopher') } },
  { title: 'Sam Rivera (fictional) — one merged PR, under DevStats’ thresholds', attrs: { src: data('newcomer') } },
  { title: 'Noor Haddad (fictional) — no merged PR yet', attrs: { src: data('below') } },
  { title: 'Robin Park (fictional) — a file that says zero', attrs: { src: data('zero') } },
  { title: 'Casey Lin (fictional) — partial: GitHub rate-limited, a release missing', attrs: { src: data('partial') } },
  { title: 'Unknown user (no such file)', attrs: { src: data('ghost-user-404') } },
  { title: 'Broken data file', attrs: { src: data('broken') } },
  { title: 'Invalid login', attrs: { user: 'not a login!' } },
];

const matrix: Example[] = [
  { title: 'light · English', attrs: { src: data('gopher-chair-42'), theme: 'light', lang: 'en' } },
  { title: 'dark · English', attrs: { src: data('gopher-chair-42'), theme: 'dark', lang: 'en' }, dark: true },
  { title: 'light · 简体中文', attrs: { src: data('gopher-chair-42'), theme: 'light', lang: 'zh-CN' } },
  { title: 'dark · 简体中文', attrs: { src: data('newcomer'), theme: 'dark', lang: 'zh-CN' }, dark: true },
];

const variants: Example[] = [
  { title: 'full (the default)', attrs: { src: data('gopher-chair-42') } },
  { title: 'compact — for a team page', attrs: { src: data('gopher-chair-42'), variant: 'compact' } },
  { title: 'compact · a newcomer', attrs: { src: data('newcomer'), variant: 'compact' } },
  { title: 'compact · dark', attrs: { src: data('pacoxu'), variant: 'compact', theme: 'dark' }, dark: true },
];

function snippet(ex: Example): string {
  const attrs = Object.entries(ex.attrs)
    .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${v}"`))
    .join('');
  return `<k8s-contrib-card${attrs}>${ex.inner ?? ''}</k8s-contrib-card>`;
}

function show(containerId: string, examples: Example[]) {
  const container = document.getElementById(containerId)!;
  for (const ex of examples) {
    const item = document.createElement('div');
    item.className = ex.dark ? 'item dark-bg' : 'item';
    const h = document.createElement('h3');
    h.textContent = ex.title;
    const card = document.createElement('k8s-contrib-card');
    for (const [k, v] of Object.entries(ex.attrs)) card.setAttribute(k, v);
    if (ex.inner) card.innerHTML = ex.inner;
    const pre = document.createElement('pre');
    const code = document.createElement('code');
    code.textContent = snippet(ex);
    pre.append(code);
    item.append(h, card, pre);
    container.append(item);
  }
}

show('gallery', gallery);
show('matrix', matrix);
show('variants', variants);

// The inline variant sits in a sentence, as on a blog post.
const sentence = document.getElementById('inline-sentence')!;
sentence.append('Congratulations to ');
for (const [i, file] of ['pacoxu', 'gopher-chair-42'].entries()) {
  const chip = document.createElement('k8s-contrib-card');
  chip.setAttribute('src', data(file));
  chip.setAttribute('variant', 'inline');
  sentence.append(chip, i === 0 ? ' and ' : ' on their new roles this cycle.');
}

/**
 * Static cards: each file drawn by the element and, beside it, as the SVG the
 * CLI writes (the same renderer, run here in the page), in the page's language
 * and theme. The SVG has no avatar here: the CLI embeds one it downloaded.
 */
const langSelect = document.getElementById('lang') as HTMLSelectElement;
const themeSelect = document.getElementById('theme') as HTMLSelectElement;

/** Each file as the full card, then one file in each other variant (the CLI's `--variant`). */
const STATIC_ITEMS = [
  ...['gopher-chair-42', 'newcomer', 'partial'].map((file) => ({ file, variant: 'full' as const })),
  { file: 'gopher-chair-42', variant: 'compact' as const },
  { file: 'newcomer', variant: 'compact' as const },
  { file: 'gopher-chair-42', variant: 'inline' as const },
];
const staticGrid = document.getElementById('static')!;
const staticItems = STATIC_ITEMS.map(({ file, variant }) => {
  const item = document.createElement('div');
  item.className = 'item pair';
  const h = document.createElement('h3');
  h.textContent = variant === 'full' ? file : `${file}, ${variant}`;
  const card = document.createElement('k8s-contrib-card');
  card.setAttribute('src', data(file));
  if (variant !== 'full') card.setAttribute('variant', variant);
  const img = document.createElement('img');
  if (variant !== 'inline') img.width = 420;
  img.alt = '';
  const cmd = document.createElement('pre');
  const code = document.createElement('code');
  // What the page ran: the renderer the CLI's `build` writes each <login>.svg with.
  code.textContent = `renderCardSvg(parseCardData(${file}.json).data, { locale, messages, more, theme, now${variant === 'full' ? '' : `, variant: '${variant}'`} })`;
  cmd.append(code);
  // The chip sits in a line of text, as it would on a page.
  const shown = variant === 'inline' ? Object.assign(document.createElement('p'), { className: 'sentence' }) : card;
  if (variant === 'inline') shown.append('As ', card, ' explained…');
  item.append(h, shown, img, cmd);
  staticGrid.append(item);
  return { file, variant, card, img };
});

let staticRun = 0;
async function drawStatic(): Promise<void> {
  const run = ++staticRun;
  const locale = matchLocale(document.documentElement.lang);
  const theme = themeSelect.value === 'dark' ? 'dark' : themeSelect.value === 'light' ? 'light' : 'auto';
  const [, more] = await Promise.all([loadMessages(locale), loadMore(locale)]);
  const messages = messagesFor(locale)!;
  for (const { file, variant, card, img } of staticItems) {
    card.setAttribute('theme', theme);
    try {
      const res = await fetch(data(file));
      const parsed = parseCardData(await res.json());
      if (!parsed.ok) throw parsed.error;
      const svg = renderCardSvg(parsed.data, { locale, messages, more, theme, now: Date.now(), variant });
      if (run !== staticRun) return;
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      // The SVG's own <title> names the person; the img says the same.
      img.alt = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('title')?.textContent ?? '';
    } catch (e) {
      img.alt = `Could not draw ${file}: ${String(e)}`;
    }
  }
}

// Live cards: the real services by default; local stand-ins when the page says so
// (their figures are test data, not anyone's real work: the title says so).
const standIns = new URLSearchParams(location.search).get('stand-ins');
const live: Example[] = ['pacoxu', 'BenTheElder', 'kube-newbie-2026', 'kubernetes'].map((user): Example => ({
  title: standIns ? `Stand-in test data: ${user}` : `Live: ${user}`,
  attrs: standIns
    ? { user, 'github-api': `${standIns}/github`, 'devstats-api': `${standIns}/devstats/api/v1`, 'raw-base': `${standIns}/raw` }
    : { user },
}));
show('live', live);

// Page-wide controls: lang on <html> (cards follow the closest lang), theme on each card.
// Every language the card speaks, each named in itself.
for (const locale of SUPPORTED_LOCALES) {
  if (langSelect.querySelector(`option[value="${locale}"]`)) continue;
  const option = document.createElement('option');
  option.value = locale;
  option.lang = locale;
  option.textContent = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  langSelect.append(option);
}
langSelect.addEventListener('change', () => {
  document.documentElement.setAttribute('lang', langSelect.value);
  void drawStatic();
});
themeSelect.addEventListener('change', () => {
  for (const card of document.querySelectorAll('#gallery k8s-contrib-card, #live k8s-contrib-card, #inline-sentence k8s-contrib-card')) {
    card.setAttribute('theme', themeSelect.value);
  }
  void drawStatic();
});
void drawStatic();
