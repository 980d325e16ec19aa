import type { HttpHandler } from 'msw';
import { actionHandlers } from './handlers/actions.ts';
import { authHandlers } from './handlers/auth.ts';
import { maillistHandlers } from './handlers/maillists.ts';
import { resourceGroupHandlers } from './handlers/resourceGroups.ts';
import { resourceHandlers } from './handlers/resources.ts';
import type { MockRuntime } from './handlers/runtime.ts';
import { tenantHandlers } from './handlers/tenants.ts';
import { userHandlers } from './handlers/users.ts';
import { resolveOptions, type MockPbmOptions } from './options.ts';
import { buildSeedState } from './seed/buildSeedState.ts';
import { createPbmStore, type PbmStore } from './store/pbmStore.ts';

export type { MockPbmOptions } from './options.ts';

export type MockPbm = {
  /** MSW handlers for every PBM endpoint; they match any origin and base path. */
  handlers: HttpHandler[];
  /** Back to the seed (a `users` change in `configure` re-seeds too). */
  reset(): void;
  /** Changes options while running, e.g. `{ accessTokenTtl: 2 }` or a new `now`. */
  configure(patch: Partial<MockPbmOptions>): void;
  store: PbmStore;
};

/**
 * A stateful PBM (admin guide sections 2.4.1, 3.2–3.16, 6) for the browser, Vitest and the
 * standalone server. Throws on invalid options.
 */
export function createMockPbm(options: MockPbmOptions = {}): MockPbm {
  const resolved = resolveOptions(options);
  const runtime: MockRuntime = {
    store: createPbmStore(buildSeedState(resolved.users)),
    options: resolved,
  };
  // The store object stays the same across resets, so handlers and listeners keep working.
  const reset = () => runtime.store.restore(buildSeedState(runtime.options.users));
  return {
    handlers: [
      ...authHandlers(runtime),
      ...tenantHandlers(runtime),
      ...userHandlers(runtime),
      ...resourceGroupHandlers(runtime),
      ...resourceHandlers(runtime),
      ...maillistHandlers(runtime),
      ...actionHandlers(runtime),
    ],
    reset,
    configure(patch) {
      const previousUsers = runtime.options.users;
      runtime.options = resolveOptions(patch, runtime.options);
      if (runtime.options.users !== previousUsers) reset();
    },
    store: runtime.store,
  };
}
