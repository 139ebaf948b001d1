import type { Finding, Indicator } from "@jixiao/core";
import { Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { worstSeverity } from "../documents/group-findings.ts";

export type IndexedRow = Indicator & { _i: number };

/** An editor's indicator rows, each coloured by the worst live finding about it. */
export function IndicatorRowsTable(props: {
  rows: readonly Indicator[];
  columns: ColumnsType<IndexedRow>;
  findingsOf: (index: number) => Finding[] | undefined;
  testId: string;
  scrollX: number;
}) {
  return (
    <Table<IndexedRow>
      size="small"
      bordered
      pagination={false}
      rowKey="_i"
      data-testid={props.testId}
      dataSource={props.rows.map((r, i) => ({ ...r, _i: i }))}
      columns={props.columns}
      scroll={{ x: props.scrollX }}
      onRow={(r) => {
        const worst = worstSeverity(props.findingsOf(r._i));
        return worst ? { className: `row-${worst}` } : {};
      }}
    />
  );
}
