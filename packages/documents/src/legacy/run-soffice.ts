import { execFile, execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { JixiaoError } from "@jixiao/core";
import { chineseFontConfig } from "./font-config.ts";

let cached: string | null | undefined;

/**
 * The LibreOffice binary on PATH (soffice / libreoffice), or null when it is not installed.
 * JIXIAO_SOFFICE names another binary; JIXIAO_SOFFICE=none behaves as if LibreOffice were absent.
 */
export function findSoffice(): string | null {
  if (process.env.JIXIAO_SOFFICE === "none") return null;
  if (cached !== undefined) return cached;
  cached = null;
  for (const name of [process.env.JIXIAO_SOFFICE, "soffice", "libreoffice"]) {
    if (!name) continue;
    try {
      execFileSync("sh", ["-c", 'command -v "$0"', name], { stdio: "pipe" });
      cached = name;
      break;
    } catch {
      // not on PATH
    }
  }
  return cached;
}

export interface ConvertOptions {
  bytes: Uint8Array;
  /** Extension of the input file, e.g. "doc", "html", "docx". */
  inputExt: string;
  /** Target for --convert-to, e.g. "docx", "xlsx", "pdf", "docx:MS Word 2007 XML" (no shell quoting).. */
  to: string;
  infilter?: string;
  timeoutMs?: number;
}

/**
 * Converts one file with LibreOffice in a private profile directory (two soffice processes sharing a profile
 * block each other or fail), returning the bytes of the converted file.
 */
export async function convertWithSoffice(options: ConvertOptions): Promise<Uint8Array> {
  const soffice = findSoffice();
  if (!soffice) {
    throw new JixiaoError(
      "unavailable",
      "LibreOffice (soffice) is not installed: legacy .doc/.xls import and PDF export need it. Install LibreOffice, or save the file as .docx/.xlsx.",
      {
        userMessage:
          "服务器未安装 LibreOffice，无法转换该格式（旧版 .doc/.xls 或 PDF 导出）。请安装 LibreOffice 或改用 .docx/.xlsx。",
      },
    );
  }
  const dir = await mkdtemp(join(tmpdir(), "jixiao-soffice-"));
  try {
    const input = join(dir, `input.${options.inputExt}`);
    await writeFile(input, options.bytes);
    const outDir = join(dir, "out");
    const fontConfig = join(dir, "fonts.conf");
    await writeFile(fontConfig, chineseFontConfig(process.env.FONTCONFIG_FILE ?? "/etc/fonts/fonts.conf"));
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--headless",
      "--norestore",
      "--nologo",
      ...(options.infilter ? [`--infilter=${options.infilter}`] : []),
      "--convert-to",
      options.to,
      "--outdir",
      outDir,
      input,
    ];
    await new Promise<void>((resolve, reject) => {
      const env = { ...process.env, FONTCONFIG_FILE: fontConfig };
      execFile(
        soffice,
        args,
        { env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 1 << 20 },
        (err, _out, stderr) => {
          if (err) reject(new Error(`soffice failed: ${err.message} ${stderr}`));
          else resolve();
        },
      );
    }).catch((e: unknown) => {
      throw new JixiaoError("malformed_file", (e as Error).message, {
        userMessage: "LibreOffice 转换文件失败，文件可能已损坏或设有密码。",
        cause: e,
      });
    });
    const files = await readdir(outDir).catch(() => [] as string[]);
    const produced = files[0];
    if (!produced) {
      throw new JixiaoError("malformed_file", "soffice produced no output", {
        userMessage: "LibreOffice 无法转换该文件，文件可能已损坏或设有密码。",
      });
    }
    return new Uint8Array(await readFile(join(outDir, produced)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
