import type { Finding, FindingSection, Indicator } from "@jixiao/core";
import { Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useContext } from "react";
import { indicatorPath, RowComments, RowCommentsContext } from "../review/row-comments.tsx";
import { FindingList } from "./finding-item.tsx";
import { type GroupedFindings, rowKey, worstSeverity } from "./group-findings.ts";

/** Rows sharing a level-1 (and level-2) label are merged, as in the printed three-level table. */
function spans(rows: readonly Indicator[], key: (r: Indicator) => string): number[] {
  const out = new Array<number>(rows.length).fill(0);
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || key(rows[i] as Indicator) !== key(rows[start] as Indicator)) {
      out[start] = i - start;
      start = i;
    }
  }
  return out;
}

/** The three-level indicator table of a project (or department table / self-evaluation) with each row's findings beside it. */
export function IndicatorTable(props: {
  indicators: readonly Indicator[];
  section: FindingSection;
  projectIndex?: number;
  findings: GroupedFindings;
  testId?: string;
}) {
  const rows = props.indicators;
  const l1 = spans(rows, (r) => r.level1);
  const l2 = spans(rows, (r) => `${r.level1}|${r.level2 ?? ""}`);
  const has = (k: keyof Indicator) => rows.some((r) => r[k] !== null && r[k] !== undefined && r[k] !== "");
  const comments = useContext(RowCommentsContext);
  const commentPath = (i: number) => indicatorPath(props.section, props.projectIndex, i);
  const findingsOf = (i: number): Finding[] | undefined =>
    props.findings.rows.get(rowKey(props.section, props.projectIndex, i));

  const columns: ColumnsType<Indicator & { _i: number }> = [
    {
      title: "一级指标",
      dataIndex: "level1",
      width: 100,
      onCell: (r) => ({ rowSpan: l1[r._i], className: "level-cell" }),
    },
    {
      title: "二级指标",
      dataIndex: "level2",
      width: 120,
      onCell: (r) => ({ rowSpan: l2[r._i], className: "level-cell" }),
    },
    { title: "三级指标", dataIndex: "name", width: 180 },
    ...(has("description") ? [{ title: "指标描述", dataIndex: "description", width: 180 }] : []),
    { title: "指标值", dataIndex: "target", width: 120, render: (t: string | null) => t ?? "—" },
    ...(has("measureUnit") ? [{ title: "度量单位", dataIndex: "measureUnit", width: 80 }] : []),
    ...(has("basis") ? [{ title: "确定依据", dataIndex: "basis", width: 110 }] : []),
    ...(has("actual") ? [{ title: "实际完成值", dataIndex: "actual", width: 120 }] : []),
    ...(has("forecast") ? [{ title: "全年预计完成情况", dataIndex: "forecast", width: 120 }] : []),
    ...(has("likelihood") ? [{ title: "完成目标可能性", dataIndex: "likelihood", width: 100 }] : []),
    ...(has("weight") ? [{ title: "分值", dataIndex: "weight", width: 60 }] : []),
    ...(has("score") ? [{ title: "得分", dataIndex: "score", width: 60 }] : []),
    ...(has("deviation") ? [{ title: "偏差原因", dataIndex: "deviation", width: 160 }] : []),
    {
      title: "审核发现",
      key: "findings",
      render: (_, r) => {
        const list = findingsOf(r._i);
        const commented = comments.has(commentPath(r._i));
        if (!list && !commented) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <>
            <RowComments path={commentPath(r._i)} />
            {list && <FindingList findings={list} compact />}
          </>
        );
      },
    },
  ];

  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey="_i"
      data-testid={props.testId ?? "indicator-table"}
      dataSource={rows.map((r, i) => ({ ...r, _i: i }))}
      columns={columns}
      scroll={{ x: 1000 }}
      onRow={(r) => {
        const worst = worstSeverity(findingsOf(r._i));
        return worst ? { className: `row-${worst}` } : {};
      }}
      locale={{ emptyText: "没有绩效指标" }}
    />
  );
}
