import type { Finding } from "@jixiao/core";
import { Space, Tag, Typography } from "antd";
import { SEVERITY_COLOR, SEVERITY_TEXT } from "../labels.ts";

/** One finding: severity in colour, the message, and the suggested fix. */
export function FindingItem(props: { finding: Finding; compact?: boolean }) {
  const f = props.finding;
  return (
    <div className={`finding finding-${f.severity}`} data-testid="finding" style={{ marginBottom: 6 }}>
      <Space size={4} align="start" wrap={false}>
        <Tag color={SEVERITY_COLOR[f.severity]} style={{ marginInlineEnd: 0 }}>
          {SEVERITY_TEXT[f.severity]}
        </Tag>
        <div>
          <Typography.Text>{f.message}</Typography.Text>
          {!props.compact && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {" "}
              {f.ruleId} · {f.dimension}
            </Typography.Text>
          )}
          {f.suggestion && (
            <div>
              <Typography.Text type="success" style={{ fontSize: 12 }}>
                建议：{f.suggestion}
              </Typography.Text>
            </div>
          )}
        </div>
      </Space>
    </div>
  );
}

export function FindingList(props: { findings: readonly Finding[] | undefined; compact?: boolean }) {
  if (!props.findings?.length) return null;
  return (
    <div>
      {props.findings.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id; the list is replaced as a whole
        <FindingItem key={`${f.ruleId}-${i}`} finding={f} {...(props.compact ? { compact: true } : {})} />
      ))}
    </div>
  );
}
