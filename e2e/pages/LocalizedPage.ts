import { expect, type Page } from '@playwright/test';
import { text, type Language } from '../strings.ts';

/** A page object that finds controls by their label in the language the panel shows. */
export class LocalizedPage {
  readonly page: Page;
  language: Language;

  constructor(page: Page, language: Language = 'ru-RU') {
    this.page = page;
    this.language = language;
  }

  /** Picks a language from the 🌐 menu; `name` is the language's own name ("English"). */
  async switchLanguage(name: string, to: Language) {
    await this.page
      .getByRole('button', { name: text(this.language, 'common', 'language.change') })
      .click();
    await this.page.getByRole('menuitem', { name }).click();
    // The menu lists each language in its own name: wait until it has left the page.
    await expect(this.page.getByText(name, { exact: true })).toHaveCount(0);
    this.language = to;
  }
}
