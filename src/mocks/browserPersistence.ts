import type { MockPbm } from './pbm/createMockPbm.ts';
import type { PbmState } from './pbm/store/types.ts';

/** Above this size a snapshot would outgrow sessionStorage (~5 MB); such a mock forgets on reload. */
export const MAX_PERSISTED_USERS = 5000;

// Bump the version when PbmState changes shape, so an old snapshot is ignored, not misread.
const STORAGE_KEY_PREFIX = 'pbm-mock-state:v1';

/** One key per directory size: a snapshot of another seed must not replace this one. */
export function storageKey(directorySize: number): string {
  return `${STORAGE_KEY_PREFIX}:${directorySize}`;
}

function looksLikeState(value: unknown): value is PbmState {
  const state = value as Partial<PbmState> | null;
  return (
    Array.isArray(state?.tenants) &&
    Array.isArray(state.users) &&
    Array.isArray(state.groups) &&
    Array.isArray(state.resources) &&
    Array.isArray(state.maillists) &&
    Array.isArray(state.usedRefreshTokens) &&
    typeof state.nextTenantNumber === 'number'
  );
}

/**
 * Restores the tab's earlier state (if any), then saves after every change, so a reload of the
 * tab keeps what the admin did. A broken or full storage only costs persistence, never the mock.
 */
export function persistInSessionStorage(pbm: MockPbm, storage: Storage, key: string): void {
  try {
    const saved: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    if (looksLikeState(saved)) pbm.store.restore(saved);
  } catch {
    storage.removeItem(key);
  }
  pbm.store.onChange(() => {
    if (pbm.store.liveUserCount() > MAX_PERSISTED_USERS) return;
    try {
      storage.setItem(key, JSON.stringify(pbm.store.state));
    } catch {
      // Quota exceeded: keep mocking without persistence.
    }
  });
}
