import { inflateRawSync } from "node:zlib";
import { JixiaoError } from "@jixiao/core";

/**
 * A zip (OOXML package) opened defensively: sizes come from the central directory and are checked before any
 * byte is inflated; each entry is inflated with a hard output cap (a lying header cannot make it grow), and the
 * total inflated over the life of the archive is capped too. Encrypted entries and zip64 archives are refused.
 */
export interface ZipLimits {
  /** Largest declared uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Cap on the sum of all bytes inflated from this archive. */
  maxTotalBytes: number;
  /** Largest compression ratio accepted for entries above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

export const defaultZipLimits: ZipLimits = {
  maxEntryBytes: 128 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 4 * 1024 * 1024,
  maxEntries: 5000,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipArchive {
  entries: Map<string, ZipEntry>;
  has(name: string): boolean;
  /** The inflated bytes of one entry, or null when it is absent. */
  read(name: string): Uint8Array | null;
  /** The entry as UTF-8 text (BOM removed), or null when it is absent. */
  readText(name: string): string | null;
}

function hostile(message: string, userMessage: string, details?: unknown): JixiaoError {
  return new JixiaoError("hostile_file", message, { userMessage, details });
}

function malformed(message: string, userMessage = "文件已损坏或不完整，无法读取。"): JixiaoError {
  return new JixiaoError("malformed_file", message, { userMessage });
}

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

const utf8 = new TextDecoder("utf-8");

export function openZip(bytes: Uint8Array, limits: ZipLimits = defaultZipLimits): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw malformed("zip too short");
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw malformed("zip end of central directory not found (truncated?)");
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw hostile("zip64 archives are not accepted", "文件过大或结构异常（ZIP64），已拒绝读取。");
  }
  if (count > limits.maxEntries) {
    throw hostile(`zip has ${count} entries`, `压缩包内文件数过多（${count} 个），已拒绝读取。`);
  }
  if (cdOffset + cdSize > eocd) throw malformed("zip central directory out of range (truncated?)");

  const entries = new Map<string, ZipEntry>();
  let declaredTotal = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) throw malformed("zip central directory damaged");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) {
      throw new JixiaoError("unsupported_format", `encrypted zip entry ${name}`, {
        userMessage: "文件已加密（设有密码），请先取消密码保护后再上传。",
      });
    }
    if (size === 0xffffffff || compressedSize === 0xffffffff) {
      throw hostile("zip64 entry sizes are not accepted", "文件过大或结构异常（ZIP64），已拒绝读取。");
    }
    if (size > limits.maxEntryBytes) {
      throw hostile(
        `entry ${name} declares ${size} bytes`,
        `压缩包内文件 ${name} 解压后过大（${Math.round(size / 1048576)} MB），疑似“压缩炸弹”，已拒绝读取。`,
      );
    }
    if (size > limits.ratioFloorBytes && size > compressedSize * limits.maxRatio) {
      throw hostile(
        `entry ${name} ratio ${Math.round(size / Math.max(1, compressedSize))}`,
        `压缩包内文件 ${name} 压缩比异常，疑似“压缩炸弹”，已拒绝读取。`,
      );
    }
    declaredTotal += size;
    if (declaredTotal > limits.maxTotalBytes) {
      throw hostile(`declared total ${declaredTotal} bytes`, "文件解压后总大小超过上限，疑似“压缩炸弹”，已拒绝读取。");
    }
    if (method !== 0 && method !== 8) {
      throw new JixiaoError("unsupported_format", `zip method ${method} in ${name}`, {
        userMessage: "文件使用了不支持的压缩方式，请用 Word/Excel/WPS 另存为后再上传。",
      });
    }
    entries.set(name, { name, method, compressedSize, size, localOffset });
  }

  let inflatedTotal = 0;
  function read(name: string): Uint8Array | null {
    const e = entries.get(name) ?? entries.get(name.replace(/^\//, ""));
    if (!e) return null;
    if (e.localOffset + 30 > bytes.byteLength || view.getUint32(e.localOffset, true) !== 0x04034b50) {
      throw malformed(`local header of ${name} damaged`);
    }
    const start =
      e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
    const end = start + e.compressedSize;
    if (end > bytes.byteLength) throw malformed(`entry ${name} truncated`);
    const raw = bytes.subarray(start, end);
    let out: Uint8Array;
    if (e.method === 0) {
      out = raw;
    } else {
      try {
        // One byte of slack: an entry inflating past its declared size is a lie, refused below.
        out = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size + 1) });
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === "ERR_BUFFER_TOO_LARGE" || (err as RangeError) instanceof RangeError) {
          throw hostile(
            `entry ${name} inflates past its declared size`,
            "压缩包内文件实际大小与声明不符，已拒绝读取。",
          );
        }
        throw malformed(`entry ${name} does not inflate: ${(err as Error).message}`);
      }
    }
    if (out.byteLength !== e.size) {
      if (out.byteLength > e.size) {
        throw hostile(`entry ${name} inflates past its declared size`, "压缩包内文件实际大小与声明不符，已拒绝读取。");
      }
      throw malformed(`entry ${name} shorter than declared`);
    }
    inflatedTotal += out.byteLength;
    if (inflatedTotal > limits.maxTotalBytes) {
      throw hostile("total inflated bytes over the cap", "文件解压后总大小超过上限，已拒绝读取。");
    }
    return out;
  }

  return {
    entries,
    has: (name) => entries.has(name),
    read,
    readText(name) {
      const b = read(name);
      if (b === null) return null;
      const text = utf8.decode(b);
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
  };
}
