import type { DocumentKind, Indicator } from "@jixiao/core";
import { InputNumber, Select } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { ReactNode } from "react";

type Row = Indicator & { _i: number };
type ProgressText = "actual" | "forecast" | "deviation";
interface CellFactory {
  width: number;
  render: (value: unknown, row: Row) => ReactNode;
}

const LIKELIHOODS = ["确定能", "有可能", "完全不可能"];

/**
 * The columns a monitoring report (1–X月执行情况, 全年预计, 偏差原因, 完成可能性) or a self-evaluation (实际完成值, 分值,
 * 得分, 偏差原因) adds beside the approved targets; none for a target document.
 */
export function progressColumnsOf(options: {
  kind: DocumentKind;
  month: number | null;
  editable: boolean;
  /** The page's text-cell factory (the same editing behaviour as the target columns). */
  text: (field: ProgressText, width: number) => CellFactory;
  patchRow: (index: number, patch: Partial<Indicator>) => void;
}): ColumnsType<Row> {
  const { kind, editable, text, patchRow } = options;
  const number = (field: "weight" | "score"): CellFactory => ({
    width: 80,
    render: (_, r) => (
      <InputNumber
        value={r[field]}
        min={0}
        data-testid={`cell-${field}-${r._i}`}
        disabled={!editable}
        onChange={(v) => patchRow(r._i, { [field]: v ?? null })}
      />
    ),
  });
  if (kind === "self-evaluation")
    return [
      { title: "实际完成值", ...text("actual", 110) },
      { title: "分值", ...number("weight") },
      { title: "得分", ...number("score") },
      { title: "偏差原因分析及改进措施", ...text("deviation", 180) },
    ];
  if (kind !== "monitoring") return [];
  return [
    { title: `1-${options.month ?? "X"}月执行情况`, ...text("actual", 110) },
    { title: "全年预计完成情况", ...text("forecast", 110) },
    { title: "偏差原因分析及改进措施", ...text("deviation", 180) },
    {
      title: "完成目标可能性",
      width: 120,
      render: (_, r) => (
        <Select
          style={{ width: 110 }}
          allowClear
          value={r.likelihood ?? undefined}
          // A value the file had outside the three options stays visible (M-4 flags it).
          options={[...new Set([...LIKELIHOODS, ...(r.likelihood ? [r.likelihood] : [])])].map((v) => ({
            value: v,
            label: v,
          }))}
          data-testid={`cell-likelihood-${r._i}`}
          disabled={!editable}
          onChange={(v?: string) => patchRow(r._i, { likelihood: v ?? null })}
        />
      ),
    },
  ];
}
