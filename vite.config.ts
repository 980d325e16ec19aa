/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';

// The mock PBM is bundled in dev and in the demo build (`npm run build:demo`) only;
// the production build (`npm run build`) must not contain a line of it (deployment issue).
const bundleMock = process.env.VITE_BUNDLE_MOCK === 'true';

/** A production bundle has no mock to turn on: its config.json must not pretend otherwise. */
function productionConfigJson(): Plugin {
  return {
    name: 'production-config-json',
    apply: 'build',
    writeBundle(options) {
      if (bundleMock) return;
      const file = `${options.dir ?? 'dist'}/config.json`;
      const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, `${JSON.stringify({ ...config, mock: false }, null, 2)}\n`);
    },
  };
}

export default defineConfig(({ command }) => ({
  // Relative asset URLs let one build run at the site root and under any sub-path.
  base: './',
  // In the build, index.html carries a placeholder nonce that nginx replaces per response
  // (deploy/nginx/panel.conf.template); the app reads it from <meta property="csp-nonce"> for the
  // <style> elements emotion inserts (src/theme/emotionCache.ts holds the same placeholder).
  html: command === 'build' ? { cspNonce: '__CSP_NONCE__' } : {},
  plugins: [react(), productionConfigJson(), ...(command === 'serve' || bundleMock ? [msw()] : [])],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __BUNDLE_MOCK__: JSON.stringify(command === 'serve' || bundleMock),
  },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: false },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The first chunk is ~550 KB raw (~178 KB gzip, see README): the budget that counts is gzip.
    chunkSizeWarningLimit: 600,
  },
  test: {
    globals: true,
    css: false,
    testTimeout: 20_000,
    projects: [
      {
        // The mock PBM, the HTTP client and repository checks run in plain Node.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/{mocks,api}/**/*.test.ts', 'scripts/**/*.test.ts', 'locales/**/*.test.ts'],
        },
      },
      {
        // Screens render in jsdom against the mock PBM's handlers (src/test/setup.ts).
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/{mocks,api}/**'],
        },
      },
    ],
  },
}));
