import { App } from "antd";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, messageOf } from "../api/client.ts";

export interface Versioned<T> {
  value: T;
  version: number;
}

export interface VersionedEdit<T> {
  value: T | null;
  version: number | null;
  dirty: boolean;
  loadError: string | null;
  saveError: string | null;
  /** The server's 409 message: someone saved a newer version; the user's text stays in `value`. */
  conflict: string | null;
  saving: boolean;
  change: (next: T) => void;
  /** Loads the newest version, dropping unsaved changes. */
  reload: () => Promise<void>;
  save: () => Promise<void>;
  /** After a conflict: writes this text over the newest version (the user has seen the warning). */
  saveOverLatest: () => Promise<void>;
}

/**
 * Editing something saved with optimistic concurrency: it remembers the version it started from, sends it on save,
 * keeps the user's text on a 409, and warns before leaving with unsaved changes. `deps` say when to load again.
 */
export function useVersionedEdit<T>(
  options: { load: () => Promise<Versioned<T>>; save: (value: T, version: number) => Promise<Versioned<T>> },
  deps: unknown[],
): VersionedEdit<T> {
  const { message } = App.useApp();
  const [value, setValue] = useState<T | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [dirty, setDirty] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ops = useRef(options);
  ops.current = options;
  const key = JSON.stringify(deps);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps (as `key`) decide when to load again
  const reload = useCallback(async () => {
    try {
      const loaded = await ops.current.load();
      setValue(loaded.value);
      setVersion(loaded.version);
      setDirty(false);
      setConflict(null);
      setSaveError(null);
    } catch (e) {
      setLoadError(messageOf(e));
    }
  }, [key]);
  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const saveAt = async (at: number) => {
    if (value === null) return;
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await ops.current.save(value, at);
      setValue(saved.value);
      setVersion(saved.version);
      setDirty(false);
      setConflict(null);
      message.success(`已保存（第 ${saved.version} 版）`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.code === "conflict") setConflict(e.message);
      else setSaveError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  return {
    value,
    version,
    dirty,
    loadError,
    saveError,
    conflict,
    saving,
    change: (next) => {
      setValue(next);
      setDirty(true);
    },
    reload,
    save: () => (version === null ? Promise.resolve() : saveAt(version)),
    saveOverLatest: async () => {
      try {
        await saveAt((await ops.current.load()).version);
      } catch (e) {
        setSaveError(messageOf(e));
      }
    },
  };
}
