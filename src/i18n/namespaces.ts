/** Each feature's strings are a namespace: one JSON file per language, loaded on demand. */
export const namespaces = [
  'common',
  'auth',
  'shell',
  'users',
  'userForm',
  'resources',
  'maillists',
  'tenants',
] as const;
export type Namespace = (typeof namespaces)[number];
