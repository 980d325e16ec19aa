import { expect, type Download, type Locator } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { text } from '../strings.ts';
import { LocalizedPage } from './LocalizedPage.ts';

export type BulkAction = 'block' | 'unblock' | 'endSessions' | 'delete';
export type SortColumn = 'cn' | 'sn' | 'mail';

/** Пользователи (guide 3.1.2, 3.4.1, 3.7.1): search, sort, pages, selection, bulk actions, export. */
export class UsersListPage extends LocalizedPage {
  /** A `users` string with its {{placeholders}} filled in (numbers already formatted). */
  t(key: string, values: Record<string, string | number> = {}) {
    return text(this.language, 'users', key).replace(
      /\{\{(\w+)(, number)?\}\}/g,
      (placeholder, name: string) => String(values[name] ?? placeholder),
    );
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('title') });
  }
  get table() {
    return this.page.getByRole('table', { name: this.t('table.label') });
  }
  get searchField() {
    return this.page.getByRole('searchbox', { name: this.t('search.label') });
  }
  /** The table's body rows (the header row excluded). */
  get rows() {
    return this.table.locator('tbody tr');
  }
  get pagination() {
    return this.page.getByRole('navigation', { name: this.t('pagination.label') });
  }
  get bulkBar() {
    return this.page.getByRole('group', { name: this.t('selection.label') });
  }
  get confirmDialog() {
    return this.page.getByRole('dialog');
  }
  resultDialog(action: BulkAction) {
    return this.page.getByRole('dialog', { name: this.t(`bulk.${action}.resultTitle`) });
  }
  deleteDialog(name: string) {
    return this.page.getByRole('dialog', { name: this.t('delete.title', { name }) });
  }
  get exportButton() {
    return this.page.getByRole('button', { name: this.t('export.button') });
  }
  get newUserButton() {
    return this.page.getByRole('link', { name: this.t('newUser') });
  }

  /** The row that mentions `text` (an address, a first or last name). */
  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }
  checkboxOf(mail: string) {
    return this.row(mail).getByRole('checkbox');
  }
  sortButton(column: SortColumn) {
    return this.table.getByRole('button', { name: this.t(`table.${column}`), exact: true });
  }
  columnHeader(column: SortColumn) {
    return this.table.getByRole('columnheader', { name: this.t(`table.${column}`), exact: true });
  }
  paginationButton(which: 'first' | 'previous' | 'next' | 'last') {
    return this.pagination.getByRole('button', { name: this.t(`pagination.${which}`) });
  }

  /** Opens the list; `params` are the address bar's search, page, orderby and sort. */
  async goTo(tenantId = 'default', params: Record<string, string | number> = {}) {
    const query = new URLSearchParams(
      Object.entries(params).map(([key, value]) => [key, String(value)]),
    ).toString();
    await this.page.goto(paths.users(tenantId, query));
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible();
    await expect(this.table.or(this.page.getByRole('status').first())).toBeVisible();
  }

  /** Types a search and waits until the address bar carries it. */
  async search(term: string) {
    await this.searchField.fill(term);
    await expect(this.page).toHaveURL(
      (url) => (url.searchParams.get('search') ?? '') === term.trim(),
    );
  }

  async expectRow(text: string) {
    await expect(this.row(text)).toBeVisible();
  }
  async expectNoRow(text: string) {
    await expect(this.row(text)).toHaveCount(0);
  }
  /** "1–50 из 1 320" as the list shows it. */
  async expectRange(from: number, to: number, total: number) {
    const format = (value: number) => new Intl.NumberFormat(this.language).format(value);
    await expect(this.pagination).toContainText(
      this.t('pagination.range', { from: format(from), to: format(to), total: format(total) }),
    );
  }
  async firstRowMail() {
    return (await this.rows.first().getByRole('link').textContent()) ?? '';
  }

  /** Opens the profile through the row's address link. */
  async openUser(text: string) {
    await this.row(text).getByRole('link').click();
  }

  async selectRows(...mails: string[]) {
    for (const mail of mails) await this.checkboxOf(mail).check();
  }

  async sortBy(column: SortColumn) {
    await this.sortButton(column).click();
  }

  async goToPage(which: 'first' | 'previous' | 'next' | 'last') {
    await this.paginationButton(which).click();
  }

  /** Starts a bulk action on the selection; the confirmation opens. */
  async startBulk(action: BulkAction) {
    await this.bulkBar.getByRole('button', { name: this.t(`bulk.${action}.button`) }).click();
    await expect(this.confirmDialog).toBeVisible();
  }

  async confirmBulk(action: BulkAction) {
    await this.confirmDialog.getByRole('button', { name: this.t(`bulk.${action}.button`) }).click();
    await expect(this.resultDialog(action)).toBeVisible();
  }

  /** One user's line in the result dialog, e.g. "Заблокирован" or "Не удалось: …". */
  resultOf(action: BulkAction, mail: string) {
    return this.resultDialog(action).getByRole('listitem').filter({ hasText: mail });
  }

  async closeResult(action: BulkAction) {
    await this.resultDialog(action)
      .getByRole('button', { name: text(this.language, 'common', 'actions.close') })
      .click();
    await expect(this.resultDialog(action)).toBeHidden();
  }

  /** Clicks the row's delete button; the confirmation naming `name` opens. */
  async askToDelete(mail: string, name: string) {
    await this.row(mail)
      .getByRole('button', { name: this.t('table.delete', { name, mail }) })
      .click();
    await expect(this.deleteDialog(name)).toBeVisible();
  }

  async confirmDelete(name: string) {
    await this.deleteDialog(name)
      .getByRole('button', { name: this.t('delete.confirm') })
      .click();
    await expect(this.deleteDialog(name)).toBeHidden();
  }

  /** Exports the current search and returns the download once the file is ready. */
  async exportCsv(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    return download;
  }
}
