import type { AmountUnit, Execution, Project } from "@jixiao/core";
import { Button, Card, Col, Form, Input, InputNumber, Row, Typography } from "antd";
import { computedRate, emptyToNull } from "./apply-project-edit.ts";

/**
 * 预算执行情况 of a monitoring report (1–X月执行数, 全年预计执行数) or a self-evaluation (全年执行数, 分值, 得分), with the
 * 偏差原因 and the 实际完成情况 of the 年度总体目标.
 */
export function ExecutionEditor(props: {
  project: Project;
  monitoring: boolean;
  /** Cut-off month of a monitoring report, for the labels. */
  month: number | null;
  amountUnit: AmountUnit;
  disabled: boolean;
  onChange: (project: Project) => void;
}) {
  const { project: p, monitoring, disabled, onChange } = props;
  const ex: Execution = p.execution ?? {
    initial: null,
    annual: null,
    executed: null,
    weight: null,
    score: null,
    rate: null,
  };
  const set = (key: keyof Execution, v: number | null) => onChange({ ...p, execution: { ...ex, [key]: v } });
  const period = monitoring ? `1-${props.month ?? "X"}月` : "全年";
  const num = (key: keyof Execution, label: string, unit: string = props.amountUnit) => (
    <Col xs={12} sm={8} md={4}>
      <Form.Item label={`${label}（${unit}）`}>
        <InputNumber
          style={{ width: "100%" }}
          value={ex[key] ?? null}
          disabled={disabled}
          data-testid={`execution-${key}`}
          onChange={(v) => set(key, v ?? null)}
        />
      </Form.Item>
    </Col>
  );
  const rate = computedRate(ex);
  return (
    <Card title={monitoring ? `预算执行情况（${period}）` : "预算执行情况"}>
      <Form layout="vertical" size="small">
        <Row gutter={12}>
          {num("initial", "年初预算数")}
          {num("annual", "全年预算数")}
          {num("executed", `${period}执行数`)}
          {num("rate", "执行率", "%")}
          {monitoring ? num("forecast", "全年预计执行数") : num("weight", "分值", "分")}
          {!monitoring && num("score", "得分", "分")}
        </Row>
        {rate !== null && rate !== ex.rate && (
          <Typography.Paragraph type="secondary" data-testid="computed-rate">
            按执行数 ÷ 全年预算数，执行率为 {rate}%{" "}
            <Button size="small" type="link" disabled={disabled} onClick={() => set("rate", rate)}>
              填入
            </Button>
          </Typography.Paragraph>
        )}
        <Form.Item label="偏差原因及改进措施">
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 6 }}
            value={p.executionDeviation ?? ""}
            disabled={disabled}
            data-testid="execution-deviation"
            onChange={(e) => onChange({ ...p, executionDeviation: emptyToNull(e.target.value) })}
          />
        </Form.Item>
        <Form.Item label={`年度总体目标${period}实际完成情况`} style={{ marginBottom: 0 }}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 6 }}
            value={p.goalsAchieved ?? ""}
            disabled={disabled}
            data-testid="goals-achieved"
            onChange={(e) => onChange({ ...p, goalsAchieved: emptyToNull(e.target.value) })}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
