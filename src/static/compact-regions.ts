/**
 * The static compact card's regions, laid out as the element's compact card
 * (`src/variants/compact.ts`): a 40 px avatar beside the name (one line) and
 * the highest role; then three figures in a row with the sparkline beside
 * them, along their foot; then the figures' footnotes; 8 px apart. The full
 * card's login, company, chart heading and period labels are left out, as the
 * element's compact card leaves them out (the static compact card drew them,
 * and was twice the element's height). The words come from the same
 * `render/*-text.ts` modules as every card's.
 */
import { sparklineGeometry } from '../chart/sparkline.js';
import type { ActivityPoint, CardData, Role } from '../model/model.js';
import type { RenderContext } from '../render/context.js';
import { initials } from '../render/identity-text.js';
import type { ActivityText } from '../render/sparkline-text.js';
import type { totalsText } from '../render/totals-text.js';
import { avatarMarks, figureText, footnotesBlock, INNER, lh, PAD, paragraph, rungRuns, textLine, type Block } from './svg-regions.js';
import { CLS } from './svg-style.js';
import { ellipsize, textWidth, wrapText } from './text-layout.js';
import { el, num, type Markup } from './xml.js';

/** Space between the compact card's regions (`.compact`'s gap). */
export const COMPACT_GAP = 8;

const AVATAR = 40;
/** The name and the role, beside the avatar and its 10 px gap. */
const WHO_X = PAD + AVATAR + 10;
const WHO_W = INNER - AVATAR - 10;
/** The figures' gap, and the one between them and the chart (`.c-figs`, `.c-body`). */
const FIG_GAP = 10;
/** The sparkline's height and its least width (`.c-chart`). */
const CHART_H = 32;
const CHART_MIN = 60;

/**
 * The avatar, the name on one line (cut with "…", as the element's one-line
 * clamp cuts it), and the highest role under it, both beside the avatar and
 * centred on it.
 */
export function compactHeadBlock(data: CardData, top: Role | undefined, avatar: string | undefined, ctx: RenderContext): Block {
  const id = data.identity;
  const nameH = 15 * 1.25;
  const name = ellipsize(id.name ?? id.login, WHO_W, { size: 15, bold: true });
  const rung = top && paragraph(rungRuns(top, ctx), { x: WHO_X, max: WHO_W, size: 12.5, maxLines: 3, cls: CLS.role });
  const textH = nameH + (rung?.height ?? 0);
  const height = Math.max(AVATAR, textH);
  return {
    height,
    draw: (y, m) => {
      const textTop = y + (height - textH) / 2;
      // Initials this small in the text's colour, not the accent, as the element has them (AA on the tint).
      return [
        ...avatarMarks(m, PAD, y + height / 2, AVATAR, 15, initials(id), avatar, CLS.compact),
        textLine(m, [{ text: name, own: true }], WHO_X, textTop, 15, nameH, CLS.compact),
        ...(rung ? rung.draw(textTop + nameH, m) : []),
      ];
    },
  };
}

/** What the element's compact card says instead of its figures when there is nothing to count. */
export function compactEmptyBlock(sentence: string): Block {
  return paragraph([{ text: sentence }], { size: 12.5, maxLines: 4, cls: `${CLS.role} ${CLS.muted}` });
}

/**
 * The figures (number over label) in a row, and the sparkline filling the
 * rest of the row, 32 px tall, their feet on one line; then the footnotes of
 * the figures' marks. A label takes one line when the row has room by the
 * width estimate, else up to two lines in an equal share of it, then "…": the
 * estimate is wider than any font draws (Arabic's three labels take two lines
 * here, one in the element at 420 px, whose labels wrap only at 320 px or
 * less). `totals`: {@link totalsText} of the compact card's three figures only, so its notes
 * are theirs (the element's compact card, which asks for all six, keeps those of its three).
 */
export function compactBodyBlocks(totals: ReturnType<typeof totalsText>, points: readonly ActivityPoint[], activity: ActivityText | undefined): Block[] {
  const { tiles, notes } = totals;
  const chart = activity?.kind === 'chart' && points.length > 0;
  if (!tiles.length && !chart) return [];
  const figs = tiles.map((t) => {
    const markW = t.mark ? textWidth(t.mark, { size: 11 }) + 1 : 0;
    return { t, markW, valueW: textWidth(t.shown, { size: 15, bold: true }) + markW, labelW: textWidth(t.label, { size: 11 }) };
  });
  const room = INNER - (chart ? FIG_GAP + CHART_MIN : 0) - FIG_GAP * Math.max(0, figs.length - 1);
  const natural = figs.reduce((w, f) => w + Math.max(f.valueW, f.labelW), 0);
  const share = room / Math.max(1, figs.length);
  const laid = figs.map((f) => {
    const width = natural <= room ? Math.max(f.valueW, f.labelW) : Math.max(f.valueW, Math.min(f.labelW, share));
    return { ...f, width, label: natural <= room ? [f.t.label] : wrapText(f.t.label, width, { size: 11 }, 2) };
  });
  const valueH = lh(15);
  const labelH = lh(11);
  const figsH = laid.length ? valueH + Math.max(...laid.map((f) => f.label.length)) * labelH : 0;
  const figsW = laid.reduce((w, f) => w + f.width, 0) + FIG_GAP * Math.max(0, laid.length - 1);
  const chartX = laid.length ? PAD + figsW + FIG_GAP : PAD;
  const chartW = PAD + INNER - chartX;
  const height = Math.max(figsH, chart ? CHART_H : 0);
  const row: Block = {
    height,
    draw: (top, m) => {
      const out: Markup[] = [];
      const figTop = top + height - figsH;
      let x = PAD;
      for (const f of laid) {
        out.push(
          figureText(m, f.t.shown, f.t.mark, x, figTop + valueH / 2 + 0.35 * 15, CLS.compact, CLS.tiny, 6),
          ...f.label.map((line, k) => textLine(m, [{ text: line }], x, figTop + valueH + k * labelH, 11, labelH, `${CLS.tiny} ${CLS.muted}`)),
        );
        x += f.width + FIG_GAP;
      }
      if (chart) {
        // Time runs left to right in every language, as in the element (`.c-chart { direction: ltr }`);
        // right to left, the chart is on the figures' left, where the row's flex puts it.
        const geo = sparklineGeometry(points, chartW, CHART_H);
        out.push(
          el(
            'g',
            { transform: `translate(${num(m.x(chartX, chartW))} ${num(top + height - CHART_H)})` },
            el('path', { class: CLS.soft, d: geo.area }),
            el('path', { class: CLS.line, d: geo.line }),
          ),
        );
      }
      return out;
    },
  };
  const footnotes = footnotesBlock(notes, 11, CLS.tiny);
  return footnotes ? [row, footnotes] : [row];
}
