/**
 * Deleting judges the state on the locked row: a submit and a delete of the same draft at the same moment never both
 * succeed (a submitted document is never deleted), on PGlite and, with several connections, on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, sampleDocument, type TestWorld } from "../test-support.ts";

let w: TestWorld;
beforeAll(async () => {
  w = await createTestWorld();
}, 180_000);
afterAll(() => w?.close());

describe("delete racing a submit", () => {
  it("never deletes a submitted document", async () => {
    const editor = w.users.unit_editor[0];
    for (let i = 0; i < 12; i++) {
      const created = await w.as(editor, {
        method: "POST",
        url: "/api/documents",
        payload: { document: sampleDocument({ title: `竞争${i}` }) },
      });
      const id = created.json().record.id;
      const submit = () =>
        w.as(editor, { method: "POST", url: `/api/documents/${id}/transitions`, payload: { action: "submit" } });
      const remove = () => w.as(editor, { method: "DELETE", url: `/api/documents/${id}?version=1` });
      const [s, d] =
        i % 2 === 0 ? await Promise.all([submit(), remove()]) : (await Promise.all([remove(), submit()])).reverse();
      const outcome = `${s?.statusCode}/${d?.statusCode}`;
      // Either the submit won (the delete is refused: not editable) or the delete won (the submit finds nothing).
      expect(["200/409", "404/200"], outcome).toContain(outcome);
      const events = await w.as(w.users.admin[0], { method: "GET", url: `/api/audit?entity=document&entityId=${id}` });
      const actions = events.json().items.map((e: { action: string }) => e.action);
      expect(actions.includes("delete") && actions.includes("workflow:submit"), actions.join()).toBe(false);
    }
  });

  it("refuses to delete a submitted document with a Chinese message; it stays", async () => {
    const editor = w.users.unit_editor[0];
    const created = await w.as(editor, {
      method: "POST",
      url: "/api/documents",
      payload: { document: sampleDocument() },
    });
    const id = created.json().record.id;
    await w.as(editor, { method: "POST", url: `/api/documents/${id}/transitions`, payload: { action: "submit" } });
    const res = await w.as(editor, { method: "DELETE", url: `/api/documents/${id}?version=1` });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain("已提交");
    expect((await w.as(editor, { method: "GET", url: `/api/documents/${id}` })).statusCode).toBe(200);
  });
});
