import { type Finding, type Indicator, type PerformanceDocument, type Project, scoringSettingsOf } from "@jixiao/core";
import { Button, Card, Input, Popconfirm, Result, Space, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { api } from "../api/client.ts";
import type { ProjectView, ReviewComment, StoredDocument } from "../api/types.ts";
import { FindingList } from "../documents/finding-item.tsx";
import { groupFindings, rowKey } from "../documents/group-findings.ts";
import { Loading } from "../layout/loading.tsx";
import { groupComments, RowComments, RowCommentsContext } from "../review/row-comments.tsx";
import { navigate } from "../router.ts";
import { useLoad } from "../use-load.ts";
import { applyComputedProjectScores, scoreOfProject } from "./apply-evaluation-edit.ts";
import { blankIndicator, checkEditedProject, emptyToNull, withTarget } from "./apply-project-edit.ts";
import { EditorCard } from "./editor-card.tsx";
import { EvaluationScorePanel } from "./evaluation-score-panel.tsx";
import { ExecutionEditor } from "./execution-editor.tsx";
import { GoalsEditor } from "./goals-editor.tsx";
import { type IndexedRow, IndicatorRowsTable } from "./indicator-rows-table.tsx";
import { progressColumnsOf } from "./progress-columns.tsx";
import { ProjectHeadEditor } from "./project-head-editor.tsx";
import { useRegionPack } from "./use-region-pack.ts";
import { useVersionedEdit } from "./use-versioned-edit.ts";

type TextField =
  | "level1"
  | "level2"
  | "name"
  | "description"
  | "target"
  | "measureUnit"
  | "basis"
  | "actual"
  | "forecast"
  | "deviation";

type Row = IndexedRow;

/**
 * 编辑 one project's goals and indicator table. Checks run in the browser on every change (the same rules as
 * the server); saving sends the version it started from, and a 409 keeps the user's text on screen.
 */
export default function EditProjectPage(props: { id: string; index: number }) {
  const [doc, setDoc] = useState<StoredDocument | null>(null);
  const edit = useVersionedEdit<Project>(
    {
      load: async () => {
        const [stored, view] = await Promise.all([
          api.get<StoredDocument>(`/api/documents/${props.id}`),
          api.get<ProjectView>(`/api/documents/${props.id}/projects/${props.index}`),
        ]);
        setDoc(stored);
        return { value: view.project, version: view.version };
      },
      save: async (project, version) => {
        const view = await api.put<ProjectView>(`/api/documents/${props.id}/projects/${props.index}`, {
          version,
          project,
        });
        return { value: view.project, version: view.version };
      },
    },
    [props.id, props.index],
  );
  const { value: project, version, change } = edit;
  const pack = useRegionPack(doc?.document.year);
  const settings = pack && scoringSettingsOf(pack);
  const comments = useLoad(
    () => api.get<{ items: ReviewComment[] }>(`/api/documents/${props.id}/comments?unresolvedOnly=true`),
    [props.id],
  );
  const commentMap = useMemo(() => groupComments(comments.data?.items ?? []), [comments.data]);

  const findings: Finding[] = useMemo(
    () =>
      doc && project
        ? checkEditedProject({ document: doc.document as PerformanceDocument, index: props.index, project, pack })
        : [],
    [doc, project, props.index, pack],
  );
  const grouped = useMemo(() => groupFindings(findings), [findings]);

  if (edit.loadError)
    return (
      <Result
        status="warning"
        title={edit.loadError}
        extra={<Button onClick={() => navigate("/")}>返回工作台</Button>}
      />
    );
  if (!doc || !project || version === null) return <Loading />;

  const setRow = (i: number, row: Indicator) =>
    change({ ...project, indicators: project.indicators.map((r, j) => (j === i ? row : r)) });
  const patchRow = (i: number, patch: Partial<Indicator>) => {
    const row = project.indicators[i];
    if (row) setRow(i, { ...row, ...patch });
  };
  const setField = (i: number, field: TextField, value: string) => {
    const row = project.indicators[i];
    if (!row) return;
    if (field === "target") return setRow(i, withTarget(row, value));
    if (field === "level1" || field === "name") return setRow(i, { ...row, [field]: value });
    setRow(i, { ...row, [field]: emptyToNull(value) });
  };

  const cell = (field: TextField, width: number, placeholder?: string) => ({
    width,
    render: (_: unknown, r: Row) => (
      <Input.TextArea
        autoSize={{ minRows: 1, maxRows: 4 }}
        value={(r[field] as string | null | undefined) ?? ""}
        placeholder={placeholder}
        data-testid={`cell-${field}-${r._i}`}
        onChange={(e) => setField(r._i, field, e.target.value)}
        disabled={!doc.record.editable}
      />
    ),
  });
  const kind = doc.document.kind;
  const month = doc.document.monitoring?.month ?? null;
  const progressColumns = progressColumnsOf({
    kind,
    month,
    editable: doc.record.editable,
    text: cell,
    patchRow,
  });
  const hasUnitColumn = project.indicators.some((r) => r.measureUnit);
  const hasDescription = project.indicators.some((r) => r.description);
  const columns: ColumnsType<Row> = [
    { title: "#", width: 44, render: (_, r) => r._i + 1 },
    { title: "一级指标", ...cell("level1", 110) },
    { title: "二级指标", ...cell("level2", 130) },
    { title: "三级指标", ...cell("name", 180) },
    ...(hasDescription ? [{ title: "指标描述", ...cell("description", 180) }] : []),
    { title: "指标值", ...cell("target", 130, "如 ≥95%") },
    ...(hasUnitColumn ? [{ title: "度量单位", ...cell("measureUnit", 80) }] : []),
    ...(progressColumns.length === 0 || project.indicators.some((r) => r.basis)
      ? [{ title: "确定依据", ...cell("basis", 120, "计划标准") }]
      : []),
    ...progressColumns,
    {
      title: "实时审核",
      key: "findings",
      render: (_, r) => (
        <>
          <RowComments path={`projects[${props.index}].indicators[${r._i}]`} />
          <FindingList findings={grouped.rows.get(rowKey("project", props.index, r._i))} compact />
        </>
      ),
    },
    {
      title: "",
      width: 60,
      render: (_, r) => (
        <Popconfirm
          title="删除这一行指标？"
          okText="删除"
          cancelText="取消"
          onConfirm={() => change({ ...project, indicators: project.indicators.filter((_, j) => j !== r._i) })}
        >
          <Button size="small" type="link" danger disabled={!doc.record.editable}>
            删除
          </Button>
        </Popconfirm>
      ),
    },
  ];
  const last = project.indicators[project.indicators.length - 1];

  return (
    <RowCommentsContext.Provider value={commentMap}>
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <EditorCard
          title={
            <>
              <Typography.Text strong style={{ fontSize: 16 }}>
                编辑项目：{project.name}
              </Typography.Text>
              <Typography.Text type="secondary">{doc.document.title}</Typography.Text>
            </>
          }
          documentId={props.id}
          edit={edit}
          editable={doc.record.editable}
          stateLabel={doc.record.stateLabel}
          findings={findings}
        >
          <RowComments path={`projects[${props.index}]`} />
          {grouped.projects.get(props.index) && (
            <div style={{ marginTop: 12 }}>
              <FindingList findings={grouped.projects.get(props.index)} />
            </div>
          )}
        </EditorCard>
        <ProjectHeadEditor
          project={project}
          kind={kind}
          amountUnit={doc.document.amountUnit}
          disabled={!doc.record.editable}
          onChange={change}
        />
        {(kind === "monitoring" || kind === "self-evaluation") && (
          <ExecutionEditor
            project={project}
            monitoring={kind === "monitoring"}
            month={month}
            amountUnit={doc.document.amountUnit}
            disabled={!doc.record.editable}
            onChange={change}
          />
        )}
        {kind === "self-evaluation" && (
          <Card>
            <EvaluationScorePanel
              score={scoreOfProject(project, settings)}
              disabled={!doc.record.editable}
              onApply={() => change(applyComputedProjectScores(project, settings))}
            />
          </Card>
        )}
        <GoalsEditor
          goals={project.goals}
          disabled={!doc.record.editable}
          onChange={(goals) => change({ ...project, goals })}
        />
        <Card title="绩效指标">
          <IndicatorRowsTable
            rows={project.indicators}
            columns={columns}
            findingsOf={(i) => grouped.rows.get(rowKey("project", props.index, i))}
            testId="edit-table"
            scrollX={1100}
          />
          <Button
            style={{ marginTop: 12 }}
            disabled={!doc.record.editable}
            onClick={() =>
              change({
                ...project,
                indicators: [...project.indicators, blankIndicator(last?.level1, last?.level2 ?? null)],
              })
            }
          >
            添加一行指标
          </Button>
        </Card>
      </Space>
    </RowCommentsContext.Provider>
  );
}
