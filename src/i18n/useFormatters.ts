import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers and dates in the active UI language (Intl), re-created only when it changes. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      integer: (value: number) => integer.format(value),
      date: (value: Date) => date.format(value),
      dateTime: (value: Date) => dateTime.format(value),
    };
  }, [language]);
}
