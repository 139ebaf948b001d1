import type { Finding } from "@jixiao/core";
import { Alert, App, Button, Card, Descriptions, Select, Space, Steps, Tag, Typography, Upload } from "antd";
import { useMemo, useState } from "react";
import { api, messageOf } from "../api/client.ts";
import type { DocumentSummary, ImportPreview, Region } from "../api/types.ts";
import { DepartmentTableSection, EvaluationSection, OverallSection } from "../documents/document-parts.tsx";
import { FindingList } from "../documents/finding-item.tsx";
import { groupFindings } from "../documents/group-findings.ts";
import { ProjectSection } from "../documents/project-section.tsx";
import { KIND_LABELS } from "../labels.ts";
import { PlainList } from "../layout/plain-list.tsx";
import { navigate } from "../router.ts";
import { useMe } from "../session.ts";
import { useLoad } from "../use-load.ts";

const ACCEPT = ".txt,.json,.docx,.xlsx,.pdf,.doc,.xls";

/** 导入: upload a file → the server reads and checks it (nothing stored) → the user confirms → stored as a draft. */
export default function ImportPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"preview" | "confirm" | null>(null);
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const region = useLoad(() => api.get<Region>("/api/region"), []);
  const findings: Finding[] = preview?.check.report.findings ?? [];
  const grouped = useMemo(() => groupFindings(findings), [findings]);

  const form = (f: File) => {
    const data = new FormData();
    if (departmentId && me.role === "admin") data.append("departmentId", departmentId);
    data.append("file", f, f.name);
    return data;
  };

  const runPreview = async (f: File) => {
    setFile(f);
    setPreview(null);
    setError(null);
    setBusy("preview");
    try {
      setPreview(await api.upload<ImportPreview>("/api/imports/preview", form(f)));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    if (!file) return;
    setBusy("confirm");
    setError(null);
    try {
      const res = await api.upload<{ record: DocumentSummary; findings: number }>("/api/imports", form(file));
      message.success(`已导入，审核发现 ${res.findings} 条`);
      navigate(`/documents/${res.record.id}`);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const d = preview?.document;
  const verdict = preview?.check.report.verdict;
  const step = preview ? 1 : 0;

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card title="导入绩效文档">
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          items={[{ title: "上传文件" }, { title: "预览与审核" }, { title: "确认导入" }]}
        />
        {me.role === "admin" && (
          <Space style={{ marginBottom: 16 }}>
            <Typography.Text>归属部门：</Typography.Text>
            <Select
              allowClear
              placeholder="按文档中的部门名称"
              style={{ width: 280 }}
              value={departmentId}
              onChange={setDepartmentId}
              options={(region.data?.departments ?? []).map((x) => ({ value: x.id, label: x.name }))}
            />
          </Space>
        )}
        <Upload.Dragger
          accept={ACCEPT}
          multiple={false}
          showUploadList={false}
          data-testid="upload"
          beforeUpload={(f) => {
            void runPreview(f);
            return false;
          }}
          disabled={busy !== null}
        >
          <p style={{ fontSize: 16, margin: "8px 0" }}>{busy === "preview" ? "正在读取和审核……" : "点击或拖入文件"}</p>
          <p style={{ color: "#888" }}>
            支持文本（UTF-8 / GB18030）、Word（.docx）、Excel（.xlsx）、PDF 和 jixiao/v1 JSON，单个文件不超过 50 MB
          </p>
          {file && <p>当前文件：{file.name}</p>}
        </Upload.Dragger>
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} data-testid="import-error" />}
      </Card>

      {preview && d && (
        <Card
          title="预览"
          data-testid="import-preview"
          extra={
            <Space>
              <Button onClick={() => setPreview(null)}>取消</Button>
              <Button
                type="primary"
                loading={busy === "confirm"}
                onClick={() => void confirm()}
                data-testid="confirm-import"
              >
                确认导入
              </Button>
            </Space>
          }
        >
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="标题">{d.title ?? "—"}</Descriptions.Item>
            <Descriptions.Item label="部门">{d.department?.name ?? "—"}</Descriptions.Item>
            <Descriptions.Item label="年度">{d.year ?? "—"}</Descriptions.Item>
            <Descriptions.Item label="类型">{KIND_LABELS[d.kind] ?? d.kind}</Descriptions.Item>
            <Descriptions.Item label="项目数">{d.projects.length}</Descriptions.Item>
            <Descriptions.Item label="指标数">
              {d.projects.reduce((n, p) => n + p.indicators.length, 0)}
            </Descriptions.Item>
            <Descriptions.Item label="审核结论">
              {verdict ? (
                <Space size={4}>
                  <Tag>{verdict.grade}</Tag>
                  <Tag color="red">错误 {verdict.counts.error}</Tag>
                  <Tag color="orange">警告 {verdict.counts.warning}</Tag>
                  <Tag color="blue">提示 {verdict.counts.info}</Tag>
                </Space>
              ) : (
                `${findings.length} 条审核发现`
              )}
            </Descriptions.Item>
          </Descriptions>
          {preview.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={`读取时有 ${preview.warnings.length} 处需要注意`}
              description={<PlainList items={preview.warnings.slice(0, 30)} render={(w) => w.message} />}
            />
          )}
          <FindingList findings={grouped.sections.get("document")} />
          {d.overall && <OverallSection overall={d.overall} grouped={grouped} />}
          {d.departmentTable && (
            <DepartmentTableSection table={d.departmentTable} amountUnit={d.amountUnit} grouped={grouped} />
          )}
          {d.evaluation && <EvaluationSection evaluation={d.evaluation} amountUnit={d.amountUnit} grouped={grouped} />}
          {d.projects.map((p, i) => (
            <ProjectSection
              // biome-ignore lint/suspicious/noArrayIndexKey: projects are addressed by index
              key={i}
              documentId=""
              project={p}
              index={i}
              amountUnit={d.amountUnit}
              findings={findings}
              grouped={grouped}
              editable={false}
            />
          ))}
        </Card>
      )}
    </Space>
  );
}
