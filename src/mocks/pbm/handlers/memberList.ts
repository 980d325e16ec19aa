import { isValidAddress, normalizeAddress } from '../store/addressSyntax.ts';

const NOT_A_LIST = 'alias must be a JSON array of email addresses';

/**
 * The guide prints members as `\["email1@test.ru","\email2@test.ru"\]`. Typed into a shell and
 * curl, the quotes are eaten by the shell and the backslashes by curl's URL globbing, so the
 * server receives `[email1@test.ru,email2@test.ru]`; pasted elsewhere, stray backslashes remain.
 * Both arrive here: backslashes are dropped, then JSON is tried, then the unquoted form.
 */
function parseArrayText(raw: string): unknown {
  const text = raw.replaceAll('\\', '').trim();
  try {
    return JSON.parse(text);
  } catch {
    const unquoted = /^\[(.*)\]$/s.exec(text)?.[1];
    if (unquoted === undefined) return undefined;
    return unquoted
      .split(',')
      .map((item) => item.trim().replace(/^"(.*)"$/, '$1'))
      .filter(Boolean);
  }
}

/**
 * Members of a mailing list: valid addresses of any domain (external ones too), no duplicates,
 * never the list itself. An empty array is allowed (inferred).
 */
export function parseMembers(raw: string, listMail: string): string[] | { problem: string } {
  const items = parseArrayText(raw);
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) {
    return { problem: NOT_A_LIST };
  }
  const members = items.map(normalizeAddress);
  for (const [position, member] of members.entries()) {
    if (!isValidAddress(member)) return { problem: `invalid email address ${member}` };
    if (members.indexOf(member) !== position) return { problem: `duplicate member ${member}` };
    if (member === listMail) return { problem: 'a mailing list cannot be its own member' };
  }
  return members;
}
