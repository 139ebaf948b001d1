/**
 * Test helper: encoders Node lacks (TextEncoder only speaks UTF-8). GB18030 two-byte table built by decoding every
 * GBK byte pair once; enough for the characters of our fixtures.
 */
let gbk: Map<string, [number, number]> | null = null;

export function encodeGb18030(text: string): Uint8Array {
  if (!gbk) {
    gbk = new Map();
    const decoder = new TextDecoder("gb18030");
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== "\ufffd" && !gbk.has(ch)) gbk.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const pair = gbk.get(ch);
      if (!pair) throw new Error(`no GB18030 two-byte code for ${ch}`);
      out.push(pair[0], pair[1]);
    }
  }
  return new Uint8Array(out);
}

export function encodeUtf16(text: string, options: { bigEndian?: boolean; bom?: boolean } = {}): Uint8Array {
  const units: number[] = options.bom ? [0xfeff] : [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    const hi = u >> 8;
    const lo = u & 0xff;
    out[2 * i] = options.bigEndian ? hi : lo;
    out[2 * i + 1] = options.bigEndian ? lo : hi;
  });
  return out;
}
