import {
  type DocumentKind,
  deriveMonitoringReport,
  deriveSelfEvaluation,
  type PerformanceDocument,
  scoringSettingsOf,
} from "@jixiao/core";
import { App, Button, InputNumber, Popover, Space, Typography } from "antd";
import { useState } from "react";
import { api, messageOf } from "../api/client.ts";
import type { DocumentSummary, StoredDocument } from "../api/types.ts";
import { useRegionPack } from "../edit/use-region-pack.ts";
import { navigate } from "../router.ts";
import { useMe } from "../session.ts";

const TARGET_KINDS: ReadonlySet<DocumentKind> = new Set(["performance-text", "project-targets"]);
const FINAL_STATES = new Set(["approved", "published"]);

/**
 * After approval the cycle goes on from the approved targets: a 绩效运行监控表 during the year and a 绩效自评表 after
 * it, both linked to this document and filed under the same department and unit.
 */
export function NextStageButtons(props: { record: DocumentSummary; document: PerformanceDocument }) {
  const me = useMe();
  const { message } = App.useApp();
  const [month, setMonth] = useState<number>(7);
  const [busy, setBusy] = useState(false);
  const { record, document } = props;
  const pack = useRegionPack(document.year);
  if (!TARGET_KINDS.has(document.kind) || !FINAL_STATES.has(record.state)) return null;
  if (me.role !== "unit_editor" && me.role !== "admin") return null;

  const create = async (derive: () => PerformanceDocument, what: string) => {
    setBusy(true);
    try {
      const created = await api.post<StoredDocument>("/api/documents", {
        document: derive(),
        relatesToDocumentId: record.id,
        departmentId: record.departmentId,
        unitId: record.unitId,
      });
      message.success(`已生成${what}`);
      navigate(`/documents/${created.record.id}`);
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space>
      <Popover
        trigger="click"
        title="生成绩效运行监控表"
        content={
          <Space orientation="vertical">
            <Space>
              <Typography.Text>数据截至</Typography.Text>
              <InputNumber
                min={1}
                max={12}
                value={month}
                onChange={(v) => setMonth(v ?? 7)}
                data-testid="monitoring-month"
              />
              <Typography.Text>月底</Typography.Text>
            </Space>
            <Button
              type="primary"
              loading={busy}
              data-testid="create-monitoring"
              onClick={() => void create(() => deriveMonitoringReport({ targets: document, month }), "监控表")}
            >
              生成
            </Button>
          </Space>
        }
      >
        <Button data-testid="open-create-monitoring">生成监控表</Button>
      </Popover>
      <Button
        loading={busy}
        data-testid="create-self-evaluation"
        onClick={() =>
          void create(
            () =>
              deriveSelfEvaluation({
                targets: document,
                settings: pack === undefined ? undefined : scoringSettingsOf(pack),
              }),
            "自评表",
          )
        }
      >
        生成自评表
      </Button>
    </Space>
  );
}
