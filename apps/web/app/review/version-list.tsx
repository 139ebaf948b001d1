import { Alert, Table } from "antd";
import { api } from "../api/client.ts";
import type { VersionInfo } from "../api/types.ts";
import { formatTime, VERSION_REASONS } from "../labels.ts";
import { useLoad } from "../use-load.ts";
import { useUserNames } from "./use-user-names.ts";

/** 历史版本: every saved version, newest first. */
export function VersionList(props: { documentId: string; current: number }) {
  const nameOf = useUserNames();
  const versions = useLoad(
    () => api.get<{ current: number; items: VersionInfo[] }>(`/api/documents/${props.documentId}/versions`),
    [props.documentId, props.current],
  );
  return (
    <>
      {versions.error && <Alert type="error" showIcon title={versions.error} />}
      <Table<VersionInfo>
        size="small"
        rowKey="version"
        loading={versions.loading}
        dataSource={versions.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: "版本",
            dataIndex: "version",
            render: (v: number) => (v === props.current ? `第 ${v} 版（当前）` : `第 ${v} 版`),
          },
          {
            title: "来源",
            key: "reason",
            render: (_, v) =>
              `${VERSION_REASONS[v.reason] ?? v.reason}${v.restoredFrom ? `（自第 ${v.restoredFrom} 版）` : ""}`,
          },
          { title: "操作人", dataIndex: "userId", render: (id: string | null) => nameOf(id) },
          { title: "时间", dataIndex: "createdAt", render: (t: string) => formatTime(t) },
        ]}
      />
    </>
  );
}
