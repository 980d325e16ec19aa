import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { restoreSession } from './api/session';
import { App } from './app/App';
import { createAppRouter } from './app/router';
import { loadRuntimeConfig, RuntimeConfigError } from './config/runtimeConfig';
import { initI18n } from './i18n/i18n';

// The production CSP has no 'unsafe-eval' (deploy/nginx): zod's probe for `new Function` would be
// reported as a violation, and logged, although zod catches it. So zod validates without
// compiling. zod reads its settings from this global (shared by every copy of zod); setting it
// here, before the chunks that build schemas load, keeps zod itself out of the first download.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
Object.assign((zodGlobal.__zod_globalConfig ??= {}), { jitless: true });

// Where the panel is served (site root or a sub-path such as /admin/), from where this module was
// loaded: it sits one directory below the panel's root, as assets/index-….js in the build and as
// src/main.tsx on the dev server. Not from <base href>: the production CSP has base-uri 'none'.
const panelRoot = new URL('../', import.meta.url);

async function start() {
  const config = await loadRuntimeConfig(new URL('config.json', panelRoot).href);
  // The mock is a separate chunk, fetched only when the bundle has it and config.json asks for it.
  if (__BUNDLE_MOCK__ && config.mock) {
    const { startBrowserMock } = await import('./mocks/browser');
    await startBrowserMock();
  }
  await initI18n();
  void restoreSession();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App router={createAppRouter(panelRoot)} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  // Without config or strings nothing else can render: say so plainly, in both main languages.
  const root = document.getElementById('root');
  const detail = error instanceof RuntimeConfigError ? error.message : String(error);
  if (root) {
    root.textContent = `Не удалось запустить панель / The panel could not start: ${detail}`;
  }
  console.error(error);
});
