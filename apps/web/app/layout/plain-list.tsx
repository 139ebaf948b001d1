import type { ReactNode } from "react";

/** A divided list of texts (antd 6 deprecates List). */
export function PlainList<T>(props: {
  items: readonly T[];
  render: (item: T, index: number) => ReactNode;
  testId?: string;
}) {
  return (
    <ul className="plain-list" data-testid={props.testId}>
      {props.items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the items are texts in document order
        <li key={i}>{props.render(item, i)}</li>
      ))}
    </ul>
  );
}
