import { JixiaoError } from "@jixiao/core";
import type { Block } from "../blocks.ts";
import { openOfficePackage } from "../zip-guard/open-office-package.ts";
import type { ZipArchive } from "../zip-guard/open-zip.ts";
import { childrenOf, findFirst, parseXml } from "../zip-guard/parse-xml.ts";
import { readNumbering } from "./numbering.ts";
import { readBlocks } from "./read-body.ts";

export interface DocxLimits {
  /** Largest word/document.xml accepted (uncompressed). A 17-project 绩效文本 has about 0.5 MB. */
  maxBodyBytes: number;
}

export const defaultDocxLimits: DocxLimits = { maxBodyBytes: 8 * 1024 * 1024 };

/** The main document part named by the package relationships (word/document.xml in practice). */
function mainPart(zip: ZipArchive): string {
  const rels = zip.readText("_rels/.rels");
  const m = rels
    ? /Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"|Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"/.exec(
        rels,
      )
    : null;
  const target = m ? (m[1] ?? m[2]) : undefined;
  return target && zip.has(target) ? target : "word/document.xml";
}

/**
 * Reads a .docx (Word, WPS, LibreOffice) into blocks: paragraphs with their list numbers, tables with grid spans,
 * vertical merges, gridBefore/gridAfter, content controls and nested tables resolved.
 */
export async function readDocx(bytes: Uint8Array, limits: DocxLimits = defaultDocxLimits): Promise<Block[]> {
  const zip = openOfficePackage(bytes, "docx");
  const part = mainPart(zip);
  // The XML tree costs some 40 times the part's bytes: a body far beyond any real document is refused unparsed.
  const size = zip.entries.get(part)?.size ?? 0;
  if (size > limits.maxBodyBytes) {
    const mb = (n: number): string => `${Math.round(n / 1048576)} MB`;
    throw new JixiaoError("hostile_file", `${part} is ${size} bytes`, {
      userMessage: `Word 文件正文过大（${mb(size)}，上限 ${mb(limits.maxBodyBytes)}），已拒绝读取。请拆分文档后再上传。`,
    });
  }
  const xml = zip.readText(part);
  if (xml === null) {
    throw new JixiaoError("malformed_file", `${part} missing`, { userMessage: "Word 文件缺少正文部分，无法读取。" });
  }
  const numberingXml = zip.readText("word/numbering.xml");
  const root = parseXml(xml, part);
  const body = findFirst(root, "w:body");
  if (!body)
    throw new JixiaoError("malformed_file", "w:body missing", { userMessage: "Word 文件缺少正文部分，无法读取。" });
  const ctx = { numbering: readNumbering(numberingXml ? parseXml(numberingXml, "word/numbering.xml") : null), page: 1 };
  const out: Block[] = [];
  readBlocks(childrenOf(body), ctx, out);
  return out;
}
