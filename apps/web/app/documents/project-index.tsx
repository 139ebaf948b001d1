import type { Finding, Project } from "@jixiao/core";
import { Card, Space, Tag, Typography } from "antd";
import { formatAmount } from "../labels.ts";
import { countProjectFindings } from "./group-findings.ts";

/** 项目目录: one line per project with its budget and findings; a click scrolls to the project. */
export function ProjectIndex(props: {
  projects: readonly Project[];
  findings: readonly Finding[];
  amountUnit: string;
}) {
  return (
    <Card title={`项目目录（${props.projects.length} 个项目）`} size="small" style={{ marginBottom: 16 }}>
      <ol style={{ margin: 0, paddingInlineStart: 24, columns: props.projects.length > 6 ? 2 : 1 }}>
        {props.projects.map((p, i) => {
          const c = countProjectFindings(props.findings, i);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: projects are addressed by index
            <li key={i} style={{ breakInside: "avoid", padding: "2px 0" }}>
              <Space size={4} wrap>
                <Typography.Link
                  onClick={() => document.getElementById(`project-${i}`)?.scrollIntoView({ behavior: "smooth" })}
                >
                  {p.name}
                </Typography.Link>
                <Typography.Text type="secondary">{formatAmount(p.budget?.total, props.amountUnit)}</Typography.Text>
                {c.error > 0 && <Tag color="red">错误 {c.error}</Tag>}
                {c.warning > 0 && <Tag color="orange">警告 {c.warning}</Tag>}
              </Space>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
