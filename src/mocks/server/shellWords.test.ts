// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitShellWords } from './shellWords.ts';

describe('splitShellWords', () => {
  it('splits on blanks and line breaks, honouring quotes', () => {
    expect(splitShellWords('curl -X GET "a b"\n-H \'c "d"\' ""')).toEqual([
      'curl',
      '-X',
      'GET',
      'a b',
      '-H',
      'c "d"',
      '',
    ]);
  });

  it('treats backslashes like sh does (guide 3.13.2 alias syntax)', () => {
    const [url] = splitShellWords('"u?alias=\\["email1@test.ru","\\email2@test.ru"\\]&x=1"');
    expect(url).toBe('u?alias=\\[email1@test.ru,email2@test.ru\\]&x=1');
    expect(splitShellWords('a\\\nb "\\$\\x"')).toEqual(['ab', '$\\x']);
  });

  it('refuses an unterminated quote', () => {
    expect(() => splitShellWords('curl "oops')).toThrow(/unterminated/);
  });
});
