import { useCallback, useEffect, useRef, useState } from "react";
import { messageOf } from "./api/client.ts";

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Loads data for a screen; `deps` say when to load again. Answers of an earlier, overtaken load are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;
  const key = JSON.stringify(deps);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps (as `key`) decide when to load again
  const run = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const result = await loader.current();
      if (ticket !== latest.current) return;
      setData(result);
      setError(null);
    } catch (e) {
      if (ticket === latest.current) setError(messageOf(e));
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [key]);

  useEffect(() => {
    void run();
  }, [run]);

  return { data, error, loading, reload: run };
}
