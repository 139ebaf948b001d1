import type { DepartmentTable, Evaluation, OverallGoals } from "@jixiao/core";
import { Button, Card, Descriptions, Table, Tag, Typography } from "antd";
import { formatAmount, formatPercent, GRADE_COLOR } from "../labels.ts";
import { PlainList } from "../layout/plain-list.tsx";
import { FindingList } from "./finding-item.tsx";
import type { GroupedFindings } from "./group-findings.ts";
import { IndicatorTable } from "./indicator-table.tsx";

/** 部门整体绩效目标, narrative form. */
export function OverallSection(props: { overall: OverallGoals; grouped: GroupedFindings }) {
  const o = props.overall;
  return (
    <Card title="部门整体绩效目标" style={{ marginBottom: 16 }}>
      <FindingList findings={props.grouped.sections.get("overall")} />
      {o.summary && (
        <>
          <Typography.Title level={5}>总体绩效目标</Typography.Title>
          <Typography.Paragraph>{o.summary}</Typography.Paragraph>
        </>
      )}
      {o.items.length > 0 && (
        <>
          <Typography.Title level={5}>分项绩效目标</Typography.Title>
          <PlainList
            items={o.items}
            render={(item) => (
              <div>
                <div>
                  {item.title && <Typography.Text strong>{item.title}　</Typography.Text>}
                  {item.goal}
                  {item.indicators && <div style={{ color: "#666" }}>指标：{item.indicators}</div>}
                </div>
              </div>
            )}
          />
        </>
      )}
      {o.safeguards.length > 0 && (
        <>
          <Typography.Title level={5}>工作保障措施</Typography.Title>
          <PlainList items={o.safeguards} render={(s) => s} />
        </>
      )}
    </Card>
  );
}

/** 部门整体绩效目标表 (table form): funds, functions, tasks, long-term and annual indicators. */
export function DepartmentTableSection(props: {
  table: DepartmentTable;
  amountUnit: string;
  grouped: GroupedFindings;
}) {
  const t = props.table;
  const funds = t.funds ? [...t.funds.income, ...(t.funds.incomeTotal ? [t.funds.incomeTotal] : [])] : [];
  return (
    <Card title="部门整体绩效目标表" style={{ marginBottom: 16 }}>
      <FindingList findings={props.grouped.sections.get("departmentTable")} />
      {funds.length > 0 && (
        <Table
          size="small"
          bordered
          pagination={false}
          rowKey={(r) => r.label}
          style={{ marginBottom: 16 }}
          dataSource={funds}
          columns={[
            { title: "资金来源", dataIndex: "label" },
            { title: "金额", dataIndex: "amount", render: (v: number | null) => formatAmount(v, props.amountUnit) },
            { title: "占比", dataIndex: "share", render: (v: number | null) => formatPercent(v) },
          ]}
        />
      )}
      {t.functions.length > 0 && (
        <>
          <Typography.Title level={5}>部门职能概述</Typography.Title>
          <PlainList items={t.functions} render={(s) => s} />
        </>
      )}
      {t.tasks.length > 0 && (
        <>
          <Typography.Title level={5}>年度工作任务</Typography.Title>
          <PlainList items={t.tasks} render={(s) => s} />
        </>
      )}
      {t.longTerm && (
        <>
          <Typography.Title level={5}>
            长期目标{t.longTerm.deadline ? `（至 ${t.longTerm.deadline} 年）` : ""}
          </Typography.Title>
          <Typography.Paragraph>{t.longTerm.goal}</Typography.Paragraph>
          <FindingList findings={props.grouped.sections.get("departmentTable.longTerm")} />
          <IndicatorTable
            indicators={t.longTerm.indicators}
            section="departmentTable.longTerm"
            findings={props.grouped}
          />
        </>
      )}
      {t.annual && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            年度目标
          </Typography.Title>
          <Typography.Paragraph>{t.annual.goal}</Typography.Paragraph>
          <FindingList findings={props.grouped.sections.get("departmentTable.annual")} />
          <IndicatorTable indicators={t.annual.indicators} section="departmentTable.annual" findings={props.grouped} />
        </>
      )}
    </Card>
  );
}

/** 绩效自评: budget execution, goals achieved, scored indicators, total and grade. */
export function EvaluationSection(props: {
  evaluation: Evaluation;
  amountUnit: string;
  grouped: GroupedFindings;
  /** Set when the user may edit: opens the self-evaluation editor. */
  onEdit?: () => void;
}) {
  const e = props.evaluation;
  const x = e.execution;
  return (
    <Card
      title="绩效自评"
      style={{ marginBottom: 16 }}
      extra={
        props.onEdit && (
          <Button size="small" onClick={props.onEdit} data-testid="edit-evaluation">
            编辑自评表
          </Button>
        )
      }
    >
      <FindingList findings={props.grouped.sections.get("evaluation")} />
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="年初预算数">{formatAmount(x.initial, props.amountUnit)}</Descriptions.Item>
        <Descriptions.Item label="全年预算数">{formatAmount(x.annual, props.amountUnit)}</Descriptions.Item>
        <Descriptions.Item label="全年执行数">{formatAmount(x.executed, props.amountUnit)}</Descriptions.Item>
        <Descriptions.Item label="执行率">{formatPercent(x.rate)}</Descriptions.Item>
        <Descriptions.Item label="分值 / 得分">
          {x.weight ?? "—"} / {x.score ?? "—"}
        </Descriptions.Item>
        <Descriptions.Item label="总分 / 自评等级">
          {e.totalScore ?? "—"} / {e.grade ? <Tag color={GRADE_COLOR[e.grade]}>{e.grade}</Tag> : "—"}
        </Descriptions.Item>
        {e.executionDeviation && (
          <Descriptions.Item label="偏差原因" span={3}>
            {e.executionDeviation}
          </Descriptions.Item>
        )}
      </Descriptions>
      {e.goals.length > 0 && (
        <Table
          size="small"
          bordered
          pagination={false}
          rowKey="key"
          style={{ marginBottom: 16 }}
          dataSource={e.goals.map((g, i) => ({ ...g, key: i }))}
          columns={[
            { title: "年度目标", dataIndex: "goal" },
            { title: "实际完成情况", dataIndex: "achieved" },
          ]}
        />
      )}
      <IndicatorTable indicators={e.indicators} section="evaluation" findings={props.grouped} />
      {e.conclusion && (
        <Typography.Paragraph style={{ marginTop: 16 }}>
          <Typography.Text strong>自评结论：</Typography.Text>
          {e.conclusion}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
