import type { Finding } from "@jixiao/core";
import { Alert, Button, Card, Space, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { navigate } from "../router.ts";
import { ConflictAlert } from "./conflict-alert.tsx";
import type { VersionedEdit } from "./use-versioned-edit.ts";

/**
 * The head card of an editor: what is edited and from which version, back and save, why the user may not edit, a
 * 409 with the choice it leaves, a save error, and the live check counts. `children` go below the counts.
 */
export function EditorCard<T>(props: {
  title: ReactNode;
  documentId: string;
  edit: VersionedEdit<T>;
  editable: boolean;
  stateLabel: string;
  findings: readonly Finding[];
  children?: ReactNode;
}) {
  const { edit, editable } = props;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of props.findings) counts[f.severity] += 1;
  return (
    <Card
      title={
        <Space wrap>
          {props.title}
          <Tag data-testid="edit-version">编辑自第 {edit.version} 版</Tag>
          {edit.dirty && <Tag color="gold">有未保存的修改</Tag>}
        </Space>
      }
      extra={
        <Space>
          <Button onClick={() => navigate(`/documents/${props.documentId}`)}>
            {edit.dirty ? "放弃修改并返回" : "返回文档"}
          </Button>
          <Button
            type="primary"
            loading={edit.saving}
            disabled={!edit.dirty || !editable}
            onClick={() => void edit.save()}
            data-testid="save"
          >
            保存
          </Button>
        </Space>
      }
    >
      {!editable && (
        <Alert
          type="info"
          showIcon
          title={`文档当前为“${props.stateLabel}”，您不能修改。`}
          style={{ marginBottom: 12 }}
        />
      )}
      {edit.conflict && (
        <ConflictAlert
          message={edit.conflict}
          onReload={() => void edit.reload()}
          onOverwrite={() => void edit.saveOverLatest()}
        />
      )}
      {edit.saveError && (
        <Alert type="error" showIcon title={edit.saveError} style={{ marginBottom: 12 }} data-testid="save-error" />
      )}
      <Space wrap data-testid="live-counts">
        <Typography.Text>实时审核：</Typography.Text>
        <Tag color="red">错误 {counts.error}</Tag>
        <Tag color="orange">警告 {counts.warning}</Tag>
        <Tag color="blue">提示 {counts.info}</Tag>
        <Typography.Text type="secondary">（与服务端使用同一套审核规则，输入时即时更新）</Typography.Text>
      </Space>
      {props.children}
    </Card>
  );
}
