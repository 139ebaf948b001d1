import type { Rules } from "./ruled-tables.ts";
import type { TextItem } from "./text-items-to-blocks.ts";

/**
 * One walk over a page's operator list yields both the text (one item per glyph, placed the way pdfjs's canvas
 * renderer places it) and the ruling lines. A second pass (getTextContent) would parse the same content stream
 * and fonts again; the operator list already carries every glyph with its Unicode text and advance width.
 */

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** m then n: a point p maps to n(m(p)). */
const mul = (m: ArrayLike<number>, n: Matrix): Matrix => [
  (m[0] ?? 1) * n[0] + (m[1] ?? 0) * n[2],
  (m[0] ?? 1) * n[1] + (m[1] ?? 0) * n[3],
  (m[2] ?? 0) * n[0] + (m[3] ?? 1) * n[2],
  (m[2] ?? 0) * n[1] + (m[3] ?? 1) * n[3],
  (m[4] ?? 0) * n[0] + (m[5] ?? 0) * n[2] + n[4],
  (m[4] ?? 0) * n[1] + (m[5] ?? 0) * n[3] + n[5],
];

/** The parts of pdfjs's glyph objects in showText arguments that placing text needs. */
interface Glyph {
  unicode: string;
  width: number;
  isSpace?: boolean;
  vmetric?: number[] | null;
}

/** The parts of a pdfjs font object (page.commonObjs) that placing text needs. */
export interface FontInfo {
  fontMatrix?: number[];
  vertical?: boolean;
}

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: unknown[];
}

export interface PageContent {
  items: TextItem[];
  rules: Rules;
}

/** pdfjs OPS codes by name, resolved once per pdfjs module. */
export type OpCodes = Record<string, number>;

const PAINT = [
  "stroke",
  "closeStroke",
  "fill",
  "eoFill",
  "fillStroke",
  "eoFillStroke",
  "closeFillStroke",
  "closeEOFillStroke",
];

interface TextState {
  font: FontInfo;
  size: number;
  direction: 1 | -1;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  matrix: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
}

const initialText = (): TextState => ({
  font: {},
  size: 0,
  direction: 1,
  charSpacing: 0,
  wordSpacing: 0,
  hScale: 1,
  leading: 0,
  rise: 0,
  matrix: [...IDENTITY],
  x: 0,
  y: 0,
  lineX: 0,
  lineY: 0,
});

/** Straight horizontal and vertical segments of one painted path (lines and thin filled rectangles). */
function addPathRules(rules: Rules, ctm: Matrix, data: ArrayLike<number>, filled: boolean): void {
  const add = (x0: number, y0: number, x1: number, y1: number): void => {
    const ax = ctm[0] * x0 + ctm[2] * y0 + ctm[4];
    const ay = ctm[1] * x0 + ctm[3] * y0 + ctm[5];
    const bx = ctm[0] * x1 + ctm[2] * y1 + ctm[4];
    const by = ctm[1] * x1 + ctm[3] * y1 + ctm[5];
    if (Math.abs(ay - by) < 1.5 && Math.abs(ax - bx) > 3)
      rules.h.push({ y: (ay + by) / 2, x0: Math.min(ax, bx), x1: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) < 1.5 && Math.abs(ay - by) > 3)
      rules.v.push({ x: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  };
  // Path data: 0 moveTo x y, 1 lineTo x y, 2 curveTo 6 numbers, 3 quadraticCurveTo 4 numbers, 4 closePath.
  let sx = 0;
  let sy = 0;
  let cx = 0;
  let cy = 0;
  const segs: number[] = [];
  for (let k = 0; k < data.length; ) {
    const op = data[k];
    if (op === 0) {
      cx = data[k + 1] ?? 0;
      cy = data[k + 2] ?? 0;
      sx = cx;
      sy = cy;
      k += 3;
    } else if (op === 1) {
      const nx = data[k + 1] ?? 0;
      const ny = data[k + 2] ?? 0;
      segs.push(cx, cy, nx, ny);
      cx = nx;
      cy = ny;
      k += 3;
    } else if (op === 2) {
      cx = data[k + 5] ?? 0;
      cy = data[k + 6] ?? 0;
      k += 7;
    } else if (op === 3) {
      cx = data[k + 3] ?? 0;
      cy = data[k + 4] ?? 0;
      k += 5;
    } else if (op === 4) {
      segs.push(cx, cy, sx, sy);
      cx = sx;
      cy = sy;
      k += 1;
    } else break;
  }
  if (filled && segs.length >= 12) {
    // A thin filled rectangle is a rule along its long side.
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < segs.length; i += 2) {
      const x = segs[i] ?? 0;
      const y = segs[i + 1] ?? 0;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    if (maxY - minY < 2.5) {
      add(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
      return;
    }
    if (maxX - minX < 2.5) {
      add((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
      return;
    }
  }
  for (let i = 0; i + 3 < segs.length; i += 4) add(segs[i] ?? 0, segs[i + 1] ?? 0, segs[i + 2] ?? 0, segs[i + 3] ?? 0);
}

/**
 * Text items and rules of one page from its operator list. `font` resolves pdfjs's loaded font names (for the font
 * matrix of Type3 fonts and vertical writing); unknown fonts are taken as ordinary 1000-unit horizontal fonts.
 * `normalize` is pdfjs's normalizeUnicode (ligatures and compatibility forms, as getTextContent applies it).
 */
export function pageContent(
  ops: OperatorList,
  OPS: OpCodes,
  font: (name: string) => FontInfo | null,
  normalize: (text: string) => string = (t) => t,
): PageContent {
  const items: TextItem[] = [];
  const rules: Rules = { h: [], v: [] };
  const paint = new Set(PAINT.map((n) => OPS[n]));
  const filled = new Set(PAINT.filter((n) => n.includes("ill")).map((n) => OPS[n]));
  const seen = new Map<string, string>();
  const normalized = (u: string): string => {
    let n = seen.get(u);
    if (n === undefined) {
      n = normalize(u);
      seen.set(u, n);
    }
    return n;
  };
  let ctm: Matrix = [...IDENTITY];
  let text = initialText();
  const stack: { ctm: Matrix; text: TextState }[] = [];

  const setFont = (name: unknown, size: unknown): void => {
    const s = Number(size) || 0;
    text.font = (typeof name === "string" && font(name)) || {};
    text.size = Math.abs(s);
    text.direction = s < 0 ? -1 : 1;
  };
  const moveText = (x: number, y: number): void => {
    text.lineX += x;
    text.lineY += y;
    text.x = text.lineX;
    text.y = text.lineY;
  };

  // Glyphs that follow each other on one baseline (also across show operations: producers often position each
  // glyph on its own) form one item; a gap of half a character or more starts a new one.
  let cur: TextItem | null = null;
  const place = (str: string, x: number, y: number, width: number, size: number): void => {
    const gap = cur ? x - (cur.x + cur.width) : 0;
    if (
      cur &&
      Math.abs(cur.y - y) < size * 0.1 &&
      Math.abs(cur.size - size) < size * 0.2 &&
      gap > -size * 0.3 &&
      gap < size * 0.5
    ) {
      // A gap of a fifth of a character is a word space between letters (Chinese text drops it again).
      cur.text += gap > size * 0.2 ? ` ${str}` : str;
      cur.width = Math.max(cur.width, x + width - cur.x);
      return;
    }
    cur = { text: str, x, y, width, size };
    items.push(cur);
  };

  const showText = (glyphs: (Glyph | number | null)[]): void => {
    const t = text;
    if (t.size === 0) return;
    const fm = t.font.fontMatrix ?? [0.001];
    const scale = t.size * (fm[0] ?? 0.001);
    const vertical = t.font.vertical === true;
    // Text space → page: the text matrix, then the current transformation matrix.
    const m = mul(t.matrix, ctm);
    const height = Math.hypot(m[2], m[3]) * t.size;
    let adv = 0;
    for (const g of glyphs) {
      if (g === null) continue;
      if (typeof g === "number") {
        adv += ((vertical ? 1 : -1) * g * t.size) / 1000;
        continue;
      }
      const spacing = (g.isSpace ? t.wordSpacing : 0) + t.charSpacing;
      const width = vertical ? -(g.vmetric?.[0] ?? -g.width) : g.width;
      const step = vertical ? width * scale - spacing * t.direction : width * scale + spacing * t.direction;
      const str = g.unicode ? normalized(g.unicode) : "";
      // Spaces are not kept as text: the gap they leave decides between a word space and a column gap.
      if (str.trim() !== "") {
        const tx = vertical ? t.x : t.x + adv * t.hScale * t.direction;
        const ty = vertical ? t.y - adv : t.y + t.rise;
        place(
          str,
          m[0] * tx + m[2] * ty + m[4],
          m[1] * tx + m[3] * ty + m[5],
          Math.abs(width * scale * t.hScale) * Math.hypot(m[0], m[1]),
          height,
        );
      }
      adv += step;
    }
    if (vertical) t.y -= adv;
    else t.x += adv * t.hScale * t.direction;
  };

  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, text: { ...text, matrix: [...text.matrix] } });
        break;
      case OPS.restore: {
        const top = stack.pop();
        if (top) {
          ctm = top.ctm;
          text = top.text;
        }
        break;
      }
      case OPS.transform:
        ctm = mul(args as number[], ctm);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ctm, text: { ...text, matrix: [...text.matrix] } });
        if (args?.[0]) ctm = mul(args[0] as number[], ctm);
        break;
      case OPS.paintFormXObjectEnd: {
        const top = stack.pop();
        if (top) {
          ctm = top.ctm;
          text = top.text;
        }
        break;
      }
      case OPS.constructPath: {
        if (!paint.has(args?.[0] as number)) break;
        const data = (args?.[1] as ArrayLike<number>[] | undefined)?.[0];
        if (data) addPathRules(rules, ctm, data, filled.has(args?.[0] as number));
        break;
      }
      case OPS.beginText:
        text.matrix = [...IDENTITY];
        text.x = text.lineX = text.y = text.lineY = 0;
        break;
      case OPS.setFont:
        setFont(args?.[0], args?.[1]);
        break;
      case OPS.setGState:
        for (const [key, value] of (args?.[0] as [string, unknown][] | undefined) ?? []) {
          if (key === "Font") setFont((value as unknown[])[0], (value as unknown[])[1]);
        }
        break;
      case OPS.setTextMatrix: {
        const a = args?.[0] as ArrayLike<number>;
        text.matrix = [a[0] ?? 1, a[1] ?? 0, a[2] ?? 0, a[3] ?? 1, a[4] ?? 0, a[5] ?? 0];
        text.x = text.lineX = text.y = text.lineY = 0;
        break;
      }
      case OPS.moveText:
        moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
        break;
      case OPS.setLeadingMoveText:
        text.leading = Number(args?.[1]) || 0;
        moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
        break;
      case OPS.nextLine:
        moveText(0, text.leading);
        break;
      case OPS.setLeading:
        text.leading = -(Number(args?.[0]) || 0);
        break;
      case OPS.setCharSpacing:
        text.charSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setWordSpacing:
        text.wordSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setHScale:
        text.hScale = (Number(args?.[0]) || 100) / 100;
        break;
      case OPS.setTextRise:
        text.rise = Number(args?.[0]) || 0;
        break;
      case OPS.showText:
        showText((args?.[0] as (Glyph | number | null)[]) ?? []);
        break;
    }
  }
  return { items, rules };
}
