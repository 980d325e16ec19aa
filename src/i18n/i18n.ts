import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  FALLBACK_LANGUAGE,
  isLanguageCode,
  languageCodes,
  matchBrowserLanguage,
  type LanguageCode,
} from './languages';
import { setRequestLanguage } from '@/api/client';

const LANGUAGE_STORAGE_KEY = 'pbm.language';

const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>(
  '../../locales/*/*.json',
);

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = localeFiles[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No strings for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error as Error, false),
    );
  },
};

/** Saved choice first, then the browser's languages, then English. */
export function initialLanguage(): LanguageCode {
  const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? '';
  if (isLanguageCode(saved)) return saved;
  return matchBrowserLanguage(navigator.languages ?? [navigator.language]) ?? FALLBACK_LANGUAGE;
}

export async function initI18n(language: LanguageCode = initialLanguage()) {
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    setRequestLanguage(lng);
  });
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: FALLBACK_LANGUAGE,
      supportedLngs: [...languageCodes],
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
    });
  return i18next;
}

/** Switches the UI language and remembers the choice for the next visit. */
export async function changeLanguage(language: LanguageCode): Promise<void> {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  await i18next.changeLanguage(language);
}
