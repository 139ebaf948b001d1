/**
 * The fonts the official documents name, declared in word/fontTable.xml with what Word needs to pick a stand-in
 * on a machine without them (Windows 10 ships 仿宋 but not 仿宋_GB2312): alternative name, GB2312 character set,
 * family, pitch and PANOSE class. LibreOffice finds its stand-ins through fontconfig (see legacy/font-config.ts).
 */
const FONTS: { name: string; altName: string; panose: string; family: string; pitch: string }[] = [
  { name: "仿宋_GB2312", altName: "仿宋", panose: "02010609030101010101", family: "modern", pitch: "fixed" },
  { name: "宋体", altName: "SimSun", panose: "02010600030101010101", family: "auto", pitch: "variable" },
  { name: "黑体", altName: "SimHei", panose: "02010609060101010101", family: "modern", pitch: "fixed" },
];

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function fontTableXml(): string {
  const fonts = FONTS.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">${fonts.join("")}</w:fonts>`;
}

/**
 * Declares Simplified Chinese as the east-Asian language of the document defaults: Word and LibreOffice choose
 * punctuation and line breaking, and fontconfig the SC faces, by it.
 */
export function withChineseLanguage(stylesXml: string): string {
  const lang = '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>';
  return stylesXml.replace(
    /(<w:rPrDefault><w:rPr>[\s\S]*?)(<\/w:rPr><\/w:rPrDefault>)/,
    (_m, head: string, tail: string) => (head.includes("<w:lang ") ? `${head}${tail}` : `${head}${lang}${tail}`),
  );
}
