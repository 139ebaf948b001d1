/**
 * A fontconfig file for the LibreOffice processes we start. The setup script aliases 宋体/仿宋_GB2312/黑体 to Noto
 * Serif/Sans CJK SC, but a plain alias binds weakly: for Chinese text fontconfig's own rule (70-fonts-noto-cjk)
 * prepends Noto Sans CJK SC with a strong binding, so 仿宋 body text came out in a sans face. Here each official
 * font name is followed by its stand-in with a strong binding, after the system configuration has run.
 */
const SERIF = [
  "仿宋_GB2312",
  "仿宋",
  "FangSong",
  "FangSong_GB2312",
  "宋体",
  "SimSun",
  "楷体_GB2312",
  "楷体",
  "KaiTi",
  "方正小标宋简体",
  "方正小标宋_GBK",
];
const SANS = ["黑体", "SimHei", "微软雅黑", "Microsoft YaHei"];

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function rule(name: string, standIn: string): string {
  return `<match target="pattern"><test name="family"><string>${esc(name)}</string></test><edit name="family" mode="append" binding="strong"><string>${standIn}</string></edit></match>`;
}

export function chineseFontConfig(systemConfig: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    "<fontconfig>",
    `<include ignore_missing="yes">${esc(systemConfig)}</include>`,
    ...SERIF.map((n) => rule(n, "Noto Serif CJK SC")),
    ...SANS.map((n) => rule(n, "Noto Sans CJK SC")),
    "</fontconfig>",
  ].join("\n");
}
