import { createContext, useContext } from "react";
import type { Me } from "./api/types.ts";

/** The signed-in user, available to every screen under the shell. */
export const SessionContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error("useMe outside a session");
  return me;
}
