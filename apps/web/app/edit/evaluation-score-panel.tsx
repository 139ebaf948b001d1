import type { SelfEvaluationScore, StatedVsComputed } from "@jixiao/core";
import { Button, Descriptions, Space, Tag, Tooltip, Typography } from "antd";

const LIGHT_COLOR = { red: "red", yellow: "gold", green: "green" } as const;

function Compare(props: { value: StatedVsComputed<number | string>; suffix?: string; testId?: string }) {
  const { stated, computed, agrees } = props.value;
  const s = props.suffix ?? "";
  return (
    <Space size={4} data-testid={props.testId}>
      <span>{stated === null ? "—" : `${stated}${s}`}</span>
      {computed !== null && agrees !== true && (
        <Tooltip title="按计分规则计算的结果">
          <Tag color={agrees === false ? "red" : "default"}>
            应为 {computed}
            {s}
          </Tag>
        </Tooltip>
      )}
      {agrees === true && <Tag color="green">相符</Tag>}
    </Space>
  );
}

/**
 * 自评计分 (§6): each stated figure beside what the rules compute, in decimal, with one action that fills in the
 * computed scores (rows that need a person's judgement keep theirs).
 */
export function EvaluationScorePanel(props: { score: SelfEvaluationScore; disabled: boolean; onApply: () => void }) {
  const s = props.score;
  const disagreeing = s.rows.filter((r) => r.score.agrees === false).length;
  const manual = s.rows.filter((r) => r.result.manual).length;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 3 }}
      title="自评计分"
      extra={
        <Button type="primary" ghost disabled={props.disabled} onClick={props.onApply} data-testid="apply-scores">
          按计分规则填入得分
        </Button>
      }
    >
      <Descriptions.Item label="执行率">
        <Compare value={s.executionRate} suffix="%" />
      </Descriptions.Item>
      <Descriptions.Item label="预算执行得分">
        <Compare value={s.executionScore} />
      </Descriptions.Item>
      <Descriptions.Item label="指标分值合计">
        <Compare value={s.indicatorWeights} />
      </Descriptions.Item>
      <Descriptions.Item label="总分">
        <Compare value={s.totalScore} testId="total-score" />
      </Descriptions.Item>
      <Descriptions.Item label="自评等级">
        <Compare value={s.grade} testId="grade" />
      </Descriptions.Item>
      <Descriptions.Item label="按公式总分">
        <span data-testid="formula-total">{s.formulaTotal}</span>
      </Descriptions.Item>
      <Descriptions.Item label="指标得分" span={2}>
        <Typography.Text data-testid="row-summary">
          {disagreeing === 0 ? "各行得分与计分公式相符" : `${disagreeing} 行得分与计分公式不符`}
          {manual > 0 && `；${manual} 行尚未填写实际完成值或须人工评分（定性指标等）`}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="得分与执行一致性">
        <Tag color={LIGHT_COLOR[s.consistency.light]}>{s.consistency.reason}</Tag>
      </Descriptions.Item>
    </Descriptions>
  );
}
