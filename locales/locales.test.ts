import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageCodes } from '../src/i18n/languages';
import { namespaces } from '../src/i18n/namespaces';

/**
 * Every language has exactly the same strings as English: no missing key, no extra key, the
 * plural forms its grammar needs (per Intl.PluralRules), and the same {{placeholders}}.
 */
const root = import.meta.dirname;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Strings = Record<string, string>;

function flatten(value: unknown, prefix = '', into: Strings = {}): Strings {
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') into[path] = child;
    else flatten(child, path, into);
  }
  return into;
}

function load(language: string, namespace: string): Strings {
  return flatten(JSON.parse(readFileSync(join(root, language, `${namespace}.json`), 'utf8')));
}

/** Base keys, with plural keys collapsed to `key#plural`. */
function shape(strings: Strings): Set<string> {
  return new Set(
    Object.keys(strings).map((key) =>
      PLURAL_SUFFIX.test(key) ? `${key.replace(PLURAL_SUFFIX, '')}#plural` : key,
    ),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)/g)].map((match) => match[1] ?? '').sort();
}

const reference = 'en-US';

it('has a folder for each of the eight languages and nothing else', () => {
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  expect(folders).toEqual([...languageCodes].sort());
});

describe.each(languageCodes.filter((code) => code !== reference))('%s', (language) => {
  it.each(namespaces)('%s has the same keys as en-US', (namespace) => {
    const expected = [...shape(load(reference, namespace))].sort();
    const actual = [...shape(load(language, namespace))].sort();
    expect(actual).toEqual(expected);
  });
});

describe.each(languageCodes)('%s', (language) => {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it.each(namespaces)('%s has every plural form the language needs, and no other', (namespace) => {
    const strings = load(language, namespace);
    const pluralBases = [...shape(strings)].filter((key) => key.endsWith('#plural'));
    for (const base of pluralBases.map((key) => key.replace('#plural', ''))) {
      const forms = Object.keys(strings)
        .filter((key) => key.replace(PLURAL_SUFFIX, '') === base && PLURAL_SUFFIX.test(key))
        .map((key) => key.match(PLURAL_SUFFIX)?.[1]);
      // i18next also honours an optional `_zero` (count 0) in every language.
      const grammatical = forms.filter((form) => form !== 'zero' || categories.includes('zero'));
      expect(grammatical.sort(), `${language}/${namespace}: ${base}`).toEqual(
        [...categories].sort(),
      );
    }
  });

  it.each(namespaces)('%s keeps every {{placeholder}} and leaves no string empty', (namespace) => {
    const english = load(reference, namespace);
    const strings = load(language, namespace);
    for (const [key, text] of Object.entries(strings)) {
      expect(text.trim(), `${language}/${namespace}: ${key}`).not.toBe('');
      const englishKey = key in english ? key : `${key.replace(PLURAL_SUFFIX, '')}_other`;
      expect(placeholders(text), `${language}/${namespace}: ${key}`).toEqual(
        placeholders(english[englishKey] ?? ''),
      );
    }
  });
});
