/**
 * The demo gallery. Cards are created from a list so every card shows the
 * snippet that makes it; all snippet text goes in through textContent.
 */
import '../src/define.js';

interface Example {
  title: string;
  attrs: Record<string, string>;
  /** Extra light-DOM content (a slotted role). */
  inner?: string;
  dark?: boolean;
}

const data = (name: string) => new URL(`./data/${name}.json`, import.meta.url).pathname;

const gallery: Example[] = [
  { title: 'Paco Xu — Steering Committee', attrs: { src: data('pacoxu') }, inner: '<span slot="role">KubeCon China 2024 co-chair</span>' },
  { title: 'Benjamin Elder — monthly activity', attrs: { src: data('BenTheElder') } },
  { title: 'Davanum Srinivas — Steering emeritus', attrs: { src: data('dims') } },
  { title: 'Mrunal Patel — SIG Node chair', attrs: { src: data('mrunalp') } },
  { title: 'A newcomer', attrs: { src: data('newcomer') } },
  { title: 'No contributions yet', attrs: { src: data('zero') } },
  { title: 'Partial: GitHub rate-limited', attrs: { src: data('partial') } },
  { title: 'Unknown user (no such file)', attrs: { src: data('ghost-user-404') } },
  { title: 'Broken data file', attrs: { src: data('broken') } },
  { title: 'Invalid login', attrs: { user: 'not a login!' } },
];

const matrix: Example[] = [
  { title: 'light · English', attrs: { src: data('pacoxu'), theme: 'light', lang: 'en' } },
  { title: 'dark · English', attrs: { src: data('pacoxu'), theme: 'dark', lang: 'en' }, dark: true },
  { title: 'light · 简体中文', attrs: { src: data('pacoxu'), theme: 'light', lang: 'zh-CN' } },
  { title: 'dark · 简体中文', attrs: { src: data('BenTheElder'), theme: 'dark', lang: 'zh-CN' }, dark: true },
];

function snippet(ex: Example): string {
  const attrs = Object.entries(ex.attrs)
    .map(([k, v]) => ` ${k}="${v}"`)
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

// Live cards: the real services by default; local stand-ins when the page says so.
const standIns = new URLSearchParams(location.search).get('stand-ins');
const live: Example[] = ['pacoxu', 'BenTheElder', 'neolit123'].map((user): Example => ({
  title: `Live: ${user}`,
  attrs: standIns
    ? { user, 'github-api': `${standIns}/github`, 'devstats-api': `${standIns}/devstats/api/v1`, 'raw-base': `${standIns}/raw` }
    : { user },
}));
show('live', live);

// Page-wide controls: lang on <html> (cards follow the closest lang), theme on each card.
const langSelect = document.getElementById('lang') as HTMLSelectElement;
const themeSelect = document.getElementById('theme') as HTMLSelectElement;
langSelect.addEventListener('change', () => document.documentElement.setAttribute('lang', langSelect.value));
themeSelect.addEventListener('change', () => {
  for (const card of document.querySelectorAll('#gallery k8s-contrib-card, #live k8s-contrib-card')) {
    card.setAttribute('theme', themeSelect.value);
  }
});
