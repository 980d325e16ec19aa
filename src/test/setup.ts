import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import i18next from 'i18next';
import { mockPbm, server, TEST_API_BASE_URL } from './mockServer';
import { endSession } from '@/api/session';
import { setRuntimeConfig } from '@/config/runtimeConfig';
import { initI18n } from '@/i18n/i18n';
import { namespaces } from '@/i18n/namespaces';

setRuntimeConfig({ apiBaseUrl: TEST_API_BASE_URL, mock: false });

// findBy…/waitFor wait for a condition, not a time: give them room on a busy 2-core CI machine.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(async () => {
  server.listen({ onUnhandledFrame: 'error' });
  // Tests read the guide's Russian labels, as an administrator here would.
  await initI18n('ru-RU');
  await i18next.loadNamespaces([...namespaces]);
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  mockPbm.reset();
  endSession({ broadcast: false });
  sessionStorage.clear();
  localStorage.clear();
});

afterAll(() => server.close());
