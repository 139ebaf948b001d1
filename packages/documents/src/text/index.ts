export { type DecodedText, decodeText, detectAndDecode, type TextEncodingName } from "./decode-text.ts";
export { textToBlocks } from "./text-to-blocks.ts";
