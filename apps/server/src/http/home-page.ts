import type { FastifyInstance } from "fastify";

/** GET /: until the web app is built, a short page saying honestly what this server offers. */
export function registerHomePage(app: FastifyInstance): void {
  app.get("/", { schema: { hide: true } }, async (_request, reply) =>
    reply.type("text/html; charset=utf-8").send(HOME_PAGE),
  );
}

const HOME_PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>绩效 Jixiao — 预算绩效管理系统</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;line-height:1.7;color:#222}code{background:#f3f3f3;padding:0 .3em}</style>
</head>
<body>
<h1>绩效 Jixiao — 预算绩效管理系统</h1>
<p>服务端已启动。网页界面尚未构建，目前这里提供的是 <strong>JSON 接口</strong>：</p>
<ul>
<li><a href="/api/docs">/api/docs</a> — 接口文档（OpenAPI，可在页面上直接试用）</li>
<li><a href="/api/health">/api/health</a> — 运行状态</li>
</ul>
<p>接口覆盖：登录与会话、地区/部门/单位、用户与角色、文档导入（预览 → 确认）与导出（jixiao/v1 JSON）、项目与指标、
审核意见、审核流程（提交、部门/财政审核通过或退回、批复、公开）、历史版本与恢复、审计日志。</p>
<p>首次启动时创建的演示账号见项目 README 的“服务端”一节。登录：<code>POST /api/auth/login</code>；
之后的修改请求需带上请求头 <code>x-csrf-token</code>（登录返回的 <code>csrfToken</code>）。</p>
</body>
</html>
`;
