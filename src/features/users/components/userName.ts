/** "Имя Фамилия" as the admin reads it in the list; the address when both names are blank. */
export function userName(user: { mail: string; cn: string; sn: string }): string {
  return `${user.cn} ${user.sn}`.trim() || user.mail;
}
