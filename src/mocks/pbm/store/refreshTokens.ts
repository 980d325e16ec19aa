import type { PbmStore } from './pbmStore.ts';

export function isRefreshTokenUsed(store: PbmStore, jti: string): boolean {
  return store.state.usedRefreshTokens.some((used) => used.jti === jti);
}

/** Rotation: a used refresh token is remembered until it would have expired anyway. */
export function rememberUsedRefreshToken(
  store: PbmStore,
  token: { jti: string; exp: number },
  now: number,
): void {
  const stillValid = store.state.usedRefreshTokens.filter((used) => used.exp * 1000 > now);
  store.state.usedRefreshTokens = [...stillValid, { jti: token.jti, exp: token.exp }];
  store.changed();
}
