/**
 * Many users saving the same document at once, through different endpoints (whole document, one project, one
 * indicator row): exactly one wins; every other gets 409 with the current version and the winner's document; nobody's
 * text overwrites the winner's, and exactly one version and one audit entry are added.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorld, createThroughApi, type TestWorld } from "../../test-support.ts";

let w: TestWorld;
let id: string;
beforeAll(async () => {
  w = await createTestWorld();
  id = await createThroughApi(w);
}, 180_000);
afterAll(() => w?.close());

const auditCount = async () =>
  (await w.as(w.users.admin[0], { method: "GET", url: `/api/audit?entity=document&entityId=${id}&limit=500` })).json()
    .items.length as number;

describe("concurrent saves of one document", () => {
  it("exactly one of eight simultaneous saves wins; the others get 409 with the winner's document", async () => {
    for (let round = 0; round < 3; round++) {
      const start = (await w.as(w.users.admin[0], { method: "GET", url: `/api/documents/${id}` })).json();
      const version = start.record.version as number;
      const audits = await auditCount();
      const texts = Array.from({ length: 8 }, (_, i) => `第${round}轮第${i}人的修改`);
      const requests = texts.map((text, i) => {
        const user = i % 2 === 0 ? w.users.unit_editor[0] : w.users.admin[0];
        const doc = structuredClone(start.document);
        if (i % 3 === 0) {
          doc.projects[0].purpose = text;
          return w.as(user, { method: "PUT", url: `/api/documents/${id}`, payload: { version, document: doc } });
        }
        if (i % 3 === 1) {
          const project = { ...doc.projects[0], purpose: text };
          return w.as(user, { method: "PUT", url: `/api/documents/${id}/projects/0`, payload: { version, project } });
        }
        const indicator = { ...doc.projects[0].indicators[0], description: text };
        return w.as(user, {
          method: "PUT",
          url: `/api/documents/${id}/projects/0/indicators/0`,
          payload: { version, indicator },
        });
      });
      const results = await Promise.all(requests);
      const statuses = results.map((r) => r.statusCode);
      expect(
        statuses.filter((s) => s === 200),
        JSON.stringify(statuses),
      ).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(7);
      const winner = statuses.indexOf(200);
      const winnerText = texts[winner] ?? "";
      const now = (await w.as(w.users.viewer[0], { method: "GET", url: `/api/documents/${id}` })).json();
      expect(now.record.version).toBe(version + 1);
      expect(JSON.stringify(now.document)).toContain(winnerText);
      for (const [i, res] of results.entries()) {
        if (i === winner) continue;
        const error = res.json().error;
        expect(error.code).toBe("conflict");
        expect(error.message).toMatch(/已被他人修改/);
        expect(error.details.currentVersion).toBe(version + 1);
        expect(error.details.document).toEqual(now.document);
        expect(JSON.stringify(now.document)).not.toContain(texts[i]);
      }
      const versions = (await w.as(w.users.viewer[0], { method: "GET", url: `/api/documents/${id}/versions` })).json();
      expect(versions.items).toHaveLength(version + 1);
      expect(await auditCount()).toBe(audits + 1);
    }
  });
});
