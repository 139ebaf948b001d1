import { useEffect, useState } from "react";
import { api } from "../api/client.ts";
import type { UserInfo } from "../api/types.ts";
import { useMe } from "../session.ts";

/** Names for user ids: the user list is for administrators, everyone else sees their own name and a short id. */
export function useUserNames(): (id: string | null) => string {
  const me = useMe();
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (me.role !== "admin") return;
    api
      .get<{ items: UserInfo[] }>("/api/users")
      .then((r) => setNames(new Map(r.items.map((u) => [u.id, `${u.displayName}（${u.roleLabel}）`]))))
      .catch(() => undefined);
  }, [me.role]);
  return (id) => {
    if (!id) return "系统";
    if (id === me.userId) return `${me.displayName}（${me.roleLabel}）`;
    return names.get(id) ?? `用户 ${id.slice(0, 8)}`;
  };
}
