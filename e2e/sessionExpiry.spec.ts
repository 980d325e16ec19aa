import { expect, test } from './fixtures.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { TenantsPage } from './pages/TenantsPage.ts';
import { text } from './strings.ts';

test('an expired session mid-form asks to sign in again and keeps what was typed', async ({
  page,
  pbm,
}) => {
  // Short-lived access tokens make the panel renew every second or so.
  pbm.configure({ accessTokenTtl: 3 });
  const tenants = new TenantsPage(page);
  const signIn = new SignInPage(page);
  await signIn.goTo();
  await signIn.signIn('admin@example.ru', 'admin');
  await tenants.goTo();
  await tenants.openCreateDialog();
  await tenants.tenantIdField.fill('branch-east');

  // From now on PBM refuses to renew the session, as when the refresh token has expired.
  await page.route('**/v2/auth', async (route) => {
    const isRenewal = (route.request().postData() ?? '').includes('refresh_token');
    if (!isRenewal) return route.fallback();
    return route.fulfill({ status: 401, json: { message: 'invalid refresh token' } });
  });
  const reauth = page.getByRole('dialog', { name: text('ru-RU', 'auth', 'reauth.title') });
  await expect(reauth).toBeVisible();

  await page.unroute('**/v2/auth');
  await reauth.getByLabel(/^Пароль/).fill('admin');
  await reauth.getByRole('button', { name: 'Войти' }).click();
  await expect(reauth).toBeHidden();

  await expect(tenants.tenantIdField).toHaveValue('branch-east');
  await tenants.domainsField.fill('east.example.ru');
  await tenants.submitCreateDialog();
  await tenants.expectTenant('branch-east');
});
