export * from "./open-office-package.ts";
export * from "./open-zip.ts";
export * from "./parse-xml.ts";
export * from "./sniff-bytes.ts";
export * from "./write-zip.ts";
