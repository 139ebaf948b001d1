import { attrOf, childOf, childrenOf, tagOf, type XmlNode } from "../zip-guard/parse-xml.ts";

/**
 * Automatic list numbers (numbering.xml). Word shows "（一）", "1." or "目标1：" that are not in the text runs;
 * a faithful reader must render them or the goals and sections lose their numbers.
 */
interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

export interface Numbering {
  /** The label of the next paragraph of list numId at level ilvl, counting it. */
  next(numId: string, ilvl: number): string;
}

const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const stems = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];
const branches = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"];

function chinese(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  if (n < 10) return digits[n] ?? "";
  if (n < 20) return `十${n % 10 === 0 ? "" : digits[n % 10]}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 === 0 ? "" : digits[n % 10]}`;
  if (n < 1000) {
    const rest = n % 100;
    return `${digits[Math.floor(n / 100)]}百${rest === 0 ? "" : rest < 10 ? `零${digits[rest]}` : chinese(rest).replace(/^十/, "一十")}`;
  }
  return String(n);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let s = "";
  let rest = n;
  for (const [v, r] of table) {
    while (rest >= v) {
      s += r;
      rest -= v;
    }
  }
  return s;
}

function letters(n: number): string {
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "chineseLegalSimplified":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "ideographDigital":
      return chinese(n);
    case "ideographTraditional":
      return stems[(n - 1) % 10] ?? String(n);
    case "ideographZodiac":
      return branches[(n - 1) % 12] ?? String(n);
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}

function readLevels(abs: XmlNode): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenOf(abs)) {
    if (tagOf(lvl) !== "w:lvl") continue;
    const ilvl = Number(attrOf(lvl, "w:ilvl") ?? 0);
    const start = childOf(lvl, "w:start");
    const fmt = childOf(lvl, "w:numFmt");
    const text = childOf(lvl, "w:lvlText");
    const suff = childOf(lvl, "w:suff");
    levels.set(ilvl, {
      start: Number((start && attrOf(start, "w:val")) ?? 1),
      format: (fmt && attrOf(fmt, "w:val")) ?? "decimal",
      text: (text && attrOf(text, "w:val")) ?? "",
      suffix: (suff && attrOf(suff, "w:val")) ?? "tab",
    });
  }
  return levels;
}

export function readNumbering(root: XmlNode[] | null): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { levels: Map<number, Level>; overrides: Map<number, number> }>();
  const numbering = root?.find((n) => tagOf(n) === "w:numbering");
  if (numbering) {
    for (const n of childrenOf(numbering)) {
      if (tagOf(n) === "w:abstractNum") abstracts.set(attrOf(n, "w:abstractNumId") ?? "", readLevels(n));
    }
    for (const n of childrenOf(numbering)) {
      if (tagOf(n) !== "w:num") continue;
      const absRef = childOf(n, "w:abstractNumId");
      const levels = new Map(abstracts.get((absRef && attrOf(absRef, "w:val")) ?? "") ?? []);
      const overrides = new Map<number, number>();
      for (const o of childrenOf(n)) {
        if (tagOf(o) !== "w:lvlOverride") continue;
        const ilvl = Number(attrOf(o, "w:ilvl") ?? 0);
        const so = childOf(o, "w:startOverride");
        if (so) overrides.set(ilvl, Number(attrOf(so, "w:val") ?? 1));
        const lvl = childOf(o, "w:lvl");
        if (lvl) for (const [k, v] of readLevels({ x: [lvl] })) levels.set(k, v);
      }
      nums.set(attrOf(n, "w:numId") ?? "", { levels, overrides });
    }
  }
  const counters = new Map<string, number[]>();
  return {
    next(numId, ilvl) {
      const num = nums.get(numId);
      const level = num?.levels.get(ilvl);
      if (!num || !level) return "";
      const startOf = (i: number): number => num.overrides.get(i) ?? num.levels.get(i)?.start ?? 1;
      let c = counters.get(numId);
      if (!c) {
        c = [];
        counters.set(numId, c);
      }
      for (let i = 0; i < ilvl; i++) if (c[i] === undefined) c[i] = startOf(i);
      c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : (c[ilvl] as number) + 1;
      c.length = ilvl + 1;
      if (level.format === "bullet") return "";
      const label = level.text.replace(/%(\d)/g, (_, d: string) => {
        const i = Number(d) - 1;
        const fmt = i === ilvl ? level.format : (num.levels.get(i)?.format ?? "decimal");
        return formatNumber(c[i] ?? startOf(i), fmt);
      });
      return label + (level.suffix === "nothing" || label === "" ? "" : " ");
    },
  };
}
