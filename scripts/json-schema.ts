import { documentSchema } from "@jixiao/core";
import { z } from "zod";

export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(documentSchema, { target: "draft-2020-12", io: "input" });
  return `${JSON.stringify({ $id: "https://jixiao.invalid/schema/jixiao-v1.json", title: "jixiao/v1", ...schema }, null, 2)}\n`;
}
