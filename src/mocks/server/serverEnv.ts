import { parseSubnet } from '../pbm/subnets.ts';
import type { MockHttpServerOptions } from './createMockHttpServer.ts';

function integerVariable(
  env: Record<string, string | undefined>,
  name: string,
  range: { min: number; max: number },
): number | undefined {
  const text = env[name]?.trim();
  if (!text) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < range.min || value > range.max) {
    throw new Error(`${name} must be an integer from ${range.min} to ${range.max}, got "${text}"`);
  }
  return value;
}

/** The standalone server's settings from its environment; throws a readable Error on nonsense. */
export function readServerEnv(env: Record<string, string | undefined>): MockHttpServerOptions {
  const subnets = (env.PBM_ALLOWED_SUBNETS ?? '')
    .split(',')
    .map((subnet) => subnet.trim())
    .filter(Boolean);
  for (const subnet of subnets) {
    try {
      parseSubnet(subnet);
    } catch (error) {
      throw new Error(`PBM_ALLOWED_SUBNETS: ${(error as Error).message}`);
    }
  }
  const day = 86_400;
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: integerVariable(env, 'PORT', { min: 0, max: 65_535 }) ?? 8080,
    allowedSubnets: subnets,
    accessTokenTtl: integerVariable(env, 'PBM_ACCESS_TOKEN_TTL', { min: 1, max: 365 * day }),
    refreshTokenTtl: integerVariable(env, 'PBM_REFRESH_TOKEN_TTL', { min: 1, max: 365 * day }),
    users: integerVariable(env, 'PBM_MOCK_USERS', { min: 0, max: 1_000_000 }),
    latencyMs: integerVariable(env, 'PBM_LATENCY_MS', { min: 0, max: 60_000 }),
  };
}
