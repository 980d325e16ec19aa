import type { UserSummary } from './api/userQueries';

export type CsvSeparator = ';' | ',';

/**
 * Excel does not ask how to split a double-clicked .csv: it uses the Windows region's list
 * separator, which is `;` wherever the decimal mark is a comma (Russia and most of Europe) and
 * `,` elsewhere (en-US). A `sep=` first line would override it but makes Excel ignore the BOM,
 * and Cyrillic breaks. So the file follows the admin's language the way their Excel most likely
 * does; LibreOffice shows an import dialog that detects either.
 */
export function csvSeparatorFor(locale: string): CsvSeparator {
  const decimal = new Intl.NumberFormat(locale)
    .formatToParts(1.5)
    .find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or tab / CR, which some strip first) as a
 * formula: `=HYPERLINK(…)` in a user's name would become a live link. OWASP's remedy: a leading
 * apostrophe, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field holding the separator, a quote or a line break; double inner quotes. */
function quoteCell(value: string, separator: CsvSeparator): string {
  return value.includes(separator) || /["\r\n]/.test(value)
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/**
 * A whole CSV file: UTF-8 byte order mark (without it Excel reads UTF-8 as the ANSI code page and
 * Cyrillic turns to mojibake), CRLF line ends, every cell neutralised and quoted as needed.
 */
export function encodeCsv(rows: readonly (readonly string[])[], separator: CsvSeparator): string {
  const lines = rows.map((row) =>
    row.map((cell) => quoteCell(neutralizeCell(cell), separator)).join(separator),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface UserCsvLabels {
  /** Column titles in the admin's language: Email, Имя, Фамилия, Отображаемое имя, Роль, Статус. */
  header: readonly string[];
  role: (role: UserSummary['employeeNumber']) => string;
  status: (status: UserSummary['inetUserStatus']) => string;
}

/** The list's columns, one row per user, in the list's order. */
export function userCsvRows(users: readonly UserSummary[], labels: UserCsvLabels): string[][] {
  return [
    [...labels.header],
    ...users.map((user) => [
      user.mail,
      user.cn,
      user.sn,
      user.displayName ?? '',
      labels.role(user.employeeNumber),
      labels.status(user.inetUserStatus),
    ]),
  ];
}

/** How long the file's object URL lives: revoking it at once can cancel a download just begun. */
const OBJECT_URL_LIFETIME_MS = 60_000;

/** Saves `content` as a file through the browser's own download, without a server round trip. */
export function downloadTextFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
}

/** e.g. `users-default-2026-12-01.csv`: which tenant and which (local) day, in plain ASCII. */
export function exportFileName(tenantId: string, now: Date): string {
  const pad = (part: number) => String(part).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `users-${tenantId.replace(/[^a-z0-9-]/gi, '_')}-${day}.csv`;
}
