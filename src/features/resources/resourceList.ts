import type { Resource } from './api/resourceQueries';

export type SortDirection = 'asc' | 'desc';

/** Case-insensitive, and «ё» matches «е»: admins type Russian names either way. */
function normalize(text: string): string {
  return text.toLocaleLowerCase('ru').replaceAll('ё', 'е').trim();
}

/** The resources whose name, mailbox or city contains `query`. */
export function filterResources(resources: readonly Resource[], query: string): Resource[] {
  const wanted = normalize(query);
  if (!wanted) return [...resources];
  return resources.filter((resource) =>
    [resource.displayName, resource.mail, resource.l ?? ''].some((field) =>
      normalize(field).includes(wanted),
    ),
  );
}

/** By name in the admin's language's order; the mailbox breaks ties so the order is stable. */
export function sortResources(
  resources: readonly Resource[],
  direction: SortDirection,
  locale: string,
): Resource[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'asc' ? 1 : -1;
  return [...resources].sort(
    (a, b) =>
      sign * (collator.compare(a.displayName, b.displayName) || a.mail.localeCompare(b.mail)),
  );
}

/** Up to two letters for the avatar: «Переговорная «Байкал»» → «ПБ». */
export function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => /[\p{L}\p{N}]/u.exec(word)?.[0] ?? '')
    .filter(Boolean);
  return letters.slice(0, 2).join('').toLocaleUpperCase();
}
