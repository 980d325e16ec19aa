// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readServerEnv } from './serverEnv.ts';

describe('readServerEnv', () => {
  it('has defaults for an empty environment', () => {
    expect(readServerEnv({})).toEqual({
      host: '127.0.0.1',
      port: 8080,
      allowedSubnets: [],
      accessTokenTtl: undefined,
      refreshTokenTtl: undefined,
      users: undefined,
      latencyMs: undefined,
    });
  });

  it('reads every variable', () => {
    const env = {
      HOST: '0.0.0.0',
      PORT: '0',
      PBM_ALLOWED_SUBNETS: '127.0.0.1/32, 10.0.0.0/8',
      PBM_ACCESS_TOKEN_TTL: '30',
      PBM_REFRESH_TOKEN_TTL: '600',
      PBM_MOCK_USERS: '100000',
      PBM_LATENCY_MS: '250',
    };
    expect(readServerEnv(env)).toEqual({
      host: '0.0.0.0',
      port: 0,
      allowedSubnets: ['127.0.0.1/32', '10.0.0.0/8'],
      accessTokenTtl: 30,
      refreshTokenTtl: 600,
      users: 100_000,
      latencyMs: 250,
    });
  });

  it.each([
    [{ PORT: '70000' }, /PORT must be an integer from 0 to 65535/],
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PBM_ACCESS_TOKEN_TTL: '0' }, /PBM_ACCESS_TOKEN_TTL must be an integer from 1/],
    [{ PBM_MOCK_USERS: '-1' }, /PBM_MOCK_USERS/],
    [{ PBM_LATENCY_MS: '1.5' }, /PBM_LATENCY_MS/],
    [{ PBM_ALLOWED_SUBNETS: 'localhost' }, /PBM_ALLOWED_SUBNETS: invalid subnet "localhost"/],
  ])('refuses %o', (env, message) => {
    expect(() => readServerEnv(env)).toThrow(message);
  });
});
