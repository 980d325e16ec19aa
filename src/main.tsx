import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { restoreSession } from './api/session';
import { App } from './app/App';
import { createAppRouter } from './app/router';
import { loadRuntimeConfig, RuntimeConfigError } from './config/runtimeConfig';
import { initI18n } from './i18n/i18n';

async function start() {
  const config = await loadRuntimeConfig();
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
      <App router={createAppRouter()} />
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
