import { describe, expect, it } from "vitest";
import { matchRoute } from "./router.ts";

const id = "81d5cbfb-8456-4042-9c7c-66e18964bf13";

describe("matchRoute", () => {
  it("maps the app's addresses to screens", () => {
    expect(matchRoute("/")).toEqual({ name: "list" });
    expect(matchRoute("/import")).toEqual({ name: "import" });
    expect(matchRoute(`/documents/${id}`)).toEqual({ name: "document", id, tab: null });
    expect(matchRoute(`/documents/${id}?tab=review`)).toEqual({ name: "document", id, tab: "review" });
    expect(matchRoute(`/documents/${id}/projects/12/edit`)).toEqual({ name: "edit", id, index: 12 });
    expect(matchRoute(`/documents/${id}/evaluation/edit`)).toEqual({ name: "editEvaluation", id });
  });
  it("anything else is not found, including malformed ids", () => {
    expect(matchRoute("/documents/abc")).toEqual({ name: "notFound" });
    expect(matchRoute(`/documents/${id}/projects/x/edit`)).toEqual({ name: "notFound" });
    expect(matchRoute("/api/docs")).toEqual({ name: "notFound" });
  });
});
