// Address rules of the contract: one syntax for users, aliases, resources and lists.
const LOCAL_PART = /^[A-Za-z0-9%+_-]+(\.[A-Za-z0-9%+_-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const MAX_ADDRESS_BYTES = 254;
const MAX_LOCAL_PART_BYTES = 64;

/** Addresses compare case-insensitively, so they are stored lower-cased and trimmed. */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

export function isValidDomainName(domain: string): boolean {
  const labels = domain.split('.');
  return (
    domain.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    /[a-z]/.test(labels[labels.length - 1] ?? '')
  );
}

/** Expects a normalized address. */
export function isValidAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.length > MAX_ADDRESS_BYTES) return false;
  const localPart = address.slice(0, at);
  return (
    localPart.length <= MAX_LOCAL_PART_BYTES &&
    LOCAL_PART.test(localPart) &&
    isValidDomainName(address.slice(at + 1))
  );
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}
