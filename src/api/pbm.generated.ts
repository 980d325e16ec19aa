/**
 * Generated from pbm.openapi.yaml by `npm run api:generate`. Do not edit.
 */

export interface paths {
    "/v2/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in or renew the access token
         * @description Signs in with `login` and `password`, or renews the tokens with `refresh_token`
         *     («Получить токен авторизации», guide 2.4.1). With a valid `refresh_token`, `login` and
         *     `password` are optional and ignored.
         */
        post: operations["postAuth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tenants
         * @description «Получение массива тенантов» (guide 3.2.1).
         */
        get: operations["listTenants"];
        put?: never;
        /**
         * Create a tenant with a generated id
         * @description «Имя тенанта будет присвоено автоматически» (guide 3.2.2).
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/tenants/{tenant-id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create a tenant with the given id
         * @description «Если необходимо создать тенант с указанным именем» (guide 3.2.2). 409 if it exists.
         */
        put: operations["putTenant"];
        post?: never;
        /**
         * Delete a tenant
         * @description «Тенант из системы удаляется следующей командой» (guide 3.2.3). Deletes the tenant's users,
         *     resource groups, resources and mailing lists. The tenant `default` cannot be deleted (400 on `tenant-id`).
         */
        delete: operations["deleteTenant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{tenant-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id («тенант пользователя»), e.g. `default`. */
                "tenant-id": components["parameters"]["TenantIdPath"];
            };
            cookie?: never;
        };
        /**
         * List and search users of a tenant (one page)
         * @description «Поиск пользователей через консоль» (guide 3.4.2, table 4). Without parameters returns the
         *     first page sorted by `mail` and the total count. Page size is fixed at 50.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{tenant-id}/{mail}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id («тенант пользователя»), e.g. `default`. */
                "tenant-id": components["parameters"]["TenantIdPath"];
                /** @description The user's mailbox («почтовый ящик»). */
                mail: components["parameters"]["MailPath"];
            };
            cookie?: never;
        };
        /**
         * Get one user's profile
         * @description «Для получения подробной информации о конкретном пользователе» (guide 3.4.2).
         */
        get: operations["getUser"];
        /**
         * Create a user
         * @description «Добавление пользователя через консоль» (guide 3.3.2). `mail` and `tenant-id` come from the path;
         *     `userPassword`, `employeeNumber`, `cn` and `sn` are required (table 2), the fields of table 3 are
         *     optional. 409 if the address (or an alias) is in use or still reserved by a deleted user.
         *     The avatar (`jpegPhoto`) can only be sent as `multipart/form-data`.
         */
        put: operations["createUser"];
        post?: never;
        /**
         * Delete a user
         * @description «Удаление пользователя через консоль» (guide 3.7.2). The user disappears from lists at once; its
         *     address and aliases stay reserved for 30 days («окончательное удаление … через 30 суток», 3.7.1),
         *     so creating them again gives 409 with the date. The user is removed from mailing-list members.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update, block, rename a user or change quota, aliases, password or avatar
         * @description «Редактирование профиля пользователя через консоль» (guide 3.5.2); also blocking (3.6),
         *     quota (3.8.2), aliases (3.9.2: «Пустое значение параметра удалит имеющиеся алиасы») and
         *     password (3.10.2). Any subset of the fields; validation as for PUT. `mail` renames the user.
         *     An empty value for an optional text field clears it. A request with any invalid field changes nothing.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/resources/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List resource groups of a tenant
         * @description «Для получения списка уже имеющихся групп ресурсов» (guide 3.11.2).
         */
        get: operations["listResourceGroups"];
        put?: never;
        /**
         * Create a resource group
         * @description «Создание группы ресурсов выполняется командой» (guide 3.11.2).
         */
        post: operations["createResourceGroup"];
        /**
         * Delete a resource group and all its resources
         * @description «При удалении группы ресурсов вместе с ней удаляются все вложенные в нее ресурсы» (guide 3.11.3).
         */
        delete: operations["deleteResourceGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List resources of a tenant
         * @description «Для получения списка уже имеющихся ресурсов в тенанте» (guide 3.12.2).
         */
        get: operations["listResources"];
        /**
         * Update a resource's name, description and city
         * @description «Обновление информации о ресурсе» (guide 3.12.3). The mailbox and the group cannot be changed
         *     («Почтовый ящик ресурса и группу … изменить данным методом нельзя»): a `groupname` or `newmail`
         *     parameter gives 400 on that parameter.
         */
        put: operations["updateResource"];
        /**
         * Create a resource in a group
         * @description «Создание ресурса в тенанте» (guide 3.12.2). 404 for an unknown group, 409 if the address is in use.
         */
        post: operations["createResource"];
        /**
         * Delete a resource
         * @description «Для удаления ресурса» (guide 3.12.4).
         */
        delete: operations["deleteResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/maillists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List mailing lists of a tenant
         * @description «Для получения списка уже имеющихся групп рассылок» (guide 3.13.2).
         */
        get: operations["listMailingLists"];
        /**
         * Rename a mailing list, change its address or replace its members
         * @description «Обновление информации в группе рассылок» (guide 3.13.3). `newmail` gives the list a new address
         *     (409 if in use); `alias` replaces the whole member list.
         */
        put: operations["updateMailingList"];
        /**
         * Create a mailing list
         * @description «Создание группы рассылок» (guide 3.13.2). All parameters are required. 409 if `mail` is in use.
         */
        post: operations["createMailingList"];
        /**
         * Delete a mailing list
         * @description «Удаление группы рассылки» (guide 3.13.4).
         */
        delete: operations["deleteMailingList"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a command (tenantsync, domainsync, kickuser, expunge)
         * @description One endpoint for several commands selected by `cmd`:
         *     - `tenantsync`, `domainsync` — sync tenants / domains with «МойОфис Хранилище» (guide 3.2.4) → `{"success": true}`;
         *     - `kickuser` — close all IMAP sessions of `emails` («принудительно завершить все подключения
         *       пользователя по протоколу IMAP», guide 3.7.3) → `results` with `ok` | `not found` per address;
         *     - `expunge` — recall the message `messageid` from `emails` (guide 3.16.4.1) → `results` with
         *       `deleted` | `kept: message was read` | `not found` per address.
         *
         *     An unknown `cmd` gives 400 on `cmd`. Guide 3.7.3 sends `cmd` as a form body (`-d cmd=kickuser`),
         *     3.2.4 and 3.16.4.1 in the query string; both are accepted.
         */
        post: operations["runAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actions/cabsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sync the address book with Bitrix24
         * @description «Синхронизация адресной книги с внешними источниками данных» — Битрикс 24 (guide 3.15).
         */
        post: operations["syncAddressBook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: email
         * @description A mail address. Local part 1–64 bytes of `[A-Za-z0-9._%+-]`, not starting or ending with a dot,
         *     no `..`; compared lower-cased; one namespace across user mails, aliases, resource and list
         *     addresses; the domain must be one of the tenant's (mailing-list members excepted).
         * @example ivan.petrov@example.ru
         */
        EmailAddress: string;
        /**
         * @description Role («Роль создаваемого пользователя»), table 2 — 1 administrator («администратор»), 2 user («обычный пользователь»).
         * @enum {integer}
         */
        EmployeeNumber: 1 | 2;
        /**
         * @description Address book visibility («Параметр отображения пользователя в адресной книге»), table 3 —
         *     0 only in suggested contacts («только в предлагаемых контактах»), 1 in suggested contacts and
         *     colleagues («в списке предлагаемых контактов и коллег»), 2 only in colleagues («только в списке
         *     коллег»), 3 in both lists («в обоих списках»).
         * @enum {integer}
         */
        EmployeeType: 0 | 1 | 2 | 3;
        /**
         * @description Block status («Статус блокировки пользователя»), table 3 — 0 blocked («заблокирован»),
         *     1 active («разблокирован», default), 2 has not accepted the user agreement: can receive and read
         *     but not send mail («не принял пользовательское соглашение»).
         * @default 1
         * @enum {integer}
         */
        InetUserStatus: 0 | 1 | 2;
        /**
         * @description User language («Язык пользователя»), table 3; default `en-US`.
         * @default en-US
         * @enum {string}
         */
        Lang: "en-US" | "ru-RU" | "es-PA" | "fr-FR" | "it-IT" | "pt-BR" | "ba-RU" | "tt-RU";
        /**
         * @description 0 ascending («по возрастанию»), 1 descending («по убыванию»).
         * @default 0
         * @enum {integer}
         */
        SortDirection: 0 | 1;
        /**
         * @description Field to sort users by.
         * @default mail
         * @enum {string}
         */
        OrderBy: "mail" | "cn" | "sn";
        /**
         * @description Command of `POST /actions`.
         * @enum {string}
         */
        ActionCmd: "tenantsync" | "domainsync" | "kickuser" | "expunge";
        /** @description Either `login` + `password`, or `refresh_token`. */
        AuthRequest: components["schemas"]["AuthPasswordForm"] | components["schemas"]["AuthRefreshForm"];
        AuthPasswordForm: {
            /** @description Login of the account — the full address, or a bare local part («логин пользователя»). */
            login: string;
            /** @description Password («пароль пользователя»). */
            password: string;
            /** @description If given and valid, renews the tokens instead (see `AuthRefreshForm`). */
            refresh_token?: string;
        };
        AuthRefreshForm: {
            /**
             * @description Refresh token («refresh-токен, необходимый для обновления токена авторизации»). Issues a new
             *     pair and invalidates this refresh token.
             */
            refresh_token: string;
            /** @description Ignored with a valid `refresh_token` (the guide's example sends it anyway). */
            login?: string;
            /** @description Ignored with a valid `refresh_token`. */
            password?: string;
        };
        AuthResponse: {
            /** @description Access token («значение токена авторизации») for `Authorization: Bearer`. */
            access_token: string;
            /** @description Refresh token for `POST /v2/auth` with `refresh_token`. */
            refresh_token: string;
            /** @description Unix time in seconds when the access token expires. */
            expire: number;
            /** @description Tenant the token belongs to («id тенанта, для которого создается токен»). */
            "tenant-id": string;
            /** @description Role of the account — its `employeeNumber` (1 administrator, 2 user). */
            role: components["schemas"]["EmployeeNumber"];
        };
        /** @description A tenant and its mail domains. */
        Tenant: {
            /** @description Tenant id. */
            "tenant-id": string;
            /** @description Mail domains of the tenant. */
            domains: string[];
        };
        TenantForm: {
            /**
             * @description Comma-separated DNS names; each must not belong to another tenant (409 on `domains`).
             * @example example.ru,test.ru
             */
            domains?: string;
        };
        TenantCreated: {
            /** @constant */
            success: true;
            /** @description The generated tenant id. */
            "tenant-id": string;
        };
        /** @description A user as listed by `GET /v2/users/{tenant-id}`. */
        UserSummary: {
            mail: components["schemas"]["EmailAddress"];
            /** @description First name («Имя»). */
            cn: string;
            /** @description Last name («Фамилия»). */
            sn: string;
            /** @description Name shown in the address book («Отображаемое в адресной книге имя»). */
            displayName?: string;
            employeeNumber: components["schemas"]["EmployeeNumber"];
            inetUserStatus: components["schemas"]["InetUserStatus"];
            /** @description Whether the user has an avatar (`jpegPhoto`). */
            hasAvatar: boolean;
        };
        /** @description One page of users and the number of matches («первая страница … а так же их общее количество»). */
        UserList: {
            users: components["schemas"]["UserSummary"][];
            /** @description Number of users matching `search` (all users without it). */
            total: number;
            /** @description The page returned. */
            page: number;
            /**
             * @description Users per page, always 50.
             * @constant
             */
            pageSize: 50;
        };
        /** @description A user's profile — every field of tables 2 and 3 except `userPassword`. */
        User: {
            mail: components["schemas"]["EmailAddress"];
            employeeNumber: components["schemas"]["EmployeeNumber"];
            /** @description Tenant of the user («Тенант пользователя»). */
            "tenant-id": string;
            /** @description First name («Имя»). */
            cn: string;
            /** @description Last name («Фамилия»). */
            sn: string;
            employeeType?: components["schemas"]["EmployeeType"];
            /** @description Patronymic («Отчество»). */
            initials?: string;
            /** @description Department («Отдел»). */
            ou?: string;
            /** @description Job title («Должность»). */
            title?: string;
            /** @description Mail aliases («Почтовые алиасы»); empty if none. */
            alias: components["schemas"]["EmailAddress"][];
            /** @description Description («Описание»). */
            description?: string;
            /** @description Home phone («Домашний номер телефона»). */
            homePhone?: string;
            /** @description Work phone («Рабочий номер телефона»). */
            telephoneNumber?: string;
            /** @description City («Город»). */
            l?: string;
            /** @description Telegram. */
            telegram?: string;
            /** @description Skype. */
            skype?: string;
            /** @description Mailbox quota in MB («Квота … размер в МБ»); absent means the default quota. */
            quota?: number;
            /** @description Mailbox space used, in MB (shown as «0 / 1000 Mb» in the profile). */
            quotaUsed: number;
            /** @description Name shown in the address book («Отображаемое в адресной книге имя»). */
            displayName?: string;
            inetUserStatus: components["schemas"]["InetUserStatus"];
            lang: components["schemas"]["Lang"];
            /**
             * @description The avatar as a `data:` URL; absent without an avatar.
             * @example data:image/jpeg;base64,/9j/4AAQSkZJRg==
             */
            jpegPhoto?: string;
        };
        /**
         * @description The writable fields of a user (tables 2 and 3), as sent in the form bodies of `PUT` and `PATCH`
         *     `/v2/users/{tenant-id}/{mail}`. Form values are strings on the wire; numbers are their decimal text.
         */
        UserFields: {
            /** @description Password («Пароль»). Only non-empty is enforced. */
            userPassword?: string;
            employeeNumber?: components["schemas"]["EmployeeNumber"];
            /** @description First name («Имя»). */
            cn?: string;
            /** @description Last name («Фамилия»). */
            sn?: string;
            employeeType?: components["schemas"]["EmployeeType"];
            /** @description Patronymic («Отчество»). */
            initials?: string;
            /** @description Department («Отдел»). */
            ou?: string;
            /** @description Job title («Должность»). */
            title?: string;
            /**
             * @description Mail aliases, comma-separated without spaces («Указываются через запятую без пробела»).
             *     Replaces the current aliases; empty removes them all (guide 3.9.2).
             * @example ivan@example.ru,i.petrov@test.ru
             */
            alias?: string;
            /** @description Description («Описание»). */
            description?: string;
            /** @description Home phone — digits and special characters only («Используются только цифры и специальные символы»). */
            homePhone?: string;
            /** @description Work phone — digits and special characters only. */
            telephoneNumber?: string;
            /** @description City («Город»). */
            l?: string;
            /** @description Telegram. */
            telegram?: string;
            /** @description Skype. */
            skype?: string;
            /** @description Mailbox quota in MB, digits only («Используются только цифры, размер в МБ»). */
            quota?: number;
            /** @description Name shown in the address book («Отображаемое в адресной книге имя»). */
            displayName?: string;
            inetUserStatus?: components["schemas"]["InetUserStatus"];
            lang?: components["schemas"]["Lang"];
            /**
             * @description Avatar as a file part of `multipart/form-data` (image/jpeg, image/png or image/webp, at most
             *     1 MiB). With `PATCH`, an empty value removes the avatar.
             */
            jpegPhoto?: Blob | "";
        };
        /** @description Body of `PUT /v2/users/{tenant-id}/{mail}` — `UserFields` with the table 2 fields required. */
        UserCreate: WithRequired<components["schemas"]["UserFields"], "userPassword" | "employeeNumber" | "cn" | "sn">;
        /** @description Body of `PATCH /v2/users/{tenant-id}/{mail}` — any subset of `UserFields`, plus `mail` to rename. */
        UserPatch: components["schemas"]["UserFields"] & {
            /** @description New address of the user («Логин пользователя, в том числе изменение домена», 3.5.1); the old address is freed at once. */
            mail?: components["schemas"]["EmailAddress"];
        };
        /** @description A resource group. */
        ResourceGroup: {
            /** @description Name of the group. */
            groupname: string;
            /** @description Description (empty if none). */
            description: string;
            /** @description Number of resources in the group. */
            resources: number;
        };
        /** @description A resource (e.g. a meeting room). */
        Resource: {
            mail: components["schemas"]["EmailAddress"];
            /** @description Name of the resource. */
            displayName: string;
            /** @description Group of the resource. */
            groupname: string;
            /** @description Description. */
            description?: string;
            /** @description City. */
            l?: string;
        };
        /** @description A mailing list and its members. */
        MailingList: {
            mail: components["schemas"]["EmailAddress"];
            /** @description Display name of the list. */
            displayName: string;
            /** @description Member addresses. */
            alias: components["schemas"]["EmailAddress"][];
        };
        /** @description The parameters of `POST /actions` as a form body. */
        ActionForm: {
            cmd?: components["schemas"]["ActionCmd"];
            /** @description Comma-separated mailboxes (`kickuser`, `expunge`). */
            emails?: string;
            /** @description Tenant of `emails` for `kickuser` (default `default`). */
            "tenant-id"?: string;
            /** @description Message-ID of the message to recall (`expunge`). */
            messageid?: string;
            /**
             * @description 1 deletes even a read message (`expunge`, default 0).
             * @enum {integer}
             */
            force?: 0 | 1;
            /**
             * @description 1 notifies the user (`expunge`, default 1).
             * @enum {integer}
             */
            notify?: 0 | 1;
        };
        /** @description `{"success": true}` */
        Success: {
            /** @constant */
            success: true;
        };
        /** @description Result of `POST /actions`. */
        ActionResult: {
            /** @constant */
            success: true;
            /** @description Outcome per address, for `kickuser` and `expunge`. */
            results?: {
                [key: string]: "ok" | "not found" | "deleted" | "kept: message was read";
            };
        };
        /** @description Error body (guide 6): `{"message": "<text>"}` or `{"message": {"<field>": "<text>"}}`. */
        ErrorMessage: {
            message: string | {
                [key: string]: string;
            };
        };
    };
    responses: {
        /** @description Done («Успешное … будет сопровождаться сообщением» `{"success": true}`). */
        Success: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Success"];
            };
        };
        /**
         * @description Missing required parameters (guide 6: `"<param> is a required value"`, every missing one listed) or
         *     invalid values (`{"message": {"<field>": "<reason>"}}`).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description No, invalid or expired access token. Guide 6: «Истёк срок действия токена» → `TOKEN EXPIRED`;
         *     no or invalid token → `UNAUTHORIZED`.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description «Доступ запрещён» (guide 6) — not an administrator, or another tenant. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description Unknown tenant, user, group, resource or mailing list. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "user a@example.ru not found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description The address is in use (one namespace for user mails, aliases, resource and list addresses), is
         *     reserved by a user deleted less than 30 days ago, or the tenant / group / domain exists.
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
    };
    parameters: {
        /** @description Tenant id («тенант пользователя»), e.g. `default`. */
        TenantIdPath: string;
        /** @description The user's mailbox («почтовый ящик»). */
        MailPath: components["schemas"]["EmailAddress"];
        /** @description Tenant of the operation («тенант выполняемой операции»). */
        TenantIdQuery: string;
        /**
         * @description Members of the list («участники группы рассылок»): a JSON array of addresses, e.g.
         *     `["a@test.ru","b@test.ru"]`. The guide prints it shell-escaped (`\["email1@test.ru","\email2@test.ru"\]`);
         *     backslashes are stripped before parsing. Members may be in any domain (external allowed), must not
         *     repeat (case-insensitive; 400 `duplicate member x`) and must not be the list's own address. Empty array allowed.
         * @example ["email1@test.ru","email2@test.ru"]
         */
        MembersQuery: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postAuth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AuthRequest"];
                "multipart/form-data": components["schemas"]["AuthRequest"];
            };
        };
        responses: {
            /** @description Tokens issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            /**
             * @description Wrong credentials, a blocked account (inetUserStatus 0; status 2 «не может отправлять почту, только принимать» and
             *     may sign in), or an invalid, expired or already rotated refresh token.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
        };
    };
    listTenants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every tenant the caller may see. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TenantForm"];
                "multipart/form-data": components["schemas"]["TenantForm"];
            };
        };
        responses: {
            /** @description Tenant created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    putTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the tenant to create («имя (id) создаваемого тенанта»). */
                "tenant-id": string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TenantForm"];
                "multipart/form-data": components["schemas"]["TenantForm"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id («тенант пользователя»), e.g. `default`. */
                "tenant-id": components["parameters"]["TenantIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Search string over `mail`, `cn` and `sn` («Строка для поиска, работающая по значениям
                 *     полей mail, cn и sn»). Case-insensitive substring match, Cyrillic aware, trimmed.
                 */
                search?: string;
                /** @description Page number, from 1 («Выбор страницы результата»). A page past the end returns no users and the same total. */
                page?: number;
                /** @description «0 - по возрастанию, 1 - по убыванию» (0 ascending, 1 descending). */
                sort?: components["schemas"]["SortDirection"];
                /**
                 * @description Field to sort by («Сортировка по значению указанного поля»). Locale-aware comparison
                 *     (Russian collation), then `mail` as tie-breaker.
                 */
                orderby?: components["schemas"]["OrderBy"];
            };
            header?: never;
            path: {
                /** @description Tenant id («тенант пользователя»), e.g. `default`. */
                "tenant-id": components["parameters"]["TenantIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of matching users and the number of matches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id («тенант пользователя»), e.g. `default`. */
                "tenant-id": components["parameters"]["TenantIdPath"];
                /** @description The user's mailbox («почтовый ящик»). */
                mail: components["parameters"]["MailPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user (every field of tables 2–3 except `userPassword`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id («тенант пользователя»), e.g. `default`. */
                "tenant-id": components["parameters"]["TenantIdPath"];
                /** @description The user's mailbox («почтовый ящик»). */
                mail: components["parameters"]["MailPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UserCreate"];
                "multipart/form-data": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id («тенант пользователя»), e.g. `default`. */
                "tenant-id": components["parameters"]["TenantIdPath"];
                /** @description The user's mailbox («почтовый ящик»). */
                mail: components["parameters"]["MailPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id («тенант пользователя»), e.g. `default`. */
                "tenant-id": components["parameters"]["TenantIdPath"];
                /** @description The user's mailbox («почтовый ящик»). */
                mail: components["parameters"]["MailPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UserPatch"];
                "multipart/form-data": components["schemas"]["UserPatch"];
            };
        };
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listResourceGroups: {
        parameters: {
            query: {
                /** @description Tenant of the operation («тенант выполняемой операции»). */
                "tenant-id": components["parameters"]["TenantIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every resource group of the tenant. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceGroup"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createResourceGroup: {
        parameters: {
            query: {
                /** @description Tenant of the operation («тенант выполняемой операции»). */
                "tenant-id": components["parameters"]["TenantIdQuery"];
                /** @description Name of the new group («имя создаваемой группы»). */
                groupname: string;
                /** @description Description of the group («описание создаваемой группы»). */
                description?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteResourceGroup: {
        parameters: {
            query: {
                /** @description Tenant of the operation («тенант выполняемой операции»). */
                "tenant-id": components["parameters"]["TenantIdQuery"];
                /** @description Name of the group to delete. */
                groupname: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listResources: {
        parameters: {
            query: {
                /** @description Tenant of the operation («тенант выполняемой операции»). */
                "tenant-id": components["parameters"]["TenantIdQuery"];
                /** @description Only the resources of this group. */
                groupname?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every resource of the tenant (or of the group). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resource"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateResource: {
        parameters: {
            query: {
                /** @description Tenant of the operation («тенант выполняемой операции»). */
                "tenant-id": components["parameters"]["TenantIdQuery"];
                /** @description Mailbox identifying the resource. */
                mail: components["schemas"]["EmailAddress"];
                /** @description Name of the resource. */
                displayName: string;
                /** @description Description («описание ресурса»). */
                description?: string;
                /** @description City («город, указываемый для ресурса»). */
                l?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createResource: {
        parameters: {
            query: {
                /** @description Tenant of the operation («тенант выполняемой операции»). */
                "tenant-id": components["parameters"]["TenantIdQuery"];
                /** @description Name of the resource («имя создаваемого ресурса»). */
                displayName: string;
                /** @description Mailbox of the resource («создаваемый для ресурса почтовый ящик»); events book the resource by it. */
                mail: components["schemas"]["EmailAddress"];
                /** @description Group the resource is added to («имя группы, в которую добавляется ресурс»). */
                groupname: string;
                /** @description Description («описание ресурса»). */
                description?: string;
                /** @description City («город, указываемый для ресурса»). */
                l?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteResource: {
        parameters: {
            query: {
                /** @description Tenant of the operation («тенант выполняемой операции»). */
                "tenant-id": components["parameters"]["TenantIdQuery"];
                /** @description Mailbox of the resource («привязанный к ресурсу почтовый ящик»). */
                mail: components["schemas"]["EmailAddress"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listMailingLists: {
        parameters: {
            query: {
                /** @description Tenant of the operation («тенант выполняемой операции»). */
                "tenant-id": components["parameters"]["TenantIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every mailing list of the tenant with its members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailingList"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateMailingList: {
        parameters: {
            query: {
                /** @description Tenant of the operation («тенант выполняемой операции»). */
                "tenant-id": components["parameters"]["TenantIdQuery"];
                /** @description Current address of the list. */
                mail: components["schemas"]["EmailAddress"];
                /** @description New display name («отображаемое имя группы рассылок»). */
                displayName?: string;
                /** @description New address of the list («новый почтовый ящик для группы»). */
                newmail?: components["schemas"]["EmailAddress"];
                /**
                 * @description JSON array of member addresses that REPLACES the current members (same syntax and rules as
                 *     for creation). The guide says «возможно добавить участников» (add members).
                 * @example ["email3@test.ru","email4@test.ru"]
                 */
                alias?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    createMailingList: {
        parameters: {
            query: {
                /** @description Tenant of the operation («тенант выполняемой операции»). */
                "tenant-id": components["parameters"]["TenantIdQuery"];
                /** @description Address of the list («почтовый ящик группы рассылок»). */
                mail: components["schemas"]["EmailAddress"];
                /**
                 * @description Members of the list («участники группы рассылок»): a JSON array of addresses, e.g.
                 *     `["a@test.ru","b@test.ru"]`. The guide prints it shell-escaped (`\["email1@test.ru","\email2@test.ru"\]`);
                 *     backslashes are stripped before parsing. Members may be in any domain (external allowed), must not
                 *     repeat (case-insensitive; 400 `duplicate member x`) and must not be the list's own address. Empty array allowed.
                 * @example ["email1@test.ru","email2@test.ru"]
                 */
                alias: components["parameters"]["MembersQuery"];
                /** @description Display name of the list («отображаемое имя создаваемой группы рассылки»). */
                displayName: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteMailingList: {
        parameters: {
            query: {
                /** @description Tenant of the operation («тенант выполняемой операции»). */
                "tenant-id": components["parameters"]["TenantIdQuery"];
                /** @description Address of the list («почтовый ящик группы рассылок»). */
                mail: components["schemas"]["EmailAddress"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    runAction: {
        parameters: {
            query: {
                /** @description The command («параметр, определяющий операцию»). */
                cmd: components["schemas"]["ActionCmd"];
                /**
                 * @description Comma-separated mailboxes («почтовые ящики, у которых необходимо удалить письмо»).
                 *     Required for `expunge` and `kickuser`.
                 * @example a@example.ru,b@example.ru
                 */
                emails?: string;
                /** @description Tenant of `emails` for `kickuser`. */
                "tenant-id"?: string;
                /** @description Message-ID from the message header («идентификатор письма из заголовка»). Required for `expunge`. */
                messageid?: string;
                /** @description «1 - удалить письмо, даже если пользователь его прочитал, 0 - не удалять письмо, если получатель его прочитал» (`expunge`). */
                force?: 0 | 1;
                /** @description «1 - оповестить пользователя, 0 - не оповещать пользователя» (`expunge`). */
                notify?: 0 | 1;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The same parameters as a form body (guide 3.7.3); body values win over the query string. */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ActionForm"];
                "multipart/form-data": components["schemas"]["ActionForm"];
            };
        };
        responses: {
            /** @description Command done; `results` for `kickuser` and `expunge`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    syncAddressBook: {
        parameters: {
            query: {
                /** @description Tenant of the operation («тенант выполняемой операции»). */
                "tenant-id": components["parameters"]["TenantIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Success"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
