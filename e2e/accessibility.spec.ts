import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { SignInPage } from './pages/SignInPage.ts';
import type { Language } from './strings.ts';

const languages: { code: Language; name: string }[] = [
  { code: 'ru-RU', name: 'Русский' },
  { code: 'en-US', name: 'English' },
];

for (const language of languages) {
  test.describe(`Accessibility in ${language.code}`, () => {
    test.use({ locale: language.code });

    test('the sign-in page has no axe violations', async ({ page }) => {
      await new SignInPage(page, language.code).goTo();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });

    test('the shell has no axe violations', async ({ page }) => {
      const signIn = new SignInPage(page, language.code);
      await signIn.goTo();
      await signIn.signIn('admin@example.ru', 'admin');
      await new AppShell(page, language.code).expectSection('users');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  });
}
