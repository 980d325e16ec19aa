import type { AddressBookVisibility, UserRecord } from '../store/types.ts';
import { DEMO_AVATARS } from './avatars.ts';
import * as names from './nameTables.ts';
import type { Random } from './prng.ts';
import { transliterate } from './transliterate.ts';

/** Every generated person signs in with this password (inferred: handy for demos). */
export const GENERATED_USER_PASSWORD = 'password';

export type GenerateUsersOptions = {
  tenantId: string;
  domains: string[];
  count: number;
  random: Random;
  /** Addresses already given out (all tenants); generated ones are added. */
  takenAddresses: Set<string>;
};

type Person = {
  russian: boolean;
  cn: string;
  sn: string;
  initials?: string;
  localPart: string;
  firstLocalPart: string;
};

function generatePerson(random: Random): Person {
  if (random.chance(0.25)) {
    const cn = random.pick(names.ENGLISH_FIRST_NAMES);
    const sn = random.pick(names.ENGLISH_SURNAMES);
    const first = cn.toLowerCase();
    return {
      russian: false,
      cn,
      sn,
      localPart: `${first}.${sn.toLowerCase()}`,
      firstLocalPart: first,
    };
  }
  const gender = random.chance(0.5) ? 'male' : 'female';
  const cn = random.pick(gender === 'male' ? names.RUSSIAN_MALE_NAMES : names.RUSSIAN_FEMALE_NAMES);
  const sn = random.pick(names.RUSSIAN_SURNAMES)[gender];
  const initials = random.chance(0.85) ? random.pick(names.RUSSIAN_PATRONYMICS)[gender] : undefined;
  const first = transliterate(cn);
  return {
    russian: true,
    cn,
    sn,
    initials,
    localPart: `${first}.${transliterate(sn)}`,
    firstLocalPart: first,
  };
}

/** Claims `local@domain`, or `local2@domain`, `local3@domain`… when taken. */
function claimAddress(
  local: string,
  domain: string,
  taken: Set<string>,
  nextSuffix: Map<string, number>,
): string {
  const base = `${local}@${domain}`;
  let suffix = nextSuffix.get(base) ?? 1;
  let address = suffix === 1 ? base : `${local}${suffix}@${domain}`;
  while (taken.has(address)) {
    suffix += 1;
    address = `${local}${suffix}@${domain}`;
  }
  nextSuffix.set(base, suffix + 1);
  taken.add(address);
  return address;
}

function phoneNumber(random: Random): string {
  const digits = (count: number) => String(random.int(10 ** count)).padStart(count, '0');
  return `+7 (${random.pick(names.PHONE_AREA_CODES)}) ${digits(3)}-${digits(2)}-${digits(2)}`;
}

/** Realistic people with a deterministic mix of roles, statuses, quotas and contacts. */
export function generateUsers(options: GenerateUsersOptions): UserRecord[] {
  const { random, domains, takenAddresses } = options;
  const nextSuffix = new Map<string, number>();
  const users: UserRecord[] = [];
  for (let n = 0; n < options.count; n += 1) {
    const person = generatePerson(random);
    const domain = domains[random.chance(0.85) ? 0 : domains.length - 1] ?? '';
    const mail = claimAddress(person.localPart, domain, takenAddresses, nextSuffix);
    const quota = random.chance(0.3) ? random.pick([512, 1024, 2048, 5120, 10240]) : undefined;
    const status = random.next();
    const user: UserRecord = {
      tenantId: options.tenantId,
      mail,
      userPassword: GENERATED_USER_PASSWORD,
      employeeNumber: random.chance(0.05) ? 1 : 2,
      cn: person.cn,
      sn: person.sn,
      alias: [],
      inetUserStatus: status < 0.04 ? 0 : status < 0.07 ? 2 : 1,
      lang: person.russian && random.chance(0.85) ? 'ru-RU' : 'en-US',
      quotaUsed: Math.floor(random.next() * 0.95 * (quota ?? 2048)),
    };
    if (quota !== undefined) user.quota = quota;
    if (person.initials) user.initials = person.initials;
    if (random.chance(0.9)) {
      user.ou = random.pick(person.russian ? names.RUSSIAN_DEPARTMENTS : names.ENGLISH_DEPARTMENTS);
      user.title = random.pick(person.russian ? names.RUSSIAN_TITLES : names.ENGLISH_TITLES);
    }
    if (random.chance(0.8)) {
      user.l = random.pick(person.russian ? names.RUSSIAN_CITIES : names.ENGLISH_CITIES);
    }
    if (random.chance(0.85)) user.telephoneNumber = phoneNumber(random);
    if (random.chance(0.2)) user.homePhone = phoneNumber(random);
    if (random.chance(0.3)) user.telegram = `@${person.localPart.replaceAll('.', '_')}`;
    if (random.chance(0.15)) user.skype = `live:${person.localPart}`;
    if (random.chance(0.6)) user.employeeType = random.int(4) as AddressBookVisibility;
    if (random.chance(0.25)) user.displayName = `${person.sn} ${person.cn}`;
    if (random.chance(0.1)) user.description = random.pick(names.DESCRIPTIONS);
    if (random.chance(0.12)) user.jpegPhoto = random.pick(DEMO_AVATARS);
    if (random.chance(0.1)) {
      const aliasDomain = domains[domains.length - 1] ?? domain;
      user.alias = [claimAddress(person.firstLocalPart, aliasDomain, takenAddresses, nextSuffix)];
    }
    users.push(user);
  }
  return users;
}
