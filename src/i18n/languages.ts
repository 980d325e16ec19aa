/** The eight languages the guide lists for PBM (section 3.3.2, `lang`), with their own names. */
export const languages = [
  { code: 'ru-RU', name: 'Русский' },
  { code: 'en-US', name: 'English' },
  { code: 'es-PA', name: 'Español' },
  { code: 'fr-FR', name: 'Français' },
  { code: 'it-IT', name: 'Italiano' },
  { code: 'pt-BR', name: 'Português (Brasil)' },
  { code: 'ba-RU', name: 'Башҡортса' },
  { code: 'tt-RU', name: 'Татарча' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

export const languageCodes: readonly LanguageCode[] = languages.map((language) => language.code);

export const FALLBACK_LANGUAGE: LanguageCode = 'en-US';

export function isLanguageCode(value: string): value is LanguageCode {
  return (languageCodes as readonly string[]).includes(value);
}

/**
 * The first of the browser's preferred languages we have, matched exactly or by its primary
 * subtag (`ru` → ru-RU, `pt-PT` → pt-BR).
 */
export function matchBrowserLanguage(preferred: readonly string[]): LanguageCode | undefined {
  for (const wanted of preferred) {
    if (isLanguageCode(wanted)) return wanted;
    const primary = wanted.split('-')[0]?.toLowerCase();
    const match = languageCodes.find((code) => code.split('-')[0] === primary);
    if (match) return match;
  }
  return undefined;
}
