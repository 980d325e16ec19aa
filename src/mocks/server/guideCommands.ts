/**
 * The curl examples of the admin guide, as printed (sections in the keys' comments), for
 * guideExamples.test.ts. Where line wrapping in the guide broke a command, the obviously intended
 * command is given and the change is noted. Line breaks between arguments are kept.
 */
export const GUIDE_COMMANDS = {
  /** 2.4.1 */
  signIn: `curl -X POST "https://<domain>/v2/auth" -d "login=<login>&password=<password>"
-H "accept: application/json"`,
  /** 2.4.1; printed with "accept:\napplication/json" split inside the quotes. */
  renewTokens: `curl -X POST "https://<domain>/v2/auth" -d
"login=<login>&password=<password>&refresh_token=<refresh_token>" -H "accept: application/json"`,
  /** 3.2.1 */
  listTenants: `curl -X GET "https://<domain>/v2/tenants" -H "accept: application/json"`,
  /** 3.2.2 */
  addTenant: `curl -X POST "https://<domain>/v2/tenants" -H "accept: application/json"`,
  /** 3.2.2 */
  addNamedTenant: `curl -X PUT "https://<domain>/v2/tenants/<tenant-id>" -H "accept: application/json"`,
  /** 3.2.3 */
  deleteTenant: `curl -X DELETE "https://<domain>/v2/tenants/<tenant-id>" -H "accept: application/json"`,
  /** 3.2.4 */
  syncTenants: `curl -X POST "https://<domain>/actions?cmd=tenantsync" -H "accept: application/json"`,
  /** 3.2.4 */
  syncDomains: `curl -X POST "https://<domain>/actions?cmd=domainsync" -H "accept: application/json"`,
  /** 3.3.2 */
  createUser: `curl -X PUT "https://<domain>/v2/users/default/<mail>" -d
"userPassword=<password>" -d "employeeNumber=1" -d "cn=<name>" -d "sn=<surname>"
-H "accept: application/json" -H "Content-Type: multipart/form-data"`,
  /** 3.4.2 */
  listUsers: `curl -X GET "https://<domain>/v2/users/<tenant-id>" -d "&page=1&orderby=mail" -H "accept: application/json"`,
  /** 3.4.2 */
  getUser: `curl -X GET "https://<domain>/v2/users/<tenant-id>/<mail>" -H "accept: application/json"`,
  /** 3.5.2; printed with "Content-Type:\nmultipart/form-data" split inside the quotes. */
  updateDepartment: `curl -X PATCH "https://<domain>/v2/users/<tenant-id>/<mail>" -d
"ou=Development&lang=en-US" -H "accept: application/json" -H "Content-Type: multipart/form-data"`,
  /** 3.6; printed with "Content-Type:\nmultipart/form-data" split inside the quotes. */
  setStatus: `curl -X PATCH "https://<domain>/v2/users/<tenant-id>/<mail>" -d
"inetUserStatus=1" -H "accept: application/json" -H "Content-Type: multipart/form-data"`,
  /** 3.7.2 */
  deleteUser: `curl -X DELETE "https://<domain>/v2/users/<tenant-id>/<mail>" -H "accept: application/json"`,
  /** 3.7.3; printed as "url -X POST …", the first letter of curl lost. */
  kickUser: `curl -X POST https://<domain>/actions -d cmd=kickuser -H "accept: application/json"`,
  /** 3.8.2 */
  setQuota: `curl -X PATCH "https://<domain>/v2/users/<tenant-id>/<mail>" -d "quota=1024" -H "accept: application/json" -H "Content-Type: multipart/form-data"`,
  /** 3.9.2 */
  setAliases: `curl -X PATCH "https://<domain>/v2/users/<tenant-id>/<mail>" -d "alias=<alias>"
-H "accept: application/json" -H "Content-Type: multipart/form-data"`,
  /** 3.10.2; printed with "Content-Type:\nmultipart/form-data" split inside the quotes. */
  setPassword: `curl -X PATCH "https://<domain>/v2/users/<tenant-id>/<mail>" -d
"userPassword=<password>" -H "accept: application/json" -H "Content-Type: multipart/form-data"`,
  /** 3.11.2 */
  listGroups: `curl -X GET "https://<domain>/resources/groups?tenant-id=default"`,
  /** 3.11.2 */
  createGroup: `curl -X POST "https://<domain>/resources/groups?tenant-id=default&groupname=<gname>&description=<descr>"`,
  /** 3.11.3 */
  deleteGroup: `curl -X DELETE
"https://<domain>/resources/groups?tenant-id=default&groupname=<gname>"`,
  /** 3.12.2 */
  listResources: `curl -X GET "https://<domain>/resources?tenant-id=<tenant-id>" -H "accept: application/json"`,
  /** 3.12.2; printed with "accept:\napplication/json" split inside the quotes. */
  createResource: `curl -X POST "https://<domain>/resources?tenant-id=<tenant-id>&displayName=<name>&mail=<rmail>&groupname=<gname>&description=<descr>&l=<l>"
-H "accept: application/json"`,
  /** 3.12.3; printed with "accept:\napplication/json" split inside the quotes. */
  updateResource: `curl -X PUT "https://<domain>/resources?tenant-id=<tenant-id>&displayName=<name>&description=<descr>&l=<l>" -H "accept: application/json"`,
  /** 3.12.4 */
  deleteResource: `curl -X DELETE "https://<domain>/resources?tenant-id=<tenant-id>&mail=<rmail>"
-H "accept: application/json"`,
  /** 3.13.2 */
  listMaillists: `curl -X GET "https://<domain>/maillists?tenant-id=<tenant-id>" -H "accept: application/json"`,
  /** 3.13.2 */
  createMaillist: `curl -X POST "https://<domain>/maillists?tenant-id=default&mail=<mmail>&alias=<alias>&displayName=<mname>"`,
  /** 3.13.3 */
  updateMaillist: `curl -X PUT "https://<domain>/maillists?tenant-id=<tenant-id>&mail=<mmail>&displayName=<mname>&newmail=<nmail>&alias=<alias>" -H "accept: application/json"`,
  /** 3.13.4 */
  deleteMaillist: `curl -X DELETE "https://<domain>/maillists?tenant-id=<tenant-id>&mail=<MMAIL>" -H "accept: application/json"`,
  /** 3.15 */
  syncAddressBook: `curl -X POST "https://<domain>/v2/actions/cabsync?tenant-id=<tenant-id>" -H "accept: application/json"`,
  /** 3.16.4.1; printed with stray "|" at the wrapped line ends and "accept:\napplication/json" split. */
  recallMessage: `curl -X POST
"https://<domain>/actions?cmd=expunge&messageid=<id>&emails=<mail>&force=0&notify=1"
-H "accept: application/json"`,
};

/** 3.13.2 and 3.13.3: the guide's syntax for the members of a list. */
export const GUIDE_MEMBERS = '\\["email1@test.ru","\\email2@test.ru"\\]';
export const GUIDE_NEW_MEMBERS = '\\["email3@test.ru","\\email4@test.ru"\\]';
