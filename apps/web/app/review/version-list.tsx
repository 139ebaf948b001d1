import { Alert, App, Button, Popconfirm, Table } from "antd";
import { api, messageOf } from "../api/client.ts";
import type { VersionInfo } from "../api/types.ts";
import { formatTime, VERSION_REASONS } from "../labels.ts";
import { useLoad } from "../use-load.ts";
import { useUserNames } from "./use-user-names.ts";

/** 历史版本: every saved version, newest first; an editor may make an earlier one current again (as a new version). */
export function VersionList(props: {
  documentId: string;
  current: number;
  editable: boolean;
  onRestored: () => Promise<void>;
}) {
  const { message } = App.useApp();
  const nameOf = useUserNames();
  const versions = useLoad(
    () => api.get<{ current: number; items: VersionInfo[] }>(`/api/documents/${props.documentId}/versions`),
    [props.documentId, props.current],
  );

  const restore = async (version: number) => {
    try {
      await api.post(`/api/documents/${props.documentId}/versions/${version}/restore`, { version: props.current });
      message.success(`已恢复第 ${version} 版的内容（另存为新版本）`);
      await props.onRestored();
    } catch (e) {
      message.error(messageOf(e));
    }
  };

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
          {
            title: "",
            key: "restore",
            render: (_, v) =>
              props.editable && v.version !== props.current ? (
                <Popconfirm
                  title={`用第 ${v.version} 版的内容替换当前内容？`}
                  description="当前内容仍保留在历史版本中。"
                  okText="恢复"
                  cancelText="取消"
                  onConfirm={() => void restore(v.version)}
                >
                  <Button size="small">恢复此版本</Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </>
  );
}
