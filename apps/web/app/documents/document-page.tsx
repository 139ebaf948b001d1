import type { Finding } from "@jixiao/core";
import { Alert, Button, Card, Descriptions, Result, Space, Tabs, Tag, Typography } from "antd";
import { lazy, Suspense, useMemo } from "react";
import { api } from "../api/client.ts";
import type { CheckOutcome, Region, ReviewComment, StoredDocument } from "../api/types.ts";
import { GRADE_COLOR, KIND_LABELS, STATE_COLOR } from "../labels.ts";
import { Loading } from "../layout/loading.tsx";
import { ReviewPanel } from "../review/review-panel.tsx";
import { groupComments, RowComments, RowCommentsContext } from "../review/row-comments.tsx";
import { VersionList } from "../review/version-list.tsx";
import { navigate } from "../router.ts";
import { useLoad } from "../use-load.ts";
import { DepartmentTableSection, EvaluationSection, OverallSection } from "./document-parts.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { FindingList } from "./finding-item.tsx";
import { groupFindings } from "./group-findings.ts";
import { NextStageButtons } from "./next-stage-buttons.tsx";
import { ProjectIndex } from "./project-index.tsx";
import { ProjectSection } from "./project-section.tsx";

// ECharts loads only with a document that has findings to draw.
const FindingsChart = lazy(() => import("./findings-chart.tsx"));

/** 文档详情: the document's parts and projects with the checks' findings beside them; review; versions; export. */
export default function DocumentPage(props: { id: string; tab: string | null }) {
  const doc = useLoad(() => api.get<StoredDocument>(`/api/documents/${props.id}`), [props.id]);
  const check = useLoad(() => api.get<CheckOutcome>(`/api/documents/${props.id}/check`), [props.id]);
  const region = useLoad(() => api.get<Region>("/api/region"), []);
  const version = doc.data?.record.version;
  const state = doc.data?.record.state;
  const comments = useLoad(
    () => api.get<{ items: ReviewComment[] }>(`/api/documents/${props.id}/comments?unresolvedOnly=true`),
    [props.id, version, state],
  );
  const commentMap = useMemo(() => groupComments(comments.data?.items ?? []), [comments.data]);
  const findings: Finding[] = check.data?.report.findings ?? [];
  const grouped = useMemo(() => groupFindings(findings), [findings]);

  if (doc.error && !doc.data)
    return (
      <Result status="warning" title={doc.error} extra={<Button onClick={() => navigate("/")}>返回工作台</Button>} />
    );
  if (!doc.data) return <Loading />;
  const { record, document: d } = doc.data;
  const department =
    d.department?.name ?? region.data?.departments.find((x) => x.id === record.departmentId)?.name ?? "—";
  const verdict = check.data?.report.verdict;
  const reloadAll = async () => {
    await Promise.all([doc.reload(), check.reload(), comments.reload()]);
  };

  const content = (
    <RowCommentsContext.Provider value={commentMap}>
      {commentMap.has("") && (
        <Card title="审核意见（整份文档）" style={{ marginBottom: 16 }}>
          <RowComments path="" />
        </Card>
      )}
      {grouped.sections.get("document") && (
        <Card title="文档审核发现" style={{ marginBottom: 16 }}>
          <FindingList findings={grouped.sections.get("document")} />
        </Card>
      )}
      {d.overall && <OverallSection overall={d.overall} grouped={grouped} />}
      {d.departmentTable && (
        <DepartmentTableSection table={d.departmentTable} amountUnit={d.amountUnit} grouped={grouped} />
      )}
      {d.evaluation && (
        <EvaluationSection
          evaluation={d.evaluation}
          amountUnit={d.amountUnit}
          grouped={grouped}
          onEdit={record.editable ? () => navigate(`/documents/${record.id}/evaluation/edit`) : undefined}
        />
      )}
      {d.projects.length > 1 && <ProjectIndex projects={d.projects} findings={findings} amountUnit={d.amountUnit} />}
      {d.projects.map((p, i) => (
        <ProjectSection
          // biome-ignore lint/suspicious/noArrayIndexKey: projects are addressed by index in the API
          key={i}
          documentId={record.id}
          project={p}
          index={i}
          amountUnit={d.amountUnit}
          findings={findings}
          grouped={grouped}
          editable={record.editable}
        />
      ))}
    </RowCommentsContext.Provider>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title={
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="document-title">
              {d.title ?? record.title ?? "（无标题）"}
            </Typography.Title>
            <Tag color={STATE_COLOR[record.state] ?? "default"} data-testid="document-state">
              {record.stateLabel}
            </Tag>
          </Space>
        }
        extra={
          <Space>
            <Button onClick={() => navigate("/")}>返回列表</Button>
            <NextStageButtons record={record} document={d} />
            <ExportButtons documentId={record.id} />
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label="部门">{department}</Descriptions.Item>
          <Descriptions.Item label="年度">{d.year ?? "—"}</Descriptions.Item>
          <Descriptions.Item label="类型">{KIND_LABELS[d.kind] ?? d.kind}</Descriptions.Item>
          <Descriptions.Item label="金额单位">{d.amountUnit}</Descriptions.Item>
          <Descriptions.Item label="项目数">{d.projects.length}</Descriptions.Item>
          <Descriptions.Item label="版本">第 {record.version} 版</Descriptions.Item>
          {record.relatesToDocumentId && (
            <Descriptions.Item label="依据的绩效目标">
              <Typography.Link
                data-testid="related-document"
                onClick={() => navigate(`/documents/${record.relatesToDocumentId}`)}
              >
                查看
              </Typography.Link>
            </Descriptions.Item>
          )}
          <Descriptions.Item label="审核结论">
            {verdict ? (
              <Space size={4} data-testid="verdict">
                <Tag color={GRADE_COLOR[verdict.grade]} style={{ fontSize: 14 }}>
                  {verdict.grade}
                </Tag>
                <Typography.Text type="secondary">{verdict.label}</Typography.Text>
              </Space>
            ) : check.loading ? (
              "审核中…"
            ) : (
              "—"
            )}
          </Descriptions.Item>
          <Descriptions.Item label="审核发现">
            {verdict ? (
              <Space size={4}>
                <Tag color="red">错误 {verdict.counts.error}</Tag>
                <Tag color="orange">警告 {verdict.counts.warning}</Tag>
                <Tag color="blue">提示 {verdict.counts.info}</Tag>
              </Space>
            ) : (
              "—"
            )}
          </Descriptions.Item>
        </Descriptions>
        {verdict && verdict.counts.error + verdict.counts.warning + verdict.counts.info > 0 && verdict.byDimension && (
          <Suspense fallback={null}>
            <FindingsChart verdict={verdict} />
          </Suspense>
        )}
        {record.editable && record.state.endsWith("_returned") && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title={`文档已被${record.stateLabel.replace("退回", "")}退回：请根据审核意见修改后重新提交。`}
          />
        )}
        {check.error && <Alert type="warning" showIcon title={`机器审核未能完成：${check.error}`} />}
      </Card>
      <Tabs
        activeKey={props.tab ?? "content"}
        onChange={(key) =>
          navigate(`/documents/${record.id}${key === "content" ? "" : `?tab=${key}`}`, { replace: true })
        }
        items={[
          { key: "content", label: "内容与审核发现", children: content },
          {
            key: "review",
            label: "审核流程",
            children: <ReviewPanel record={record} document={d} onChanged={reloadAll} />,
          },
          {
            key: "versions",
            label: "历史版本",
            children: (
              <VersionList
                documentId={record.id}
                current={record.version}
                editable={record.editable}
                onRestored={reloadAll}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
