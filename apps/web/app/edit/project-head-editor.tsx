import type { AmountUnit, Budget, DocumentKind, Project, SpendPlan } from "@jixiao/core";
import { Card, Col, Form, Input, InputNumber, Row } from "antd";
import { emptyToNull } from "./apply-project-edit.ts";

const MONTHS: { key: keyof SpendPlan; label: string }[] = [
  { key: "mar", label: "3月底" },
  { key: "jun", label: "6月底" },
  { key: "oct", label: "10月底" },
  { key: "dec", label: "12月底" },
];

/** Target documents carry a 资金支出计划; monitoring and self-evaluation forms do not. */
const HAS_SPEND_PLAN: ReadonlySet<DocumentKind> = new Set(["performance-text", "project-targets"]);

/** 项目名称, 编码, 实施单位, 预算数, 资金用途 and 资金支出计划: the head of a 项目支出绩效目标表. */
export function ProjectHeadEditor(props: {
  project: Project;
  kind: DocumentKind;
  amountUnit: AmountUnit;
  disabled: boolean;
  onChange: (project: Project) => void;
}) {
  const { project: p, disabled, onChange } = props;
  const budget: Budget = p.budget ?? { total: null, fiscal: null, other: null };
  const plan: SpendPlan = p.spendPlan ?? { mar: null, jun: null, oct: null, dec: null };
  const setBudget = (key: keyof Budget, v: number | null) => onChange({ ...p, budget: { ...budget, [key]: v } });
  const setPlan = (key: keyof SpendPlan, v: number | null) => onChange({ ...p, spendPlan: { ...plan, [key]: v } });
  const money = (key: keyof Budget, label: string) => (
    <Col xs={24} sm={8}>
      <Form.Item label={`${label}（${props.amountUnit}）`}>
        <InputNumber
          style={{ width: "100%" }}
          value={budget[key]}
          min={0}
          disabled={disabled}
          data-testid={`budget-${key}`}
          onChange={(v) => setBudget(key, v ?? null)}
        />
      </Form.Item>
    </Col>
  );
  return (
    <Card title="项目基本信息">
      <Form layout="vertical" size="small">
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item label="项目名称" required>
              <Input
                value={p.name}
                disabled={disabled}
                data-testid="project-name"
                onChange={(e) => onChange({ ...p, name: e.target.value })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="项目编码">
              <Input
                value={p.code ?? ""}
                disabled={disabled}
                data-testid="project-code"
                onChange={(e) => onChange({ ...p, code: emptyToNull(e.target.value) })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="实施单位">
              <Input
                value={p.unit?.name ?? ""}
                disabled={disabled}
                onChange={(e) =>
                  onChange({
                    ...p,
                    unit:
                      e.target.value === "" && !p.unit?.code
                        ? null
                        : { code: p.unit?.code ?? null, name: e.target.value },
                  })
                }
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          {money("total", "预算数")}
          {money("fiscal", "其中：财政资金")}
          {money("other", "其他资金")}
        </Row>
        <Form.Item label="资金用途">
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 6 }}
            value={p.purpose ?? ""}
            disabled={disabled}
            data-testid="project-purpose"
            onChange={(e) => onChange({ ...p, purpose: emptyToNull(e.target.value) })}
          />
        </Form.Item>
        {(HAS_SPEND_PLAN.has(props.kind) || p.spendPlan !== null) && (
          <Form.Item label="资金支出计划（累计支出进度，%）" style={{ marginBottom: 0 }}>
            <Row gutter={12}>
              {MONTHS.map((m) => (
                <Col xs={12} sm={6} key={m.key}>
                  <InputNumber
                    style={{ width: "100%" }}
                    addonBefore={m.label}
                    suffix="%"
                    value={plan[m.key]}
                    disabled={disabled}
                    data-testid={`plan-${m.key}`}
                    onChange={(v) => setPlan(m.key, v ?? null)}
                  />
                </Col>
              ))}
            </Row>
          </Form.Item>
        )}
      </Form>
    </Card>
  );
}
