import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { UserSummary } from '../api/userQueries';
import { RowAvatar } from './RowAvatar';
import { RowIcon } from './RowIcon';
import { UserListAvatar } from './UserListAvatar';
import { userName } from './userName';

const STATUS_ICONS = { 0: 'blocked', 1: 'active', 2: 'receiveOnly' } as const;

/** Words every row shares, translated once per table rather than once per row. */
export interface RowLabels {
  role: Record<UserSummary['employeeNumber'], string>;
  status: Record<UserSummary['inetUserStatus'], string>;
  receiveOnlyHint: string;
}

interface UserRowProps {
  tenantId: string;
  user: UserSummary;
  /** The profile's address, as the browser needs it (with the app's base path). */
  href: string;
  selected: boolean;
  labels: RowLabels;
  /** The `users` namespace's t, passed down so fifty rows do not subscribe to i18n each. */
  t: TFunction<'users'>;
  onToggle: (user: UserSummary) => void;
  onDelete: (user: UserSummary) => void;
}

/**
 * One user. The address is the link to the profile (keyboard, middle click, copy link); the table
 * opens it on a click anywhere else on the row too (`data-mail`, see useRowClick).
 * Plain elements styled once by the table (usersTableStyles), memoised: a page of fifty renders
 * without a style computation per cell, and ticking one checkbox re-renders one row.
 */
export const UserRow = memo(function UserRow({
  tenantId,
  user,
  href,
  selected,
  labels,
  t,
  onToggle,
  onDelete,
}: UserRowProps) {
  const name = userName(user);
  return (
    <tr className={selected ? 'row-selected' : undefined} data-mail={user.mail}>
      <td className="cell-tight">
        <input
          type="checkbox"
          checked={selected}
          onChange={() => onToggle(user)}
          aria-label={t('table.select', { name, mail: user.mail })}
        />
      </td>
      <td className="cell-tight">
        {user.hasAvatar ? (
          <UserListAvatar tenantId={tenantId} user={user} />
        ) : (
          <RowAvatar user={user} />
        )}
      </td>
      <td>{user.cn}</td>
      <td>{user.sn}</td>
      <td>
        <a className="row-link" href={href}>
          {user.mail}
        </a>
      </td>
      <td>
        <span className={`row-label${user.employeeNumber === 1 ? ' row-admin' : ''}`}>
          {user.employeeNumber === 1 ? <RowIcon name="admin" /> : null}
          {labels.role[user.employeeNumber]}
        </span>
      </td>
      <td>
        <span
          className="row-status"
          title={user.inetUserStatus === 2 ? labels.receiveOnlyHint : undefined}
        >
          <RowIcon name={STATUS_ICONS[user.inetUserStatus]} />
          {labels.status[user.inetUserStatus]}
        </span>
      </td>
      <td className="cell-actions">
        <button
          type="button"
          className="row-button"
          aria-label={t('table.delete', { name, mail: user.mail })}
          onClick={() => onDelete(user)}
        >
          <RowIcon name="delete" />
        </button>
      </td>
    </tr>
  );
});
