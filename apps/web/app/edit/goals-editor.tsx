import { Button, Card, Input, Space } from "antd";

/** 绩效目标: one text per goal. */
export function GoalsEditor(props: { goals: string[]; disabled: boolean; onChange: (goals: string[]) => void }) {
  const { goals } = props;
  return (
    <Card title="绩效目标">
      <Space orientation="vertical" style={{ width: "100%" }}>
        {goals.map((g, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: goals are plain texts in order
          <Space.Compact key={i} style={{ width: "100%" }}>
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 4 }}
              value={g}
              disabled={props.disabled}
              data-testid={`goal-${i}`}
              onChange={(e) => props.onChange(goals.map((x, j) => (j === i ? e.target.value : x)))}
            />
            <Button danger disabled={props.disabled} onClick={() => props.onChange(goals.filter((_, j) => j !== i))}>
              删除
            </Button>
          </Space.Compact>
        ))}
        <Button disabled={props.disabled} onClick={() => props.onChange([...goals, ""])}>
          添加目标
        </Button>
      </Space>
    </Card>
  );
}
