import { readFileSync } from 'node:fs';

/**
 * The words the panel shows, read from its own locale files, so page objects find controls by
 * the label an administrator sees in the chosen language.
 */
export type Language = 'ru-RU' | 'en-US';

const cache = new Map<string, Record<string, unknown>>();

export function text(language: Language, namespace: string, key: string): string {
  const file = `${language}/${namespace}`;
  if (!cache.has(file)) {
    const url = new URL(`../locales/${file}.json`, import.meta.url);
    cache.set(file, JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>);
  }
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], cache.get(file));
  if (typeof value !== 'string') throw new Error(`No string ${language}/${namespace}:${key}`);
  return value;
}
