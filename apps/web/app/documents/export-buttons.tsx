import { App, Button, Dropdown, Space } from "antd";
import { useState } from "react";
import { ApiError, messageOf } from "../api/client.ts";

const FORMATS = [
  { key: "json", label: "jixiao/v1 JSON" },
  { key: "docx", label: "Word（.docx）" },
  { key: "xlsx", label: "Excel（.xlsx）" },
  { key: "pdf", label: "PDF（.pdf）" },
];

function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get("content-disposition") ?? "";
  const star = cd.match(/filename\*=UTF-8''([^;]+)/i);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = cd.match(/filename="([^"]+)"/i);
  return plain?.[1] ?? fallback;
}

/** 导出: downloads the current version in a format the server writes; a format it does not offer says so. */
export function ExportButtons(props: { documentId: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const download = async (format: string) => {
    setBusy(true);
    try {
      const res = await fetch(`/api/documents/${props.documentId}/export?format=${format}`, {
        credentials: "same-origin",
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new ApiError(res.status, "export", body?.error?.message ?? `导出失败（HTTP ${res.status}）`, null);
      }
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = fileNameOf(res, `document.${format}`);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space.Compact data-testid="export">
      <Button loading={busy} onClick={() => void download("json")}>
        导出 JSON
      </Button>
      <Dropdown menu={{ items: FORMATS, onClick: ({ key }) => void download(key) }} disabled={busy}>
        <Button aria-label="更多导出格式">▾</Button>
      </Dropdown>
    </Space.Compact>
  );
}
