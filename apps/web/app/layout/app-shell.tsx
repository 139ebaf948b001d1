import { Button, Layout, Menu, Result, Space, Tag, Typography } from "antd";
import { lazy, Suspense, useState } from "react";
import { api } from "../api/client.ts";
import { ChangePasswordDialog } from "../auth/change-password-dialog.tsx";
import { matchRoute, navigate, usePath } from "../router.ts";
import { useMe } from "../session.ts";
import { Loading } from "./loading.tsx";

// Each screen is its own chunk: the list loads without the editor's code.
const DocumentListPage = lazy(() => import("../documents/document-list-page.tsx"));
const DocumentPage = lazy(() => import("../documents/document-page.tsx"));
const EditProjectPage = lazy(() => import("../edit/edit-project-page.tsx"));
const EditEvaluationPage = lazy(() => import("../edit/edit-evaluation-page.tsx"));
const ImportPage = lazy(() => import("../imports/import-page.tsx"));

/** Header with navigation and the user, and the current screen below. */
export function AppShell(props: { onLoggedOut: () => void }) {
  const me = useMe();
  const path = usePath();
  const route = matchRoute(path);
  const selected = route.name === "import" ? "import" : "list";
  const canImport = me.role === "unit_editor" || me.role === "admin";
  const [passwordOpen, setPasswordOpen] = useState(me.mustChangePassword);

  const logOut = async () => {
    try {
      await api.post("/api/auth/logout");
    } finally {
      navigate("/", { replace: true });
      props.onLoggedOut();
    }
  };

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header style={{ display: "flex", alignItems: "center", gap: 24, paddingInline: 24 }}>
        <Typography.Text
          strong
          style={{ color: "#fff", fontSize: 18, cursor: "pointer", whiteSpace: "nowrap" }}
          onClick={() => navigate("/")}
        >
          绩效 Jixiao
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[selected]}
          style={{ flex: 1, minWidth: 0 }}
          onClick={({ key }) => navigate(key === "import" ? "/import" : "/")}
          items={[{ key: "list", label: "工作台" }, ...(canImport ? [{ key: "import", label: "导入" }] : [])]}
        />
        <Space>
          <Typography.Text style={{ color: "#fff" }} data-testid="current-user">
            {me.displayName}
          </Typography.Text>
          <Tag color="blue">{me.roleLabel}</Tag>
          <Button size="small" onClick={() => setPasswordOpen(true)}>
            修改密码
          </Button>
          <Button size="small" onClick={logOut}>
            退出登录
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1440, width: "100%", margin: "0 auto" }}>
        <Suspense fallback={<Loading />}>
          {route.name === "list" && <DocumentListPage />}
          {route.name === "document" && <DocumentPage id={route.id} tab={route.tab} />}
          {route.name === "edit" && <EditProjectPage id={route.id} index={route.index} />}
          {route.name === "editEvaluation" && <EditEvaluationPage id={route.id} />}
          {route.name === "import" && <ImportPage />}
          {route.name === "notFound" && (
            <Result
              status="404"
              title="没有这个页面"
              extra={
                <Button type="primary" onClick={() => navigate("/")}>
                  返回工作台
                </Button>
              }
            />
          )}
        </Suspense>
      </Layout.Content>
      <ChangePasswordDialog
        open={passwordOpen}
        required={me.mustChangePassword}
        onClose={() => setPasswordOpen(false)}
        onChanged={() => {
          navigate("/", { replace: true });
          props.onLoggedOut();
        }}
      />
      <Layout.Footer style={{ textAlign: "center", color: "#888" }}>
        绩效 Jixiao 预算绩效管理系统 · <a href="/api/docs">接口文档</a>
      </Layout.Footer>
    </Layout>
  );
}
