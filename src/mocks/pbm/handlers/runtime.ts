import type { ResolvedMockPbmOptions } from '../options.ts';
import type { PbmStore } from '../store/pbmStore.ts';

/** What every handler works with; `options` is replaced by `configure()` while running. */
export type MockRuntime = {
  store: PbmStore;
  options: ResolvedMockPbmOptions;
};
