import { Spin } from "antd";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { ApiError, api, setUnauthenticatedHandler } from "./api/client.ts";
import type { Me } from "./api/types.ts";
import { LoginPage } from "./auth/login-page.tsx";
import { AppShell } from "./layout/app-shell.tsx";
import { usePath } from "./router.ts";
import { SessionContext } from "./session.ts";

const PublicPage = lazy(() => import("./public/public-page.tsx"));

const spinner = (
  <div style={{ display: "grid", placeItems: "center", height: "100vh" }}>
    <Spin size="large" />
  </div>
);

/** /public is for anyone; elsewhere who is signed in decides between the login page and the app. */
export function Root() {
  const path = usePath();
  if (path === "/public" || path.startsWith("/public?")) {
    return (
      <Suspense fallback={spinner}>
        <PublicPage />
      </Suspense>
    );
  }
  return <SignedIn />;
}

function SignedIn() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const loadMe = useCallback(async () => {
    try {
      setMe(await api.get<Me>("/api/auth/me"));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setMe(null);
      else setMe(null);
    }
  }, []);

  useEffect(() => {
    void loadMe();
    setUnauthenticatedHandler(() => setMe(null));
    return () => setUnauthenticatedHandler(null);
  }, [loadMe]);

  if (me === undefined) return spinner;
  if (me === null) return <LoginPage onLoggedIn={loadMe} />;
  return (
    <SessionContext.Provider value={me}>
      <AppShell onLoggedOut={() => setMe(null)} />
    </SessionContext.Provider>
  );
}
