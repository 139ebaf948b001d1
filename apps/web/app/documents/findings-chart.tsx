import type { Verdict } from "@jixiao/core";
import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/esm/core";

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const DIMENSIONS = ["完整性", "相关性", "适当性", "可行性"] as const;
const SERIES = [
  { key: "error", name: "错误", color: "#f5222d" },
  { key: "warning", name: "警告", color: "#fa8c16" },
  { key: "info", name: "提示", color: "#1677ff" },
] as const;

/** 审核发现 by review dimension (88号 完整性/相关性/适当性/可行性), stacked by severity. */
export default function FindingsChart(props: { verdict: Verdict }) {
  const by = props.verdict.byDimension;
  const option = {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 56, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: [...DIMENSIONS], inverse: true },
    series: SERIES.map((s) => ({
      name: s.name,
      type: "bar",
      stack: "total",
      itemStyle: { color: s.color },
      barMaxWidth: 22,
      data: DIMENSIONS.map((d) => by[d]?.[s.key] ?? 0),
    })),
  };
  return (
    <div data-testid="findings-chart" style={{ marginTop: 8 }}>
      <div style={{ color: "#888", fontSize: 12 }}>审核发现（按审核维度）</div>
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 180 }} notMerge />
    </div>
  );
}
