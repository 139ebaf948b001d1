import { JixiaoError } from "@jixiao/core";
import type { Block } from "../blocks.ts";
import { openOfficePackage } from "../zip-guard/open-office-package.ts";
import { formatCellNumber } from "./format-cell.ts";
import { decodeXmlText, type RawCell, readSheetXml, refuseManyRows, richText } from "./read-sheet-xml.ts";
import { readStyles } from "./read-styles.ts";
import { sheetToBlocks } from "./sheet-to-blocks.ts";

/**
 * A target workbook has tens of rows per sheet and a sheet per project; these caps are two orders of magnitude
 * above that and keep a hostile sheet to a few hundred MB and seconds (2 million cells took 2.3 GB and 38 s).
 */
export interface XlsxLimits {
  /** Rows of one sheet. */
  maxRows: number;
  /** Filled cells of one sheet. */
  maxCells: number;
  /** Filled cells of the whole workbook. */
  maxTotalCells?: number;
}

const utf8 = new TextDecoder("utf-8");

export const defaultXlsxLimits: XlsxLimits = { maxRows: 20_000, maxCells: 200_000, maxTotalCells: 400_000 };

/** SpreadsheetML (transitional and strict) and package-relationship namespaces. */
const MAIN_NAMESPACE =
  /\bxmlns:([A-Za-z_][\w.-]*)="(?:http:\/\/schemas\.openxmlformats\.org\/(?:spreadsheetml\/2006\/main|package\/2006\/relationships)|http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main)"/g;

/**
 * Refuses entity declarations, and writes prefixed SpreadsheetML (`<x:row><x:c>`, as the .NET Open XML SDK and
 * some budget systems' exports write it) as the default-namespace XML the regular expressions below read.
 */
function refuseDoctype(xml: string, part: string): string {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new JixiaoError("hostile_file", `DOCTYPE/ENTITY in ${part}`, {
      userMessage: "文件内含 XML 实体声明（DOCTYPE/ENTITY），可能是恶意构造的文件，已拒绝读取。",
    });
  }
  const head = xml.length > 4096 ? xml.slice(0, 4096) : xml;
  let out = xml;
  for (const m of head.matchAll(MAIN_NAMESPACE)) {
    out = out.replace(new RegExp(`<(/?)${(m[1] ?? "").replace(/\./g, "\\.")}:`, "g"), "<$1");
  }
  return out;
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/");
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/**
 * Reads every visible sheet of a .xlsx into blocks, sheet after sheet (one project per sheet in the provincial
 * templates). Text stays as the sheet shows it: numbers stored as text are text, numbers are formatted with their
 * number format (68.38%, 300.00).
 */
export async function readXlsx(bytes: Uint8Array, limits: XlsxLimits = defaultXlsxLimits): Promise<Block[]> {
  const zip = openOfficePackage(bytes, "xlsx");
  const workbook = refuseDoctype(zip.readText("xl/workbook.xml") ?? "", "xl/workbook.xml");
  const rels = refuseDoctype(zip.readText("xl/_rels/workbook.xml.rels") ?? "", "workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[1] ?? "")?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[1] ?? "")?.[1];
    if (id && target) targets.set(id, resolve("xl", decodeXmlText(target)));
  }
  const sharedXml = zip.readText("xl/sharedStrings.xml");
  const shared: string[] = [];
  if (sharedXml) {
    for (const m of refuseDoctype(sharedXml, "sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g))
      shared.push(richText(m[1] ?? ""));
  }
  const stylesXml = zip.readText("xl/styles.xml");
  const styles = readStyles(stylesXml ? refuseDoctype(stylesXml, "styles.xml") : null);
  const text = (c: RawCell): string => {
    switch (c.type) {
      case "s":
        return shared[Number(c.value)] ?? "";
      case "str":
      case "inlineStr":
        return c.value;
      case "b":
        return c.value === "1" ? "TRUE" : c.value === "0" ? "FALSE" : c.value;
      case "e":
        return c.value;
      default:
        return c.value === "" ? "" : formatCellNumber(c.value, styles[c.style]?.numFmt ?? "General");
    }
  };
  const out: Block[] = [];
  let page = 0;
  let totalCells = 0;
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const attrs = m[1] ?? "";
    if (/\bstate="(?:hidden|veryHidden)"/.test(attrs)) continue;
    const name = decodeXmlText(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? "");
    const rid = /\br:id="([^"]+)"/.exec(attrs)?.[1] ?? /\bid="([^"]+)"/.exec(attrs)?.[1] ?? "";
    const part = targets.get(rid);
    if (!part) continue;
    const raw = zip.read(part);
    if (raw === null) continue;
    refuseManyRows(raw, name, limits.maxRows);
    const xml = utf8.decode(raw);
    page++;
    const sheet = readSheetXml(refuseDoctype(xml, part), name, limits);
    totalCells += sheet.cells.length;
    if (totalCells > (limits.maxTotalCells ?? Number.POSITIVE_INFINITY)) {
      throw new JixiaoError("hostile_file", `workbook has more than ${limits.maxTotalCells} cells`, {
        userMessage: `工作簿过大（超过 ${limits.maxTotalCells} 个单元格），超出可读取的上限，已拒绝读取。请拆分后再上传。`,
      });
    }
    out.push(...sheetToBlocks(sheet, text, styles, page));
  }
  return out;
}
