/** Palette pairs whose text colour is computed for the background, readable in both schemes. */
export const AVATAR_COLOURS = ['primary', 'secondary', 'success', 'error'] as const;

export type AvatarColour = (typeof AVATAR_COLOURS)[number];

/** The address picks the colour, so a person has the same one in the list and the profile. */
export function avatarColourOf(mail: string): AvatarColour {
  let hash = 0;
  for (const character of mail) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0;
  return AVATAR_COLOURS[hash % AVATAR_COLOURS.length] ?? 'primary';
}

/** First letters of the first and last name (the guide's «АС» in figure 14), else of the address. */
export function initialsOf({ mail, cn, sn }: { mail: string; cn: string; sn: string }): string {
  const first = (text: string) => [...text.trim()][0] ?? '';
  return (first(cn) + first(sn) || first(mail)).toLocaleUpperCase();
}
