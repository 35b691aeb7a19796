import { defineConfig } from 'vite';

// Built into the bundle's classes (served by WebAppServlet from /webapp); `npm run dev` proxies the API to a
// platform started by hand (LIANXIN_API, default http://127.0.0.1:8181).
export default defineConfig({
  base: '/',
  build: {
    outDir: '../target/classes/webapp',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: { '/api': process.env.LIANXIN_API ?? 'http://127.0.0.1:8181' },
  },
});
