import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title to "<page> — <product>", so each page is identifiable in tabs and history. */
export function useDocumentTitle(pageTitle: string | undefined) {
  const { t } = useTranslation();
  const product = t('product');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} — ${product}` : product;
  }, [pageTitle, product]);
}
