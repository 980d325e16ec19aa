// Trusted subnets (`pbm/auth/allowed_subnets`): IPv4 and IPv6 CIDRs, IPv4-mapped IPv6 included.

export type Subnet = { bytes: number[]; prefixBits: number };

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return undefined;
  const bytes = parts.map(Number);
  return bytes.every((byte) => byte <= 255) ? bytes : undefined;
}

function parseIpv6Half(half: string): number[] | undefined {
  if (half === '') return [];
  const groups = half.split(':');
  const bytes: number[] = [];
  for (const [position, group] of groups.entries()) {
    const ipv4Tail = position === groups.length - 1 && group.includes('.');
    if (ipv4Tail) {
      const ipv4 = parseIpv4(group);
      if (!ipv4) return undefined;
      bytes.push(...ipv4);
    } else if (/^[0-9a-f]{1,4}$/i.test(group)) {
      const value = parseInt(group, 16);
      bytes.push(value >> 8, value & 0xff);
    } else {
      return undefined;
    }
  }
  return bytes;
}

function parseIpv6(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = parseIpv6Half(halves[0] ?? '');
  const tail = halves.length === 2 ? parseIpv6Half(halves[1] ?? '') : [];
  if (!head || !tail) return undefined;
  const missing = 16 - head.length - tail.length;
  // `::` stands for at least one zero group; without it the groups must fill all 16 bytes.
  if (halves.length === 2 ? missing < 2 : missing !== 0) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** IPv4-mapped IPv6 (`::ffff:127.0.0.1`, how Node reports IPv4 clients) becomes plain IPv4. */
export function parseIp(text: string): number[] | undefined {
  const address = text.trim().replace(/%.*$/, '');
  if (!address.includes(':')) return parseIpv4(address);
  const bytes = parseIpv6(address);
  const ipv4Mapped =
    bytes?.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  return ipv4Mapped ? bytes?.slice(12) : bytes;
}

/** Throws on nonsense, so a bad configuration fails at start, not at the first request. */
export function parseSubnet(cidr: string): Subnet {
  const [address = '', prefix, ...rest] = cidr.trim().split('/');
  const bytes = parseIp(address);
  const maxBits = (bytes?.length ?? 0) * 8;
  const prefixBits = prefix === undefined ? maxBits : Number(prefix);
  const validPrefix = prefix === undefined || /^\d{1,3}$/.test(prefix);
  if (!bytes || rest.length > 0 || !validPrefix || prefixBits > maxBits) {
    throw new Error(`invalid subnet "${cidr}" (expected a CIDR such as 10.0.0.0/8 or ::1/128)`);
  }
  return { bytes, prefixBits };
}

export function subnetContains(subnet: Subnet, ip: string): boolean {
  const bytes = parseIp(ip);
  if (!bytes || bytes.length !== subnet.bytes.length) return false;
  for (let bit = 0; bit < subnet.prefixBits; bit += 1) {
    const mask = 0x80 >> (bit % 8);
    const byte = Math.floor(bit / 8);
    if (((bytes[byte] ?? 0) & mask) !== ((subnet.bytes[byte] ?? 0) & mask)) return false;
  }
  return true;
}
