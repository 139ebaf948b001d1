import { Alert, Button, Popconfirm, Space } from "antd";

/** A 409 on save: the user's text stays on screen; they choose to reload the newer version or write over it. */
export function ConflictAlert(props: { message: string; onReload: () => void; onOverwrite: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      data-testid="conflict"
      style={{ marginBottom: 12 }}
      title="内容已被他人修改"
      description={
        <div>
          <div>{props.message}</div>
          <div>
            您的修改仍保留在下方，没有丢失。可以重新加载他人的最新内容（您的修改将被放弃），或确认后用您的内容覆盖。
          </div>
          <Space style={{ marginTop: 8 }}>
            <Popconfirm title="放弃您的修改并加载最新内容？" okText="加载" cancelText="取消" onConfirm={props.onReload}>
              <Button>加载最新内容</Button>
            </Popconfirm>
            <Popconfirm
              title="用您的内容覆盖他人的修改？"
              okText="覆盖"
              cancelText="取消"
              onConfirm={props.onOverwrite}
            >
              <Button danger>用我的内容覆盖</Button>
            </Popconfirm>
          </Space>
        </div>
      }
    />
  );
}
