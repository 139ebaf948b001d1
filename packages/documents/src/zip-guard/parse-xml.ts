import { JixiaoError } from "@jixiao/core";
import { XMLParser } from "fast-xml-parser";

/** One element of fast-xml-parser's ordered output: `{ tag: children, ":@": attributes }` or `{ "#text": text }`. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
});

/**
 * Parses OOXML part text. A DOCTYPE is refused outright: OOXML never needs one, and it is the door for entity
 * expansion ("billion laughs") and external entities.
 */
export function parseXml(text: string, part: string): XmlNode[] {
  const head = text.length > 4096 ? text.slice(0, 4096) : text;
  if (/<!DOCTYPE/i.test(head) || /<!ENTITY/i.test(text)) {
    throw new JixiaoError("hostile_file", `DOCTYPE/ENTITY in ${part}`, {
      userMessage: "文件内含 XML 实体声明（DOCTYPE/ENTITY），可能是恶意构造的文件，已拒绝读取。",
    });
  }
  try {
    return parser.parse(text) as XmlNode[];
  } catch (e) {
    throw new JixiaoError("malformed_file", `XML of ${part} does not parse: ${(e as Error).message}`, {
      userMessage: "文件内部结构已损坏，无法读取。",
      cause: e,
    });
  }
}

/** The tag name of an ordered node (the one key that is not ":@"). */
export function tagOf(node: XmlNode): string {
  for (const k in node) if (k !== ":@") return k;
  return "";
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const v = node[tagOf(node)];
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

export function attrOf(node: XmlNode, name: string): string | undefined {
  const a = node[":@"] as Record<string, string> | undefined;
  return a?.[name];
}

/** First child with the given tag. */
export function childOf(node: XmlNode, tag: string): XmlNode | undefined {
  for (const c of childrenOf(node)) if (tag in c) return c;
  return undefined;
}

/** Concatenated text of a node's #text children (entities already decoded). */
export function textOf(node: XmlNode): string {
  let s = "";
  for (const c of childrenOf(node)) {
    const t = c["#text"];
    if (typeof t === "string") s += t;
    else if (typeof t === "number") s += String(t);
  }
  return s;
}

/** Depth-first search for the first element with the given tag. */
export function findFirst(nodes: XmlNode[], tag: string): XmlNode | undefined {
  for (const n of nodes) {
    if (tag in n) return n;
    const found = findFirst(childrenOf(n), tag);
    if (found) return found;
  }
  return undefined;
}
