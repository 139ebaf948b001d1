import { STATE_LABELS, WORKFLOW_STATES } from "@jixiao/core";
import { Alert, Button, Card, Select, Space, Spin, Table, Tag, Tooltip, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import { api } from "../api/client.ts";
import type { DocumentSummary, Region } from "../api/types.ts";
import { formatTime, GRADE_COLOR, KIND_LABELS, STATE_COLOR } from "../labels.ts";
import { navigate } from "../router.ts";
import { useMe } from "../session.ts";
import { useLoad } from "../use-load.ts";
import { type CheckSummary, loadCheckSummaries } from "./load-check-counts.ts";

const PAGE_SIZE = 20;

/** 工作台: the documents this user may see, with workflow status and the counts of the checks' findings. */
export default function DocumentListPage() {
  const me = useMe();
  const [page, setPage] = useState(1);
  const [kind, setKind] = useState<string | undefined>();
  const [state, setState] = useState<string | undefined>();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [checks, setChecks] = useState<Record<string, CheckSummary | null>>({});

  const region = useLoad(() => api.get<Region>("/api/region"), []);
  const list = useLoad(() => {
    const q = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String((page - 1) * PAGE_SIZE) });
    if (kind) q.set("kind", kind);
    if (state) q.set("state", state);
    if (departmentId) q.set("departmentId", departmentId);
    return api.get<{ items: DocumentSummary[]; total: number }>(`/api/documents?${q}`);
  }, [page, kind, state, departmentId]);

  useEffect(() => {
    const ids = (list.data?.items ?? []).map((d) => d.id);
    if (ids.length === 0) return;
    let live = true;
    void loadCheckSummaries({
      ids,
      onResult: (id, summary) => {
        if (live) setChecks((c) => ({ ...c, [id]: summary }));
      },
    });
    return () => {
      live = false;
    };
  }, [list.data]);

  const departmentName = useMemo(() => {
    const map = new Map((region.data?.departments ?? []).map((d) => [d.id, d.name]));
    return (id: string | null) => (id ? (map.get(id) ?? "—") : "未指定部门");
  }, [region.data]);

  const canImport = me.role === "unit_editor" || me.role === "admin";

  return (
    <Card
      title={
        <Space>
          <span>文档列表</span>
          {region.data && <Typography.Text type="secondary">{region.data.name}</Typography.Text>}
        </Space>
      }
      extra={
        <Space wrap>
          {(region.data?.departments.length ?? 0) > 1 && (
            <Select
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              placeholder="部门"
              style={{ width: 220 }}
              value={departmentId}
              onChange={(v) => {
                setDepartmentId(v);
                setPage(1);
              }}
              options={(region.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          )}
          <Select
            allowClear
            placeholder="文档类型"
            style={{ width: 180 }}
            value={kind}
            onChange={(v) => {
              setKind(v);
              setPage(1);
            }}
            options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <Select
            allowClear
            placeholder="流程状态"
            style={{ width: 150 }}
            value={state}
            onChange={(v) => {
              setState(v);
              setPage(1);
            }}
            options={WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] }))}
          />
          {canImport && (
            <Button type="primary" onClick={() => navigate("/import")}>
              导入文档
            </Button>
          )}
        </Space>
      }
    >
      {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />}
      <Table<DocumentSummary>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        data-testid="document-table"
        onRow={(record) => ({ onClick: () => navigate(`/documents/${record.id}`), style: { cursor: "pointer" } })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (t) => `共 ${t} 份`,
        }}
        locale={{ emptyText: "还没有文档。可以从“导入”上传已有的绩效文档。" }}
        columns={[
          {
            title: "文档",
            key: "title",
            render: (_, d) => (
              <Typography.Link onClick={() => navigate(`/documents/${d.id}`)}>
                {d.title ?? "（无标题）"}
              </Typography.Link>
            ),
          },
          { title: "部门", key: "department", render: (_, d) => departmentName(d.departmentId) },
          { title: "年度", dataIndex: "year", width: 80, render: (y: number | null) => y ?? "—" },
          { title: "类型", dataIndex: "kind", width: 170, render: (k: string) => KIND_LABELS[k] ?? k },
          {
            title: "流程状态",
            dataIndex: "stateLabel",
            width: 130,
            render: (label: string, d) => <Tag color={STATE_COLOR[d.state] ?? "default"}>{label}</Tag>,
          },
          {
            title: "审核发现",
            key: "findings",
            width: 210,
            render: (_, d) => <FindingCounts summary={checks[d.id]} />,
          },
          {
            title: "审核结论",
            key: "grade",
            width: 90,
            render: (_, d) => {
              const g = checks[d.id]?.grade;
              return g ? <Tag color={GRADE_COLOR[g]}>{g}</Tag> : "—";
            },
          },
          { title: "更新时间", dataIndex: "updatedAt", width: 150, render: (t: string) => formatTime(t) },
        ]}
      />
    </Card>
  );
}

function FindingCounts(props: { summary: CheckSummary | null | undefined }) {
  const s = props.summary;
  if (s === undefined) return <Spin size="small" />;
  if (s === null) return <Typography.Text type="secondary">无法审核</Typography.Text>;
  const { error, warning, info } = s.counts;
  if (error + warning + info === 0) return <Tag color="green">无问题</Tag>;
  return (
    <Space size={4} data-testid="finding-counts">
      <Tooltip title="错误">
        <Tag color="red">错误 {error}</Tag>
      </Tooltip>
      <Tooltip title="警告">
        <Tag color="orange">警告 {warning}</Tag>
      </Tooltip>
      <Tooltip title="提示">
        <Tag color="blue">提示 {info}</Tag>
      </Tooltip>
    </Space>
  );
}
