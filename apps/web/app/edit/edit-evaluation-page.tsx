import {
  type Evaluation,
  type Execution,
  type Finding,
  type Indicator,
  type PerformanceDocument,
  scoringSettingsOf,
} from "@jixiao/core";
import { Button, Card, Col, Form, Input, InputNumber, Result, Row, Space, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { api } from "../api/client.ts";
import type { StoredDocument } from "../api/types.ts";
import { FindingList } from "../documents/finding-item.tsx";
import { groupFindings, rowKey } from "../documents/group-findings.ts";
import { Loading } from "../layout/loading.tsx";
import { navigate } from "../router.ts";
import { applyComputedScores, checkEditedEvaluation, scoreOf, withTotals } from "./apply-evaluation-edit.ts";
import { emptyToNull } from "./apply-project-edit.ts";
import { EditorCard } from "./editor-card.tsx";
import { EvaluationScorePanel } from "./evaluation-score-panel.tsx";
import { type IndexedRow, IndicatorRowsTable } from "./indicator-rows-table.tsx";
import { useRegionPack } from "./use-region-pack.ts";
import { useVersionedEdit } from "./use-versioned-edit.ts";

type ScoredRow = IndexedRow;

/**
 * 编辑 a department's 整体支出绩效自评表: budget execution, goals achieved, actual values, 分值 and 得分 of each
 * indicator, with the scores recomputed beside them and live checks. Saves the whole document with the version it
 * started from (409 keeps the text on screen).
 */
export default function EditEvaluationPage(props: { id: string }) {
  const [stored, setStored] = useState<StoredDocument | null>(null);
  const edit = useVersionedEdit<Evaluation>(
    {
      load: async () => {
        const s = await api.get<StoredDocument>(`/api/documents/${props.id}`);
        if (s.document.evaluation === null) throw new Error("这份文档没有绩效自评表");
        setStored(s);
        return { value: s.document.evaluation, version: s.record.version };
      },
      save: async (evaluation, version) => {
        const document = stored?.document as PerformanceDocument;
        const saved = await api.put<StoredDocument>(`/api/documents/${props.id}`, {
          version,
          document: { ...document, evaluation },
        });
        setStored(saved);
        if (saved.document.evaluation === null) throw new Error("保存后的文档没有绩效自评表");
        return { value: saved.document.evaluation, version: saved.record.version };
      },
    },
    [props.id],
  );
  const { value: ev, change } = edit;
  const doc = stored?.document as PerformanceDocument | undefined;
  const pack = useRegionPack(doc?.year);
  const settings = useMemo(() => pack && scoringSettingsOf(pack), [pack]);
  const findings: Finding[] = useMemo(() => (doc && ev ? checkEditedEvaluation(doc, ev, pack) : []), [doc, ev, pack]);
  const grouped = useMemo(() => groupFindings(findings), [findings]);
  const score = useMemo(() => (ev ? scoreOf(ev, settings) : null), [ev, settings]);

  if (edit.loadError)
    return (
      <Result
        status="warning"
        title={edit.loadError}
        extra={<Button onClick={() => navigate("/")}>返回工作台</Button>}
      />
    );
  if (!stored || !doc || !ev || !score) return <Loading />;
  const editable = stored.record.editable;

  const patchRow = (i: number, patch: Partial<Indicator>) =>
    change({ ...ev, indicators: ev.indicators.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const setExecution = (key: keyof Execution, v: number | null) =>
    change({ ...ev, execution: { ...ev.execution, [key]: v } });

  const text = (field: "actual" | "deviation", width: number) => ({
    width,
    render: (_: unknown, r: ScoredRow) => (
      <Input.TextArea
        autoSize={{ minRows: 1, maxRows: 4 }}
        value={r[field] ?? ""}
        disabled={!editable}
        data-testid={`cell-${field}-${r._i}`}
        onChange={(e) => patchRow(r._i, { [field]: emptyToNull(e.target.value) })}
      />
    ),
  });
  const number = (field: "weight" | "score") => ({
    width: 90,
    render: (_: unknown, r: ScoredRow) => (
      <InputNumber
        value={r[field]}
        min={0}
        disabled={!editable}
        data-testid={`cell-${field}-${r._i}`}
        onChange={(v) => patchRow(r._i, { [field]: v ?? null })}
      />
    ),
  });
  const columns: ColumnsType<ScoredRow> = [
    { title: "#", width: 44, render: (_, r) => r._i + 1 },
    { title: "一级指标", dataIndex: "level1", width: 90 },
    { title: "二级指标", dataIndex: "level2", width: 110 },
    { title: "三级指标", dataIndex: "name", width: 170 },
    { title: "年度指标值", dataIndex: "target", width: 120 },
    { title: "实际完成值", ...text("actual", 130) },
    { title: "分值", ...number("weight") },
    { title: "得分", ...number("score") },
    {
      title: "按公式",
      width: 80,
      render: (_, r) => {
        const s = score.rows[r._i]?.score;
        if (!s || s.computed === null) return <Typography.Text type="secondary">人工</Typography.Text>;
        return <Tag color={s.agrees === false ? "red" : "default"}>{s.computed}</Tag>;
      },
    },
    { title: "偏差原因分析及改进措施", ...text("deviation", 200) },
    {
      title: "实时审核",
      render: (_, r) => <FindingList findings={grouped.rows.get(rowKey("evaluation", undefined, r._i))} compact />,
    },
  ];
  const money = (key: keyof Execution, label: string) => (
    <Col xs={12} md={4}>
      <Form.Item label={label}>
        <InputNumber
          style={{ width: "100%" }}
          value={ev.execution[key] ?? null}
          disabled={!editable}
          data-testid={`execution-${key}`}
          onChange={(v) => setExecution(key, v ?? null)}
        />
      </Form.Item>
    </Col>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <EditorCard
        title={
          <Typography.Text strong style={{ fontSize: 16 }}>
            编辑绩效自评：{doc.title}
          </Typography.Text>
        }
        documentId={props.id}
        edit={edit}
        editable={editable}
        stateLabel={stored.record.stateLabel}
        findings={findings}
      >
        <div style={{ marginTop: 12 }}>
          <FindingList findings={grouped.sections.get("evaluation")} />
        </div>
      </EditorCard>
      <Card>
        <EvaluationScorePanel
          score={score}
          disabled={!editable}
          onApply={() => change(applyComputedScores(ev, settings))}
        />
      </Card>
      <Card title={`预算执行情况（${doc.amountUnit}）`}>
        <Form layout="vertical" size="small">
          <Row gutter={12}>
            {money("initial", "年初预算数")}
            {money("annual", "全年预算数")}
            {money("executed", "全年执行数")}
            {money("rate", "执行率（%）")}
            {money("weight", "分值")}
            {money("score", "得分")}
          </Row>
          <Form.Item label="偏差原因及改进措施" style={{ marginBottom: 0 }}>
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 6 }}
              value={ev.executionDeviation ?? ""}
              disabled={!editable}
              onChange={(e) => change({ ...ev, executionDeviation: emptyToNull(e.target.value) })}
            />
          </Form.Item>
        </Form>
      </Card>
      {ev.goals.length > 0 && (
        <Card title="年度目标完成情况">
          <Space orientation="vertical" style={{ width: "100%" }}>
            {ev.goals.map((g, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: goals are addressed by position
              <Row key={i} gutter={12}>
                <Col xs={24} md={10}>
                  <Typography.Text>{g.goal}</Typography.Text>
                </Col>
                <Col xs={24} md={14}>
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 6 }}
                    placeholder="实际完成情况"
                    value={g.achieved ?? ""}
                    disabled={!editable}
                    onChange={(e) =>
                      change({
                        ...ev,
                        goals: ev.goals.map((x, j) => (j === i ? { ...x, achieved: emptyToNull(e.target.value) } : x)),
                      })
                    }
                  />
                </Col>
              </Row>
            ))}
          </Space>
        </Card>
      )}
      <Card title="绩效指标">
        <IndicatorRowsTable
          rows={ev.indicators}
          columns={columns}
          findingsOf={(i) => grouped.rows.get(rowKey("evaluation", undefined, i))}
          testId="evaluation-table"
          scrollX={1300}
        />
      </Card>
      <Card title="总分与结论">
        <Space wrap>
          <Typography.Text>
            总分 {ev.totalScore ?? "—"} / {ev.totalWeight ?? "—"}，自评等级 {ev.grade ?? "—"}
          </Typography.Text>
          <Button
            size="small"
            disabled={!editable}
            onClick={() => change(withTotals(ev, settings))}
            data-testid="recompute-totals"
          >
            按各项得分重算总分和等级
          </Button>
        </Space>
        <Input.TextArea
          style={{ marginTop: 12 }}
          autoSize={{ minRows: 2, maxRows: 8 }}
          placeholder="自评结论"
          value={ev.conclusion ?? ""}
          disabled={!editable}
          onChange={(e) => change({ ...ev, conclusion: emptyToNull(e.target.value) })}
        />
      </Card>
    </Space>
  );
}
