// Mail local parts are ASCII: Cyrillic names are transliterated the way mail admins usually do.
// prettier-ignore
const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya',
};

// Names come from small tables, so a 100k directory transliterates the same few hundred words.
const cache = new Map<string, string>();

export function transliterate(text: string): string {
  let latin = cache.get(text);
  if (latin === undefined) {
    latin = Array.from(text.toLowerCase(), (letter) => LETTERS[letter] ?? letter).join('');
    cache.set(text, latin);
  }
  return latin;
}
