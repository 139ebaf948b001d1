import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  type IParagraphPropertiesOptions,
  NumberFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  TableOfContents,
  TextRun,
} from "docx";
import { openZip } from "../zip-guard/open-zip.ts";
import { writeZip } from "../zip-guard/write-zip.ts";
import { estimateHeadingPages } from "./estimate-pages.ts";
import { fontTableXml, withChineseLanguage } from "./font-table.ts";
import type { LBlock, LDocument } from "./layout/types.ts";
import { TABLE_TEXT_STYLE, tableXml } from "./table-xml.ts";

/** Replaces each placeholder paragraph by its table and declares the fonts and language, re-packing with node:zlib. */
function spliceTables(packed: Uint8Array, tables: string[], contentWidth: number): Uint8Array {
  const zip = openZip(packed);
  const entries = [...zip.entries.keys()].map((name) => {
    const data = zip.read(name) ?? new Uint8Array();
    if (name === "word/fontTable.xml") return { name, data: new TextEncoder().encode(fontTableXml()) };
    if (name === "word/styles.xml") {
      return { name, data: new TextEncoder().encode(withChineseLanguage(new TextDecoder().decode(data))) };
    }
    if (name !== "word/document.xml") return { name, data };
    const xml = new TextDecoder().decode(data);
    const spliced = xml
      // The docx package places the 目录 page-number tab for its default margins; ours are narrower.
      .replace(
        /<w:tab w:val="right" w:pos="\d+" w:leader="dot"\/>/g,
        `<w:tab w:val="right" w:pos="${contentWidth}" w:leader="dot"/>`,
      )
      .replace(/<w:p>(?:(?!<w:p>).)*?@@JXTBL(\d+)@@.*?<\/w:p>/gs, (_m, i: string) => tables[Number(i)] ?? "");
    return { name, data: new TextEncoder().encode(spliced) };
  });
  return writeZip(entries);
}

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const FANGSONG = font("仿宋_GB2312");
const SONG = font("宋体");
const HEI = font("黑体");

/** A4 with the margins of 党政机关公文格式 (GB/T 9704): 37 mm top, 35 mm bottom, 28 mm left, 26 mm right. */
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, header: 851, footer: 992 },
};
/** Page properties and the text area for an orientation (the docx package swaps the sides for landscape). */
function pageFor(orientation: "portrait" | "landscape") {
  const landscape = orientation === "landscape";
  const width = landscape ? PAGE.size.height : PAGE.size.width;
  const height = landscape ? PAGE.size.width : PAGE.size.height;
  return {
    page: {
      size: { ...PAGE.size, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: landscape ? { top: 1588, bottom: 1474, left: 1701, right: 1701, header: 851, footer: 851 } : PAGE.margin,
    },
    contentWidth: width - (landscape ? 3402 : PAGE.margin.left + PAGE.margin.right),
    contentHeight: height - (landscape ? 1588 + 1474 : PAGE.margin.top + PAGE.margin.bottom),
  };
}

/**
 * <w:overflowPunct/> is Word's default (punctuation may hang past the margin). LibreOffice reads it inverted and
 * then does not hang; where it hangs a line-end 、 or 。 its PDF export leaves the glyph out. (Typed as full
 * paragraph properties: the docx package's document-default type omits the option it writes.)
 */
const PARAGRAPH_DEFAULTS: IParagraphPropertiesOptions = { spacing: { line: 360 }, overflowPunctuation: true };

const TABLE_TEXT = 21; // 五号
const BODY_TEXT = 32; // 三号
const SMALL_TEXT = 24; // 小四

const align = (a: "left" | "center" | "right" | undefined) =>
  a === "center" ? AlignmentType.CENTER : a === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT;

const TABLE_MARK = "@@JXTBL";

/** Rendering state: tables are written as XML strings and spliced in after packing (see table-xml.ts). */
interface RenderState {
  tables: string[];
  contentWidth: number;
  /** Estimated page of each heading, for the 目录. */
  toc: { title: string; level: number; page: number }[];
}

function render(blocks: LBlock[], state: RenderState, tocEntries: RenderState["toc"]): (Paragraph | TableOfContents)[] {
  const out: (Paragraph | TableOfContents)[] = [];
  blocks.forEach((b, i) => {
    switch (b.kind) {
      case "title":
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            pageBreakBefore: b.pageBreakBefore ?? false,
            spacing: { before: 240, after: 240 },
            children: [new TextRun({ text: b.text, font: SONG, bold: true, size: b.size === "cover" ? 52 : 36 })],
          }),
        );
        break;
      case "heading":
        out.push(
          new Paragraph({
            heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            alignment: b.center ? AlignmentType.CENTER : AlignmentType.LEFT,
            pageBreakBefore: b.pageBreakBefore ?? false,
            keepNext: true,
            children: [new TextRun({ text: b.text })],
          }),
        );
        break;
      case "paragraph":
        out.push(
          new Paragraph({
            alignment: b.align ? align(b.align) : AlignmentType.JUSTIFIED,
            indent: b.indent ? { firstLine: 640 } : undefined,
            spacing: b.small ? { before: 120, after: 60 } : { line: 560, lineRule: "exact" },
            children: [
              new TextRun({
                text: b.text,
                font: b.small ? SONG : FANGSONG,
                size: b.small ? SMALL_TEXT : BODY_TEXT,
                bold: b.bold ?? false,
              }),
            ],
          }),
        );
        break;
      case "table":
        out.push(new Paragraph({ children: [new TextRun(`${TABLE_MARK}${state.tables.length}@@`)] }));
        state.tables.push(tableXml(b.table, { contentWidth: state.contentWidth }));
        // Two tables touching would be joined into one by Word: a hairline paragraph keeps them apart.
        if (blocks[i + 1]?.kind === "table") {
          out.push(new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: "exact" }, children: [] }));
        }
        break;
      case "toc":
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 480 },
            children: [new TextRun({ text: b.title, font: HEI, size: 44 })],
          }),
        );
        out.push(
          new TableOfContents("目录", {
            hyperlink: true,
            headingStyleRange: "1-2",
            cachedEntries: tocEntries.map((e) => ({ title: e.title, level: e.level, page: e.page })),
          }),
        );
        break;
      case "spacer":
        for (let k = 0; k < b.lines; k++) out.push(new Paragraph({ children: [] }));
        break;
      case "pageBreak":
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  });
  return out;
}

/** Renders a laid-out document as .docx: front matter without page numbers, then the numbered body. */
export async function renderDocx(layout: LDocument): Promise<Uint8Array> {
  const geometry = pageFor(layout.orientation ?? "portrait");
  const state: RenderState = { tables: [], toc: [], contentWidth: geometry.contentWidth };
  const toc = estimateHeadingPages(layout.body, geometry.contentWidth, geometry.contentHeight);
  const front = render(layout.front, state, toc);
  const body = render(layout.body, state, toc);
  const doc = new Document({
    title: layout.title,
    creator: "Jixiao 绩效",

    styles: {
      default: {
        document: {
          run: { font: FANGSONG, size: BODY_TEXT },
          paragraph: PARAGRAPH_DEFAULTS,
        },
      },
      paragraphStyles: [
        {
          id: TABLE_TEXT_STYLE,
          name: "Table Text",
          basedOn: "Normal",
          quickFormat: true,
          run: { font: SONG, size: TABLE_TEXT },
          paragraph: { spacing: { before: 0, after: 0, line: 280 } },
        },
        {
          id: "Heading1",
          name: "heading 1",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { font: HEI, size: 36, bold: false, color: "000000" },
          paragraph: { spacing: { before: 360, after: 360 }, outlineLevel: 0 },
        },
        {
          id: "Heading2",
          name: "heading 2",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { font: HEI, size: 32, bold: false, color: "000000" },
          paragraph: { spacing: { before: 240, after: 240 }, outlineLevel: 1 },
        },
      ],
    },
    sections: [
      ...(front.length > 0 ? [{ properties: { page: geometry.page }, children: front }] : []),
      {
        properties: { page: { ...geometry.page, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ["— ", PageNumber.CURRENT, " —"],
                    font: SONG,
                    size: 28,
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  const packed = await Packer.toBuffer(doc);
  return spliceTables(packed, state.tables, geometry.contentWidth);
}
