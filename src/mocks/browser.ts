import { network } from 'virtual:msw';
import { persistInSessionStorage, storageKey } from './browserPersistence.ts';
import { createMockPbm, type MockPbmOptions } from './pbm/createMockPbm.ts';
import { DEFAULT_DIRECTORY_SIZE } from './pbm/seed/buildSeedState.ts';

let started: Promise<void> | undefined;

/**
 * Serves PBM from a service worker (registered by MSW's Vite plugin, `virtual:msw`), so the panel
 * runs without a backend. Requests the mock does not know (config.json, assets) go to the network
 * silently. Idempotent: a second call returns the first start.
 */
export function startBrowserMock(options: MockPbmOptions = {}): Promise<void> {
  started ??= (async () => {
    const pbm = createMockPbm(options);
    persistInSessionStorage(
      pbm,
      window.sessionStorage,
      storageKey(options.users ?? DEFAULT_DIRECTORY_SIZE),
    );
    network.configure({ handlers: pbm.handlers, onUnhandledFrame: 'bypass' });
    await network.enable();
  })();
  return started;
}
