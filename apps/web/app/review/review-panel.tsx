import { type PerformanceDocument, TRANSITIONS } from "@jixiao/core";
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Select, Space, Tag, Timeline, Typography } from "antd";
import { useState } from "react";
import { ApiError, api, messageOf } from "../api/client.ts";
import type { DocumentSummary, ReviewComment, WorkflowEvent } from "../api/types.ts";
import { ACTION_LABELS, formatTime } from "../labels.ts";
import { PlainList } from "../layout/plain-list.tsx";
import { useMe } from "../session.ts";
import { useLoad } from "../use-load.ts";
import { useUserNames } from "./use-user-names.ts";

const REVIEWERS = new Set(["admin", "department_reviewer", "finance_reviewer"]);

/** Where a comment may point: the document, a project, or one indicator row of a project. */
function pathOptions(doc: PerformanceDocument): { value: string; label: string }[] {
  const out = [{ value: "", label: "整份文档" }];
  doc.projects.forEach((p, i) => {
    out.push({ value: `projects[${i}]`, label: `项目：${p.name}` });
    p.indicators.forEach((ind, j) => {
      out.push({ value: `projects[${i}].indicators[${j}]`, label: `　${p.name} · 第 ${j + 1} 行 ${ind.name}` });
    });
  });
  return out;
}

/** The server's refusal lists the errors after its first "：", and they are listed below it one per line. */
function headOf(message: string): string {
  const cut = message.indexOf("：");
  return cut > 0 ? message.slice(0, cut) : message;
}

function describePath(doc: PerformanceDocument, path: string | null): string {
  if (!path) return "整份文档";
  const m = path.match(/^projects\[(\d+)\](?:\.indicators\[(\d+)\])?$/);
  const p = m ? doc.projects[Number(m[1])] : undefined;
  if (!m || !p) return path;
  if (m[2] === undefined) return `项目“${p.name}”`;
  const ind = p.indicators[Number(m[2])];
  return `项目“${p.name}”第 ${Number(m[2]) + 1} 行${ind ? `“${ind.name}”` : ""}`;
}

/** 审核: workflow buttons the user may press now, the history of moves, and the review comments. */
export function ReviewPanel(props: {
  record: DocumentSummary;
  document: PerformanceDocument;
  onChanged: () => Promise<void>;
}) {
  const { record, document: doc } = props;
  const me = useMe();
  const { message } = App.useApp();
  const nameOf = useUserNames();
  const history = useLoad(
    () => api.get<{ events: WorkflowEvent[] }>(`/api/documents/${record.id}/workflow`),
    [record.id, record.version, record.state],
  );
  const comments = useLoad(
    () => api.get<{ items: ReviewComment[] }>(`/api/documents/${record.id}/comments`),
    [record.id, record.state],
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; errors: string[] } | null>(null);
  const [returning, setReturning] = useState<string | null>(null);
  const [returnComment, setReturnComment] = useState("");
  const [commentForm] = Form.useForm<{ body: string; path: string }>();

  const act = async (action: string, comment?: string) => {
    setBusy(action);
    setError(null);
    try {
      await api.post(`/api/documents/${record.id}/transitions`, {
        action,
        version: record.version,
        ...(comment ? { comment } : {}),
      });
      message.success(`“${ACTION_LABELS[action] ?? action}”已完成`);
      setReturning(null);
      setReturnComment("");
      await props.onChanged();
      await Promise.all([history.reload(), comments.reload()]);
    } catch (e) {
      const details = e instanceof ApiError ? (e.details as { errors?: string[] } | null) : null;
      setError({ message: messageOf(e), errors: details?.errors ?? [] });
    } finally {
      setBusy(null);
    }
  };

  const addComment = async (values: { body: string; path: string }) => {
    try {
      await api.post(`/api/documents/${record.id}/comments`, { body: values.body, path: values.path || null });
      commentForm.resetFields();
      message.success("已添加审核意见");
      await comments.reload();
    } catch (e) {
      message.error(messageOf(e));
    }
  };

  const resolve = async (id: string) => {
    try {
      await api.post(`/api/documents/${record.id}/comments/${id}/resolve`);
      await comments.reload();
    } catch (e) {
      message.error(messageOf(e));
    }
  };

  const rule = (action: string) => TRANSITIONS.find((t) => t.action === action);

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card title="审核操作">
        <Space wrap>
          <Typography.Text>当前状态：</Typography.Text>
          <Tag color="blue" data-testid="review-state">
            {record.stateLabel}
          </Tag>
          {record.actions.map((a) => {
            const r = rule(a);
            const isReturn = r?.requiresComment ?? a.endsWith("_return");
            return (
              <Button
                key={a}
                data-testid={`action-${a}`}
                type={isReturn ? "default" : "primary"}
                danger={isReturn}
                loading={busy === a}
                onClick={() => (isReturn ? setReturning(a) : void act(a))}
              >
                {ACTION_LABELS[a] ?? r?.label ?? a}
              </Button>
            );
          })}
          {record.actions.length === 0 && (
            <Typography.Text type="secondary">当前没有您可执行的审核操作</Typography.Text>
          )}
        </Space>
        {error && (
          <Alert
            style={{ marginTop: 16 }}
            type="error"
            showIcon
            data-testid="workflow-error"
            title={error.errors.length > 0 ? headOf(error.message) : error.message}
            description={
              error.errors.length > 0 && (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {error.errors.slice(0, 20).map((x) => (
                    <li key={x}>{x}</li>
                  ))}
                  {error.errors.length > 20 && <li>……共 {error.errors.length} 处错误</li>}
                </ul>
              )
            }
          />
        )}
      </Card>

      <Card title="流程记录">
        {history.data?.events.length ? (
          <Timeline
            data-testid="workflow-history"
            items={history.data.events.map((e) => ({
              color: e.action.endsWith("_return") ? "red" : "green",
              content: (
                <div>
                  <Typography.Text strong>{ACTION_LABELS[e.action] ?? e.action}</Typography.Text>：{e.fromLabel} →{" "}
                  {e.toLabel}
                  <div style={{ color: "#888", fontSize: 12 }}>
                    {nameOf(e.userId)} · {formatTime(e.createdAt)} · 第 {e.documentVersion} 版
                  </div>
                  {e.comment && <div>意见：{e.comment}</div>}
                </div>
              ),
            }))}
          />
        ) : (
          <Empty description="还没有流程记录" />
        )}
      </Card>

      <Card title="审核意见">
        {REVIEWERS.has(me.role) && (
          <Form
            form={commentForm}
            layout="inline"
            onFinish={addComment}
            initialValues={{ path: "" }}
            style={{ marginBottom: 16, rowGap: 8 }}
          >
            <Form.Item name="path" style={{ width: 300 }}>
              <Select options={pathOptions(doc)} showSearch={{ optionFilterProp: "label" }} />
            </Form.Item>
            <Form.Item
              name="body"
              rules={[{ required: true, message: "请填写意见" }]}
              style={{ flex: 1, minWidth: 260 }}
            >
              <Input.TextArea autoSize placeholder="审核意见" />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              添加意见
            </Button>
          </Form>
        )}
        {comments.data?.items.length ? (
          <PlainList
            testId="comments"
            items={comments.data.items}
            render={(c) => (
              <div style={{ display: "flex", gap: 16, alignItems: "flex-start" }}>
                <div style={{ flex: 1 }}>
                  <Space wrap>
                    <Typography.Text strong>{describePath(doc, c.path)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {nameOf(c.authorId)} · {formatTime(c.createdAt)} · 第 {c.documentVersion} 版
                    </Typography.Text>
                  </Space>
                  <div>{c.body}</div>
                </div>
                {c.resolvedAt ? (
                  <Tag color="green">已处理</Tag>
                ) : (
                  <Button size="small" onClick={() => void resolve(c.id)}>
                    标记已处理
                  </Button>
                )}
              </div>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无审核意见" />
        )}
      </Card>

      <Modal
        open={returning !== null}
        title={returning ? `${ACTION_LABELS[returning] ?? returning}：填写退回意见` : ""}
        okText="确认退回"
        cancelText="取消"
        okButtonProps={{ danger: true, disabled: returnComment.trim() === "", loading: busy !== null }}
        onCancel={() => setReturning(null)}
        onOk={() => returning && void act(returning, returnComment.trim())}
      >
        <Input.TextArea
          rows={4}
          value={returnComment}
          onChange={(e) => setReturnComment(e.target.value)}
          placeholder="请写明退回原因和修改要求（必填）"
          data-testid="return-comment"
        />
      </Modal>
    </Space>
  );
}
