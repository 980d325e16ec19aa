/**
 * Splits a command line the way a POSIX shell would (quotes, backslashes, line breaks; no
 * expansion), so the guide's curl examples run as printed through `execFile`, without a shell.
 * Inside double quotes a backslash escapes only `$`, backtick, `"`, `\` and a line break;
 * elsewhere it escapes any character — which is why `\email2` in guide 3.13.2 loses its `\`.
 */
export function splitShellWords(command: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let position = 0; position < command.length; position += 1) {
    const character = command[position] ?? '';
    const next = command[position + 1] ?? '';
    if (quote === "'") {
      if (character === "'") quote = undefined;
      else word += character;
    } else if (character === '\\') {
      position += 1;
      if (next === '\n') continue;
      const escapes = quote === '"' ? '$`"\\'.includes(next) : true;
      word = (word ?? '') + (escapes ? next : `\\${next}`);
    } else if (quote === '"') {
      if (character === '"') quote = undefined;
      else word += character;
    } else if (character === '"' || character === "'") {
      quote = character;
      word ??= '';
    } else if (/\s/.test(character)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + character;
    }
  }
  if (quote) throw new Error(`unterminated ${quote} in: ${command}`);
  if (word !== undefined) words.push(word);
  return words;
}
