import { type RulePack, selectRulePack } from "@jixiao/core";
import { useMemo } from "react";
import { api } from "../api/client.ts";
import type { Region } from "../api/types.ts";
import { useLoad } from "../use-load.ts";

/**
 * The rule pack of the user's region for a document's year — `selectRulePack`, the very choice the server makes —
 * so that live checks and scores in the browser agree with the server's. undefined until the region is loaded.
 */
export function useRegionPack(year: number | null | undefined): RulePack | undefined {
  const region = useLoad(() => api.get<Region>("/api/region"), []);
  const name = region.data?.name;
  return useMemo(() => (name === undefined ? undefined : selectRulePack({ region: name, year })), [name, year]);
}
