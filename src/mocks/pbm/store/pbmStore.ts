import { buildStoreIndex, type StoreIndex } from './storeIndex.ts';
import type { PbmState } from './types.ts';
import { buildUserDirectory, type UserDirectory } from './userDirectory.ts';

/**
 * The in-memory PBM. Operations (see the *Ops files) read `state` and `index`, validate, then
 * change both and call `changed()`; nothing else mutates the store.
 */
export type PbmStore = {
  readonly state: PbmState;
  readonly index: StoreIndex;
  /** The tenant's live users with search keys and sort orders, rebuilt lazily after a change. */
  directory(tenantId: string): UserDirectory;
  /** Tells listeners the state changed; `usersOf` names a tenant whose user directory is stale. */
  changed(usersOf?: string): void;
  /** A deep copy of the state, e.g. for sessionStorage or a before/after comparison. */
  snapshot(): PbmState;
  /** Replaces everything with a copy of `state`. */
  restore(state: PbmState): void;
  onChange(listener: () => void): () => void;
  liveUserCount(): number;
};

/** Takes ownership of `initial` (no copy: a fresh seed of 100k users is not cloned for nothing). */
export function createPbmStore(initial: PbmState): PbmStore {
  let state = initial;
  let index = buildStoreIndex(state);
  const directories = new Map<string, UserDirectory>();
  const listeners = new Set<() => void>();

  const notify = () => listeners.forEach((listener) => listener());
  // Built up front so that the first list request after a (re)load is as fast as the others.
  const warmDirectories = () => state.tenants.forEach((tenant) => store.directory(tenant.id));

  const store: PbmStore = {
    get state() {
      return state;
    },
    get index() {
      return index;
    },
    directory(tenantId) {
      let directory = directories.get(tenantId);
      if (!directory) {
        const users = state.users.filter(
          (u) => u.tenantId === tenantId && u.deletedAt === undefined,
        );
        directory = buildUserDirectory(users);
        directories.set(tenantId, directory);
      }
      return directory;
    },
    changed(usersOf) {
      if (usersOf !== undefined) directories.delete(usersOf);
      notify();
    },
    snapshot: () => structuredClone(state),
    restore(next) {
      state = structuredClone(next);
      index = buildStoreIndex(state);
      directories.clear();
      warmDirectories();
      notify();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    liveUserCount: () => index.users.size,
  };
  warmDirectories();
  return store;
}
