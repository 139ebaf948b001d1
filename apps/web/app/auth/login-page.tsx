import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { api, messageOf } from "../api/client.ts";

const DEMO = [
  ["editor", "单位填报"],
  ["reviewer", "部门审核"],
  ["finance", "财政审核"],
  ["admin", "系统管理员"],
  ["viewer", "只读"],
] as const;

/** 登录: username and password; the demo accounts are printed by the server on its first start (README). */
export function LoginPage(props: { onLoggedIn: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await api.post("/api/auth/login", values);
      await props.onLoggedIn();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      style={{
        minHeight: "100vh",
        display: "grid",
        placeItems: "center",
        background: "linear-gradient(160deg, #e8f0fe 0%, #f5f7fa 60%)",
      }}
    >
      <Card style={{ width: 400 }}>
        <Typography.Title level={3} style={{ textAlign: "center", marginBottom: 4 }}>
          绩效 Jixiao
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: "center" }}>
          预算绩效管理系统
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: "请输入用户名" }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: "请输入密码" }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12, marginBottom: 0 }}>
          演示账号（首次启动时由服务端创建，密码见启动输出或 README）：
          {DEMO.map(([u, r]) => `${u}（${r}）`).join("、")}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0, textAlign: "center" }}>
          <Typography.Link href="/public" data-testid="public-link">
            查看已公开的绩效文本（无需登录）
          </Typography.Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
