import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dev server forwards the API and the user guide to the application server.
const serverUrl = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

// The web's own modules in src/web/api/ have URLs under /api too, so the dev server serves those itself.
const isSourceModule = (url: string | undefined) => /\.tsx?(\?|$)/.test(url ?? '');

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // kB; antd with its icons and three locales is one chunk of about 1.2 MB minified (380 kB gzip).
    chunkSizeWarningLimit: 1400,
    // Libraries change less often than the application, so they get chunks of their own that browsers keep cached.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[a-z-]+)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: serverUrl, bypass: (request) => (isSourceModule(request.url) ? request.url : undefined) },
      '/help': serverUrl,
    },
  },
});
