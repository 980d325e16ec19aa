// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { signToken, verifyToken, type TokenClaims } from './tokens.ts';

const claims: TokenClaims = {
  sub: 'admin@example.ru',
  tenant: 'default',
  role: 1,
  kind: 'access',
  exp: 1_900_000_000,
  jti: 'abc',
};

describe('self-describing tokens', () => {
  it('verify their own claims, so a fresh mock (after a reload) accepts them', () => {
    expect(verifyToken(signToken(claims))).toEqual(claims);
  });

  it('refuse anything tampered with or foreign', () => {
    const token = signToken(claims);
    const [payload, signature] = token.split('.');
    const forged = signToken({ ...claims, role: 2 }).split('.')[0];
    expect(verifyToken(`${forged}.${signature}`)).toBeUndefined();
    expect(verifyToken(`${payload}.0000000000000000`)).toBeUndefined();
    expect(verifyToken('not-a-token')).toBeUndefined();
    expect(verifyToken(`${btoa('{"sub":1}')}.x`)).toBeUndefined();
  });
});
