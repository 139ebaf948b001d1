import { Spin } from "antd";

export function Loading() {
  return (
    <div style={{ display: "grid", placeItems: "center", padding: 64 }}>
      <Spin />
    </div>
  );
}
