import { Alert, Button, Card, Empty, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { api } from "../api/client.ts";
import { KIND_LABELS } from "../labels.ts";
import { navigate } from "../router.ts";
import { useLoad } from "../use-load.ts";

interface PublicRegion {
  code: string;
  name: string;
}
interface PublishedDocument {
  id: string;
  title: string | null;
  year: number | null;
  kind: string;
  department: string | null;
  version: number;
  publishedAt: string;
}

const DOWNLOADS = [
  { format: "docx", label: "Word" },
  { format: "pdf", label: "PDF" },
  { format: "xlsx", label: "Excel" },
  { format: "json", label: "JSON" },
];

/** 绩效信息公开: a region's published documents, for anyone, without an account, to read and download. */
export default function PublicPage() {
  const regions = useLoad(() => api.get<{ items: PublicRegion[] }>("/api/public/regions"), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const code = chosen ?? regions.data?.items[0]?.code ?? null;
  const docs = useLoad(
    async () =>
      code === null
        ? null
        : api.get<{ region: PublicRegion; items: PublishedDocument[] }>(
            `/api/public/regions/${encodeURIComponent(code)}/documents`,
          ),
    [code],
  );
  const href = (id: string, format: string) =>
    `/api/public/regions/${encodeURIComponent(code ?? "")}/documents/${id}/export?format=${format}`;

  return (
    <div style={{ minHeight: "100vh", background: "#f5f7fa", padding: 24 }}>
      <div style={{ maxWidth: 1200, margin: "0 auto" }}>
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Card>
            <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
              <Space orientation="vertical" size={0}>
                <Typography.Title level={3} style={{ margin: 0 }}>
                  绩效信息公开
                </Typography.Title>
                <Typography.Text type="secondary">
                  经财政部门批复并公开的部门预算绩效文本、绩效目标表、运行监控和绩效自评，无需登录即可查阅和下载。
                </Typography.Text>
              </Space>
              <Space>
                {(regions.data?.items.length ?? 0) > 1 && (
                  <Select
                    style={{ width: 200 }}
                    value={code ?? undefined}
                    onChange={setChosen}
                    options={regions.data?.items.map((r) => ({ value: r.code, label: r.name }))}
                    data-testid="public-region"
                  />
                )}
                <Button onClick={() => navigate("/")}>登录系统</Button>
              </Space>
            </Space>
          </Card>
          {(regions.error || docs.error) && <Alert type="error" showIcon title={regions.error ?? docs.error} />}
          <Card title={docs.data ? `${docs.data.region.name} · 已公开的绩效文档` : "已公开的绩效文档"}>
            <Table<PublishedDocument>
              rowKey="id"
              loading={regions.loading || docs.loading}
              dataSource={docs.data?.items ?? []}
              data-testid="public-documents"
              locale={{ emptyText: <Empty description="本地区尚无已公开的绩效文档" /> }}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: "年度", dataIndex: "year", width: 80, render: (y: number | null) => y ?? "—" },
                { title: "部门", dataIndex: "department", width: 220, render: (d: string | null) => d ?? "—" },
                { title: "标题", dataIndex: "title", render: (t: string | null) => t ?? "（无标题）" },
                {
                  title: "类型",
                  dataIndex: "kind",
                  width: 160,
                  render: (k: string) => <Tag>{KIND_LABELS[k] ?? k}</Tag>,
                },
                {
                  title: "公开日期",
                  dataIndex: "publishedAt",
                  width: 120,
                  render: (t: string) => new Date(t).toLocaleDateString("zh-CN"),
                },
                {
                  title: "下载",
                  width: 240,
                  render: (_, d) => (
                    <Space size={4} wrap>
                      {DOWNLOADS.map((x) => (
                        <Button
                          key={x.format}
                          size="small"
                          href={href(d.id, x.format)}
                          data-testid={`download-${x.format}`}
                        >
                          {x.label}
                        </Button>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Space>
      </div>
    </div>
  );
}
