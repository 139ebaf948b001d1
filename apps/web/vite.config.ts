import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web app is served by the Fastify server from dist/; in development `vite` proxies /api to it.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Big libraries in chunks of their own: a change in our code does not invalidate them in the browser cache.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40 },
            { name: "echarts", test: /node_modules[\\/](echarts|zrender|echarts-for-react)[\\/]/, priority: 30 },
            {
              name: "antd",
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion|dayjs|@babel)[\\/]/,
              priority: 20,
            },
            { name: "core", test: /packages[\\/]core[\\/]|node_modules[\\/](zod|decimal\.js)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
