import type { Finding, Project } from "@jixiao/core";
import { Button, Card, Descriptions, Space, Table, Tag, Typography } from "antd";
import { formatAmount, formatPercent } from "../labels.ts";
import { PlainList } from "../layout/plain-list.tsx";
import { RowComments } from "../review/row-comments.tsx";
import { navigate } from "../router.ts";
import { FindingList } from "./finding-item.tsx";
import { countProjectFindings, type GroupedFindings } from "./group-findings.ts";
import { IndicatorTable } from "./indicator-table.tsx";

/** One project: budget, spend plan, goals and its indicator table, each with the findings that point at it. */
export function ProjectSection(props: {
  documentId: string;
  project: Project;
  index: number;
  amountUnit: string;
  findings: readonly Finding[];
  grouped: GroupedFindings;
  editable: boolean;
}) {
  const { project: p, index, amountUnit } = props;
  const counts = countProjectFindings(props.findings, index);
  const own = props.grouped.projects.get(index);
  const plan = p.spendPlan;
  return (
    <Card
      id={`project-${index}`}
      data-testid="project"
      style={{ marginBottom: 16 }}
      title={
        <Space wrap>
          <span>
            {index + 1}. {p.name}
          </span>
          {counts.error > 0 && <Tag color="red">错误 {counts.error}</Tag>}
          {counts.warning > 0 && <Tag color="orange">警告 {counts.warning}</Tag>}
          {counts.info > 0 && <Tag color="blue">提示 {counts.info}</Tag>}
          {counts.error + counts.warning + counts.info === 0 && <Tag color="green">无问题</Tag>}
        </Space>
      }
      extra={
        props.editable && (
          <Button
            type="primary"
            ghost
            data-testid={`edit-project-${index}`}
            onClick={() => navigate(`/documents/${props.documentId}/projects/${index}/edit`)}
          >
            编辑指标
          </Button>
        )
      }
    >
      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="项目编码">
          {p.code ?? <Typography.Text type="danger">未填写</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label="预算单位">{p.unit?.name ?? "—"}</Descriptions.Item>
        <Descriptions.Item label="预算数">{formatAmount(p.budget?.total, amountUnit)}</Descriptions.Item>
        <Descriptions.Item label="其中：财政资金">{formatAmount(p.budget?.fiscal, amountUnit)}</Descriptions.Item>
        <Descriptions.Item label="其他资金">{formatAmount(p.budget?.other, amountUnit)}</Descriptions.Item>
        <Descriptions.Item label="资金支出计划（累计）">
          {plan ? (
            <Table
              size="small"
              pagination={false}
              bordered
              rowKey={() => "plan"}
              dataSource={[plan]}
              columns={(["mar", "jun", "oct", "dec"] as const).map((m, i) => ({
                title: ["3月底", "6月底", "10月底", "12月底"][i],
                dataIndex: m,
                render: (v: number | null) => formatPercent(v),
              }))}
            />
          ) : (
            "—"
          )}
        </Descriptions.Item>
        <Descriptions.Item label="资金用途" span={3}>
          {p.purpose ?? "—"}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>绩效目标</Typography.Title>
      {p.goals.length ? (
        <PlainList items={p.goals} render={(g, i) => `目标${i + 1}：${g}`} />
      ) : (
        <Typography.Paragraph type="secondary">未填写绩效目标</Typography.Paragraph>
      )}
      <RowComments path={`projects[${index}]`} />
      {own && (
        <div style={{ marginBottom: 16 }} data-testid="project-findings">
          <Typography.Title level={5}>项目审核发现</Typography.Title>
          <FindingList findings={own} />
        </div>
      )}
      <Typography.Title level={5}>绩效指标</Typography.Title>
      <IndicatorTable indicators={p.indicators} section="project" projectIndex={index} findings={props.grouped} />
    </Card>
  );
}
