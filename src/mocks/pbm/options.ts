import { DEFAULT_DIRECTORY_SIZE } from './seed/buildSeedState.ts';
import { parseSubnet, type Subnet } from './subnets.ts';

export type MockPbmOptions = {
  /** Directory size of tenant default (named accounts included); default 200. */
  users?: number;
  /** Seconds; default 900. */
  accessTokenTtl?: number;
  /** Seconds; default 86400. */
  refreshTokenTtl?: number;
  /** CIDRs whose clients need no token and act as the system administrator (node server only). */
  allowedSubnets?: string[];
  /** Delay before every answer, to see loading states. */
  latencyMs?: number;
  /** ms since the epoch; tests move time with it. */
  now?: () => number;
};

export type ResolvedMockPbmOptions = Required<MockPbmOptions> & { trustedSubnets: Subnet[] };

const DEFAULTS: ResolvedMockPbmOptions = {
  users: DEFAULT_DIRECTORY_SIZE,
  accessTokenTtl: 900,
  refreshTokenTtl: 86_400,
  allowedSubnets: [],
  latencyMs: 0,
  now: () => Date.now(),
  trustedSubnets: [],
};

function assertWholeNumber(name: string, value: number, minimum: number): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`${name} must be an integer ≥ ${minimum}, got ${String(value)}`);
  }
}

/** Applies `patch` over `base` (the defaults at first); throws a readable Error on nonsense. */
export function resolveOptions(
  patch: MockPbmOptions = {},
  base: ResolvedMockPbmOptions = DEFAULTS,
): ResolvedMockPbmOptions {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const options: ResolvedMockPbmOptions = { ...base, ...defined };
  assertWholeNumber('users', options.users, 0);
  assertWholeNumber('accessTokenTtl', options.accessTokenTtl, 1);
  assertWholeNumber('refreshTokenTtl', options.refreshTokenTtl, 1);
  assertWholeNumber('latencyMs', options.latencyMs, 0);
  if (typeof options.now !== 'function') throw new Error('now must be a function');
  if (!Array.isArray(options.allowedSubnets)) {
    throw new Error('allowedSubnets must be a list of CIDRs');
  }
  return { ...options, trustedSubnets: options.allowedSubnets.map(parseSubnet) };
}
