/**
 * The static card's regions, one function each, laid out as the web card
 * lays them out (`src/element/styles.ts`, `src/render/view-styles.ts`): the
 * same sizes, spacing and colours, in a column 386 px wide (420 px less the
 * 16 px padding and 1 px border each side). Every string comes from the
 * shared pure modules in `src/render/` (`*-text.ts`, `roles-layout.ts`), so
 * the static card and the web card say the same thing; this module only
 * places it.
 *
 * Links are written as plain text, never as `<a>`: GitHub's image proxy and
 * every `<img>` show an SVG as a picture, where a link cannot be followed, and
 * a static card must not point anywhere. Text that was a link in the web card
 * is therefore not underlined or coloured as one here.
 */
import { sparklineGeometry } from '../chart/sparkline.js';
import type { ActivityPoint, BadgeTier, CardData, Role } from '../model/model.js';
import type { BadgeText } from '../render/badges-text.js';
import type { MoreContext, RenderContext } from '../render/context.js';
import { firstContributionText, yearsText, type FirstContributionText } from '../render/details-text.js';
import { stillFooterText } from './still-text.js';
import { EMBLEM_SHAPES, ringsPath } from '../render/emblem-shapes.js';
import { initials } from '../render/identity-text.js';
import { arrangeRoles, roleText, termText, type RoleGroup } from '../render/roles-layout.js';
import type { ActivityText } from '../render/sparkline-text.js';
import { contributionsLine, totalsText } from '../render/totals-text.js';
import { LTR, type Anchor, type Mirror } from './mirror.js';
import { CLS, headingSpacing } from './svg-style.js';
import { ellipsize, graphemes, textWidth, wrapRuns, wrapText, type Run } from './text-layout.js';
import { el, num, type Markup } from './xml.js';
import { punctuationOf } from '../i18n/punctuation.js';

/**
 * Between the items of a list ("SIG Node · SIG Testing"): a no-break space before the dot, so a
 * wrapped list never starts a line with "·" (a Ukrainian role list did); the line breaks after it.
 */
const SEP = '\u00A0· ';

/** Width of the card, the web card's default maximum. */
export const WIDTH = 420;
/** Padding and border on each side. */
export const PAD = 17;
/** Width of the content column. */
export const INNER = WIDTH - 2 * PAD;
/** Space between regions (the card's flex gap). */
export const GAP = 12;

/** A region: its height, and its markup once its top and the card's direction are known. */
export interface Block {
  height: number;
  /** Laid out left to right; `m` places it in the card's direction. */
  draw: (top: number, m: Mirror) => Markup[];
}

/** The CSS `line-height` of the card's text (1.45). */
export const lh = (size: number) => size * 1.45;

/**
 * One line of text whose line box starts at `top`, anchored at `x` in the
 * left-to-right layout and placed by `m`. The baseline sits where a browser
 * puts it for a line box of that height: half the leading, then the ascent
 * (≈ 0.35 em below the middle for common sans-serif fonts).
 */
export function textLine(m: Mirror, runs: readonly Run[], x: number, top: number, size: number, height: number, cls?: string, anchor: Anchor = 'start'): Markup {
  // A space that opens a <tspan> after plain text is dropped by resvg: it goes to the end of the run
  // before. XML's white space only: a no-break space (before a list's "·") is a character, and stays.
  const moved = runs.map((r) => ({ ...r }));
  for (let i = 1; i < moved.length; i++) {
    const lead = /^[ \t\r\n]+/.exec(moved[i]!.text)?.[0];
    if (!lead) continue;
    moved[i]!.text = moved[i]!.text.slice(lead.length);
    moved[i - 1]!.text += ' ';
  }
  return el(
    'text',
    { x: m.x(x), y: top + height / 2 + 0.35 * size, class: cls, 'text-anchor': m.anchor(anchor) },
    m.embed(moved).map((r) => (r.cls ? el('tspan', { class: r.cls }, r.text) : r.text)),
  );
}

/** A paragraph of runs wrapped to `max`, one `<text>` per line. */
export function paragraph(runs: readonly Run[], o: { x?: number; max?: number; size: number; maxLines: number; cls?: string; lineHeight?: number }): Block {
  const height = o.lineHeight ?? lh(o.size);
  const { lines } = wrapRuns(runs, { max: o.max ?? INNER, size: o.size, maxLines: o.maxLines });
  return {
    height: lines.length * height,
    draw: (top, m) => lines.map((line, i) => textLine(m, line, o.x ?? PAD, top + i * height, o.size, height, o.cls)),
  };
}

/** Blocks one under the other with `gap` between them. */
export function stack(blocks: readonly (Block | undefined)[], gap: number): Block | undefined {
  const present = blocks.filter((b): b is Block => !!b && b.height > 0);
  if (!present.length) return undefined;
  return {
    height: present.reduce((h, b) => h + b.height, 0) + gap * (present.length - 1),
    draw: (top, m) => {
      const out: Markup[] = [];
      let y = top;
      for (const b of present) {
        out.push(...b.draw(y, m));
        y += b.height + gap;
      }
      return out;
    },
  };
}

/** An uppercase section heading with the 6 px below it (`h3`); Chinese is not uppercased, as in the card. */
function heading(text: string, ctx: RenderContext): Block {
  const upper = ctx.locale.startsWith('zh') ? text : text.toLocaleUpperCase(ctx.locale);
  const height = lh(12);
  const line = wrapRuns([{ text: upper, bold: true }], { max: INNER, size: 12, spacing: headingSpacing(ctx.locale) ? 0.04 : 0, maxLines: 1 }).lines[0] ?? [];
  return { height: height + 6, draw: (top, m) => [textLine(m, line, PAD, top, 12, height, `${CLS.heading} ${CLS.muted}`)] };
}

// ---------------------------------------------------------------------------
// Identity

const AVATAR = 56;
const WHO_X = PAD + AVATAR + 12;
const WHO_W = WIDTH - PAD - WHO_X;

/** Avatar ({@link avatarMarks}), name (two lines at most), @login and company. */
export function identityBlock(data: CardData, avatar: string | undefined): Block {
  const id = data.identity;
  const name = wrapRuns([{ text: id.name ?? id.login, bold: true, own: true }], { max: WHO_W, size: 18, maxLines: 2 }).lines;
  const nameH = 18 * 1.25;
  const line = lh(14);
  const login = ellipsize(`@${id.login}`, WHO_W, { size: 14 });
  const company = id.company ? ellipsize(id.company, WHO_W, { size: 14 }) : '';
  const textH = name.length * nameH + line + (company ? line : 0);
  const height = Math.max(AVATAR, textH);
  return {
    height,
    draw: (top, m) => {
      const cy = top + height / 2;
      const out = avatarMarks(m, PAD, cy, AVATAR, 20, initials(id), avatar, `${CLS.initials} ${CLS.accent}`);
      let y = top + (height - textH) / 2;
      for (const l of name) {
        out.push(textLine(m, l, WHO_X, y, 18, nameH, CLS.name));
        y += nameH;
      }
      out.push(textLine(m, [{ text: login, own: true }], WHO_X, y, 14, line, CLS.accent));
      if (company) out.push(textLine(m, [{ text: company, own: true }], WHO_X, y + line, 14, line, CLS.muted));
      return out;
    },
  };
}

/**
 * A round avatar `size` px across, its left edge at `x` and its middle at `cy`: the image, else
 * the initials (`fontSize` px, in `initialsCls`, which sets that size) on the accent's tint. The image is made round
 * by a frame in the card's background drawn over its corners: a clip path would need a `url(#…)`
 * reference, which some sanitizers strip and which this card keeps out altogether.
 */
export function avatarMarks(m: Mirror, x: number, cy: number, size: number, fontSize: number, letters: string, avatar: string | undefined, initialsCls: string): Markup[] {
  const r = size / 2;
  const out = [
    el('circle', { class: CLS.soft, cx: m.x(x + r), cy, r }),
    textLine(m, [{ text: letters }], x + r, cy - fontSize / 2, fontSize, fontSize, initialsCls, 'middle'),
  ];
  if (avatar) {
    const left = m.x(x, size);
    const y = cy - r;
    out.push(
      el('image', { x: left, y, width: size, height: size, preserveAspectRatio: 'xMidYMid slice', 'xlink:href': avatar }),
      // A square a pixel larger than the image with a round hole: the corners take the card's colour.
      el('path', {
        class: CLS.mask,
        'fill-rule': 'evenodd',
        d: `M${num(left - 1)},${num(y - 1)}h${size + 2}v${size + 2}h${-size - 2}Z` + `M${num(left)},${num(cy)}a${r},${r} 0 1,0 ${size},0a${r},${r} 0 1,0 ${-size},0Z`,
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------
// Notices and the empty state

/** The partial state: a tinted box with one sentence per failed source. */
export function noticesBlock(notices: readonly string[]): Block | undefined {
  if (!notices.length) return undefined;
  const body = stack(
    notices.map((n) => paragraph([{ text: n }], { x: PAD + 10, max: INNER - 20, size: 12.5, maxLines: 3, cls: `${CLS.role} ${CLS.warnText}` })),
    0,
  )!;
  const height = body.height + 12;
  return {
    height,
    draw: (top, m) => [el('rect', { class: CLS.warn, x: m.x(PAD, INNER), y: top, width: INNER, height, rx: 8 }), ...body.draw(top + 6, m)],
  };
}

/** A card with nothing to count says so instead of totals, history and chart. */
export function emptyBlock(sentence: string): Block {
  return paragraph([{ text: sentence }], { size: 14, maxLines: 4 });
}

// ---------------------------------------------------------------------------
// Totals

const TILE_GAP = 8;
const TILE_W = (INNER - 2 * TILE_GAP) / 3;
const TILE_H = 6 + lh(18) + lh(12) + 6;

/**
 * Three tiles a row: the compact figure (with its scope's mark) over its label; footnotes below.
 * A label too long for its tile wraps to a second line (a long word anywhere), as on the web
 * card, and its row grows by that line.
 */
export function totalsBlock(data: CardData, ctx: RenderContext): Block | undefined {
  const { tiles, notes } = totalsText(data, ctx);
  if (!tiles.length) return undefined;
  const inner = TILE_W - 16;
  const labels = tiles.map((t) => wrapText(t.label, inner, { size: 12 }, 2));
  const rowH: number[] = [];
  for (let i = 0; i < tiles.length; i += 3) rowH.push(TILE_H + (Math.max(...labels.slice(i, i + 3).map((l) => l.length), 1) - 1) * lh(12));
  const rowTop = (row: number) => rowH.slice(0, row).reduce((sum, h) => sum + h + TILE_GAP, 0);
  const gridH = rowTop(rowH.length) - TILE_GAP;
  const footnotes = footnotesBlock(notes, 12, CLS.small);
  // "14,523 contributions, active in 27 repositories", above the tiles as on the card.
  const sentence = contributionsLine(data, ctx);
  const lead = sentence ? paragraph([{ text: sentence }], { size: 13, maxLines: 2, cls: `${CLS.note} ${CLS.muted}` }) : undefined;
  const leadH = lead ? lead.height + 8 : 0;
  return {
    height: leadH + gridH + (footnotes ? 4 + footnotes.height : 0),
    draw: (origin, m) => {
      const out: Markup[] = lead ? lead.draw(origin, m) : [];
      const top = origin + leadH;
      tiles.forEach((t, i) => {
        const x = PAD + (i % 3) * (TILE_W + TILE_GAP);
        const y = top + rowTop(Math.floor(i / 3));
        const markW = t.mark ? textWidth(t.mark, { size: 11 }) + 1 : 0;
        const value = ellipsize(t.shown, inner - markW, { size: 18, bold: true });
        out.push(
          el('rect', { class: CLS.soft, x: m.x(x, TILE_W), y, width: TILE_W, height: rowH[Math.floor(i / 3)], rx: 8 }),
          figureText(m, value, t.mark, x + 8, y + 6 + lh(18) / 2 + 0.35 * 18, CLS.value, CLS.mark, 7),
          ...labels[i]!.map((line, k) => textLine(m, [{ text: line }], x + 8, y + 6 + lh(18) + k * lh(12), 12, lh(12), `${CLS.small} ${CLS.muted}`)),
        );
      });
      if (footnotes) out.push(...footnotes.draw(top + gridH + 4, m));
      return out;
    },
  };
}

/**
 * A figure ("15.8K") and its scope's mark raised like the card's `<sup>`, 1 px from it, `rise` px
 * up, its baseline at `y`: right to left, the mark comes first, on the figure's left, and the
 * figure back down after it.
 */
export function figureText(m: Mirror, value: string, mark: string | undefined, x: number, y: number, cls: string, markCls: string, rise: number): Markup {
  const raised = (dx: number | undefined, dy: number) => mark && el('tspan', { class: `${markCls} ${CLS.muted}`, dx, dy }, mark);
  return el(
    'text',
    { x: m.x(x), y, class: cls, 'text-anchor': m.anchor('start') },
    ...(m.rtl && mark ? [raised(undefined, -rise), el('tspan', { dx: 1, dy: rise }, m.lead(value))] : [m.lead(value), raised(1, -rise)]),
  );
}

/** The footnotes of the figures' marks ("* in kubernetes … only"), one muted paragraph each, `size` px in `cls`. */
export function footnotesBlock(notes: readonly { mark: string; text: string }[], size: number, cls: string): Block | undefined {
  return stack(
    notes.map((n) => paragraph([{ text: `${n.mark} ${n.text}` }], { size, maxLines: 2, cls: `${cls} ${CLS.muted}` })),
    0,
  );
}

// ---------------------------------------------------------------------------
// History

/**
 * "First contribution: fix typo in kubeadm docs (kubernetes/kubernetes) · Mar 5, 2018", as the card words it,
 * in runs: the title, the repository and the date are each their own (set apart in right to left, as the web card isolates them).
 */
export function firstContributionRuns(f: FirstContributionText, colon: string): Run[] {
  return [
    { text: `${f.label}${colon}` },
    { text: f.what, own: true },
    // The brackets inside the repository's piece, between its marks: WebKit's SVG text does not pair
    // brackets (UAX #9 N0), and a ")" between the repository and a right-to-left date turned around.
    ...(f.repositoryAside ? [...(f.repositoryAside.startsWith(' ') ? [{ text: ' ' }] : []), { text: f.repositoryAside.trimStart(), own: true }] : []),
    ...(f.dateApart ? [{ text: SEP }, { text: f.date, own: true }] : []),
  ];
}

/** The same as one string, for the description. */
export function firstContributionLine(f: FirstContributionText, colon: string): string {
  return firstContributionRuns(f, colon)
    .map((r) => r.text)
    .join('');
}

/** First contribution and years active, one muted paragraph each. */
export function historyBlocks(data: CardData, ctx: RenderContext): Block[] {
  const first = firstContributionText(data, ctx);
  const years = yearsText(data, ctx);
  const o = { size: 13, maxLines: 3, cls: `${CLS.note} ${CLS.muted}` };
  return [first && paragraph(fittedFirstContribution(first, ctx.msg.colon, o), o), years && paragraph([{ text: years }], o)].filter(
    (b): b is Block => !!b,
  );
}

/**
 * The first contribution's runs, its title cut with "…" (as little as needed) so that the
 * repository and the date after it stay within the paragraph's lines: a title of 100 characters
 * or more (GitHub allows 256) pushed them out, and the card lost the date. The description keeps
 * the whole title.
 */
function fittedFirstContribution(first: FirstContributionText, colon: string, o: { size: number; maxLines: number }): Run[] {
  const fits = (runs: Run[]) => !wrapRuns(runs, { max: INNER, size: o.size, maxLines: o.maxLines }).truncated;
  const whole = firstContributionRuns(first, colon);
  if (fits(whole)) return whole;
  const title = graphemes(first.what);
  const cut = (n: number) => firstContributionRuns({ ...first, what: `${title.slice(0, n).join('').trimEnd()}…` }, colon);
  // The longest start of the title that fits (none of it at worst; if the label, repository and date
  // alone run past the lines, which takes a repository name of 100 characters or more, the paragraph
  // cuts them as before).
  let [lo, hi] = [0, title.length - 1];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(cut(mid))) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

// ---------------------------------------------------------------------------
// Activity

const CHART_H = 56;

/** The sparkline (d3-scale geometry, drawn at the column's width) with its first and last period, or the "below" sentence. */
export function activityBlock(points: readonly ActivityPoint[], text: ActivityText | undefined, ctx: RenderContext): Block | undefined {
  if (!text) return undefined;
  const head = heading(text.heading, ctx);
  if (text.kind === 'below') {
    return stack([head, paragraph([{ text: text.sentence }], { size: 13, maxLines: 3, cls: `${CLS.note} ${CLS.muted}` })], 0);
  }
  const geo = sparklineGeometry(points, INNER, CHART_H);
  const labelH = lh(12);
  const half = (INNER - 8) / 2;
  return {
    height: head.height + CHART_H + labelH,
    draw: (top, m) => {
      const y = top + head.height;
      // The chart and its two ends are not mirrored: time runs left to right in every
      // language, as on the web card (`.chart, .readout { direction: ltr }`); the ends'
      // words still read in the card's direction ("v1.38 (حتى الآن)" from the right).
      const ends: Mirror = { ...LTR, embed: m.embed };
      return [
        ...head.draw(top, m),
        el('g', { transform: `translate(${PAD} ${num(y)})` }, el('path', { class: CLS.soft, d: geo.area }), el('path', { class: CLS.line, d: geo.line })),
        textLine(ends, [{ text: ellipsize(text.from, half, { size: 12 }) }], PAD, y + CHART_H, 12, labelH, `${CLS.small} ${CLS.muted}`),
        textLine(ends, [{ text: ellipsize(text.to, half, { size: 12 }) }], WIDTH - PAD, y + CHART_H, 12, labelH, `${CLS.small} ${CLS.muted}`, 'end'),
      ];
    },
  };
}

// ---------------------------------------------------------------------------
// Roles

const ROLE_SIZE = 12.5;
/** A role box's padding and border, each side: 10 px and 1 px across, 3 px and 1 px down. */
const BOX_X = 11;
const BOX_Y = 4;

/** One role's words: "SIG Node (cri)", then its term: " (term ends Oct 2027)", "（任期至 2027年10月）", muted in a box (as the card's `.role .term`). */
function roleRuns(role: Role, ctx: RenderContext, termCls?: string): Run[] {
  const runs: Run[] = [{ text: roleText(role, ctx), own: true }];
  if (role.term) runs.push({ text: punctuationOf(ctx.locale).aside(termText(role.term, ctx)), cls: termCls });
  return runs;
}

/** The highest rung's line: its title in the accent, then its role ("Chair · SIG Node"). */
export function rungRuns(top: Role, ctx: RenderContext): Run[] {
  return [{ text: ctx.msg.roles[top.kind], bold: true, cls: `${CLS.bold} ${CLS.accent}`, own: true }, { text: SEP }, ...roleRuns(top, ctx)];
}

/** A kind's title and every role of that kind: "Chair: WG Device Management · SIG Node". */
function groupRuns(g: RoleGroup, ctx: RenderContext): Run[] {
  // The title is set apart as data is (`own`): an Arabic title that ends in Latin words ("مسؤول
  // اتصال لدى Steering Committee") ran on into the Latin group after it, and the two came apart.
  const runs: Run[] = [{ text: g.otherLabel ?? ctx.msg.roles[g.kind], bold: true, cls: CLS.semibold, own: true }, { text: ctx.msg.colon }];
  g.roles.forEach((r, i) => {
    if (i) runs.push({ text: SEP, cls: CLS.muted });
    runs.push(...roleRuns(r, ctx, CLS.muted));
  });
  return runs;
}

/** A rounded box around wrapped runs, as wide as its longest line (`.role`, or a page's role with a dashed border). */
function roleBox(runs: readonly Run[], cls: string, maxLines: number): Block {
  const line = lh(ROLE_SIZE);
  const { lines } = wrapRuns(runs, { max: INNER - 2 * BOX_X, size: ROLE_SIZE, maxLines });
  const widest = Math.max(0, ...lines.map((l) => l.reduce((w, r) => w + textWidth(r.text, { size: ROLE_SIZE, bold: r.bold }), 0)));
  const width = Math.min(INNER, widest + 2 * BOX_X);
  const height = lines.length * line + 2 * BOX_Y;
  return {
    height,
    draw: (top, m) => [
      el('rect', { class: cls, x: m.x(PAD + 0.5, width - 1), y: top + 0.5, width: width - 1, height: height - 1, rx: 10 }),
      ...lines.map((l, i) => textLine(m, l, PAD + BOX_X, top + BOX_Y + i * line, ROLE_SIZE, line, CLS.role)),
    ],
  };
}

/**
 * The highest rung on its own line, the other rungs and the seats beside the
 * ladder in boxes by kind (as `roles-layout.ts` arranges them), then the roles
 * the page supplies, under a label that says so.
 */
export function rolesBlock(roles: readonly Role[], extra: readonly string[], ctx: RenderContext): Block | undefined {
  if (!roles.length && !extra.length) return undefined;
  const { top, ladder, beside } = arrangeRoles(roles);
  const rung = top && paragraph(rungRuns(top, ctx), { size: 14, maxLines: 3 });
  const box = (g: RoleGroup) => roleBox(groupRuns(g, ctx), g.kind === 'steering-member' ? CLS.boxTop : CLS.box, 4);
  const page =
    extra.length > 0
      ? stack(
          [
            paragraph([{ text: ctx.more!.pageRoles }], { size: 12, maxLines: 2, cls: `${CLS.small} ${CLS.muted}` }),
            ...extra.map((label) => roleBox([{ text: label, own: true }], `${CLS.boxPage}`, 2)),
          ],
          6,
        )
      : undefined;
  const list = stack([rung, ...ladder.map(box), ...beside.map(box), page], 6);
  return stack([heading(ctx.msg.rolesHeading, ctx), list], 0);
}

// ---------------------------------------------------------------------------
// Badges

const PILL_H = lh(ROLE_SIZE) + 6;

/**
 * The badge's emblem, as the card draws it (render/emblem-shapes.ts): its
 * shape inside one ring per tier, stroked in the tier's colour. Centred on
 * (x, y), `size` px across.
 */
function emblem(id: BadgeText['badge']['id'], tier: BadgeTier, x: number, y: number, size: number, cls: string): Markup {
  const k = size / 24;
  return el(
    'g',
    { class: `${cls} ${CLS.emblem}`, transform: `translate(${num(x - size / 2)} ${num(y - size / 2)}) scale(${num(k)})` },
    el('path', { class: CLS.ring, d: ringsPath(tier) }),
    el('path', { class: CLS.shape, d: EMBLEM_SHAPES[id] }),
  );
}

/**
 * Pills that wrap like the card's list: the tier's shape in its colour, the
 * badge's name and, since an image has no tooltip, its tier in words.
 */
export function badgesBlock(badges: readonly BadgeText[], ctx: RenderContext): Block | undefined {
  if (!badges.length) return undefined;
  const head = heading(ctx.msg.badgesHeading, ctx);
  // Left edge to the text: border, padding, the emblem, the gap; and the right padding and border.
  const before = 1 + 3 + 19 + 4;
  const after = 8 + 1;
  const pills = badges.map((b) => {
    const runs: Run[] = [{ text: b.name }, { text: punctuationOf(ctx.locale).aside(b.tier), cls: CLS.muted }];
    const text = wrapRuns(runs, { max: INNER - before - after, size: ROLE_SIZE, maxLines: 1 }).lines[0] ?? [];
    const width = before + text.reduce((w, r) => w + textWidth(r.text, { size: ROLE_SIZE }), 0) + after;
    return { b, text, width };
  });
  // Flow into rows, 6 px apart both ways.
  const placed: { x: number; row: number; pill: (typeof pills)[number] }[] = [];
  let x = 0;
  let row = 0;
  for (const pill of pills) {
    if (x > 0 && x + pill.width > INNER) {
      x = 0;
      row++;
    }
    placed.push({ x, row, pill });
    x += pill.width + 6;
  }
  const rows = row + 1;
  return {
    height: head.height + rows * PILL_H + (rows - 1) * 6,
    draw: (top, m) => {
      const out = head.draw(top, m);
      for (const { x: px, row: r, pill } of placed) {
        const left = PAD + px;
        const y = top + head.height + r * (PILL_H + 6);
        const tier = pill.b.badge.tier;
        out.push(
          el('rect', { class: CLS.soft, x: m.x(left, pill.width), y, width: pill.width, height: PILL_H, rx: PILL_H / 2 }),
          emblem(pill.b.badge.id, tier, m.x(left + 4 + 9), y + PILL_H / 2, 19, CLS.pill(tier)),
          // Centred in the space the estimate gave it, so a narrower font leaves even margins.
          textLine(m, pill.text, left + before + (pill.width - before - after) / 2, y + 3, ROLE_SIZE, PILL_H - 6, CLS.role, 'middle'),
        );
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------------------
// Footer

/**
 * The figures' scope across the card, then "Data as of …" at the left and the
 * sources' names at the right, on one line when they fit (else the names
 * below, as the card's flex row wraps).
 */
export function footerBlock(data: CardData, ctx: MoreContext): Block | undefined {
  const f = stillFooterText(data, ctx);
  const cls = `${CLS.small} ${CLS.muted}`;
  const line = lh(12);
  const scope = f.scope ? paragraph([{ text: f.scope }], { size: 12, maxLines: 3, cls }) : undefined;
  const asOf = f.asOf ? ellipsize(f.asOf, INNER, { size: 12 }) : undefined;
  const names: Run[] = f.sources.flatMap((s, i) => [...(i ? [{ text: SEP }] : []), { text: ellipsize(s.name, INNER / 2, { size: 12 }), own: true }]);
  const sources = wrapRuns(names, { max: INNER, size: 12, maxLines: 2 }).lines;
  const asOfW = asOf ? textWidth(asOf, { size: 12 }) : 0;
  const sourcesW = sources.length === 1 ? textWidth(sources[0]!.map((r) => r.text).join(''), { size: 12 }) : Infinity;
  const together = !!asOf && sources.length === 1 && asOfW + 12 + sourcesW <= INNER;
  const rowLines = together ? 1 : (asOf ? 1 : 0) + sources.length;
  if (!scope && !rowLines) return undefined;
  const rows: Block = {
    height: rowLines * line + (!together && asOf && sources.length ? 4 : 0),
    draw: (top, m) => {
      const out: Markup[] = [];
      let y = top;
      if (asOf) {
        out.push(textLine(m, [{ text: asOf }], PAD, y, 12, line, cls));
        if (!together) y += line + 4;
      }
      if (together) out.push(textLine(m, sources[0]!, WIDTH - PAD, y, 12, line, cls, 'end'));
      else sources.forEach((l, i) => out.push(textLine(m, l, PAD, y + i * line, 12, line, cls)));
      return out;
    },
  };
  return stack([scope, rows], 4);
}
