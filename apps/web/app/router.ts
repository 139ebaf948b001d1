import { useSyncExternalStore } from "react";

/** A tiny history router: five screens do not need a routing library. */
const listeners = new Set<() => void>();

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  window.addEventListener("popstate", fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener("popstate", fn);
  };
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, "", path);
  else window.history.pushState(null, "", path);
  for (const fn of listeners) fn();
  window.scrollTo(0, 0);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname + window.location.search);
}

export type Route =
  | { name: "list" }
  | { name: "document"; id: string; tab: string | null }
  | { name: "edit"; id: string; index: number }
  | { name: "editEvaluation"; id: string }
  | { name: "import" }
  | { name: "notFound" };

export function matchRoute(path: string): Route {
  const [pathname = "/", search = ""] = path.split("?");
  const tab = new URLSearchParams(search).get("tab");
  if (pathname === "/" || pathname === "/documents") return { name: "list" };
  if (pathname === "/import") return { name: "import" };
  const edit = pathname.match(/^\/documents\/([0-9a-f-]{36})\/projects\/(\d+)\/edit$/);
  if (edit?.[1] && edit[2]) return { name: "edit", id: edit[1], index: Number(edit[2]) };
  const evaluation = pathname.match(/^\/documents\/([0-9a-f-]{36})\/evaluation\/edit$/);
  if (evaluation?.[1]) return { name: "editEvaluation", id: evaluation[1] };
  const doc = pathname.match(/^\/documents\/([0-9a-f-]{36})$/);
  if (doc?.[1]) return { name: "document", id: doc[1], tab };
  return { name: "notFound" };
}
