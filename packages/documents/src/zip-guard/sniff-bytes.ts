/** What the first bytes of a file say it is. */
export type ByteKind = "zip" | "pdf" | "ole" | "unknown";

export function sniffBytes(bytes: Uint8Array): ByteKind {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const b2 = bytes[2];
  const b3 = bytes[3];
  if (b0 === 0x50 && b1 === 0x4b && (b2 === 3 || b2 === 5 || b2 === 7) && (b3 === 4 || b3 === 6 || b3 === 8))
    return "zip";
  if (b0 === 0xd0 && b1 === 0xcf && b2 === 0x11 && b3 === 0xe0) return "ole";
  // %PDF may follow a few bytes of junk; readers accept it within the first 1 KB.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  return "unknown";
}
