import Search from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import List from '@mui/material/List';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberKind } from '../api/useMemberKinds';
import { MemberPager } from './MemberPager';
import { MemberRow } from './MemberRow';
import { TextInput } from '@/components/TextInput';

/** Rows per page: a 500-member list stays as quick as a small one, and lookups stay few. */
export const MEMBERS_PER_PAGE = 25;

interface MemberListProps {
  tenantId: string;
  members: readonly string[];
  kindOf: (mail: string) => MemberKind;
  onRemove: (mail: string) => void;
  disabled?: boolean;
}

/**
 * The members as a filterable, paged list with a remove button each — 500 chips in one input
 * would be slow to render and to use. Only the rows on screen are looked up.
 */
export function MemberList({ tenantId, members, kindOf, onRemove, disabled }: MemberListProps) {
  const { t } = useTranslation('maillists');
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [filter, setFilter] = useState('');
  const [requestedPage, setPage] = useState(1);
  const needle = filter.trim().toLowerCase();
  const shown = needle ? members.filter((member) => member.includes(needle)) : members;
  const pageCount = Math.max(1, Math.ceil(shown.length / MEMBERS_PER_PAGE));
  const page = Math.min(requestedPage, pageCount);
  const rows = shown.slice((page - 1) * MEMBERS_PER_PAGE, page * MEMBERS_PER_PAGE);

  const remove = (mail: string) => {
    const position = rows.indexOf(mail);
    onRemove(mail);
    // Focus goes to the next row's button (or the previous one), not back to the page start.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLElement>('[data-member-remove]');
      buttons?.[Math.min(position, buttons.length - 1)]?.focus();
    });
  };

  return (
    <Stack sx={{ gap: 1 }}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        sx={{ gap: 1, justifyContent: 'space-between', alignItems: { sm: 'center' } }}
      >
        <Typography id={headingId} variant="h3" component="h3">
          {t('members.heading', { count: members.length })}
        </Typography>
        {members.length > MEMBERS_PER_PAGE ? (
          <TextInput
            label={t('members.filter')}
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value);
              setPage(1);
            }}
            type="search"
            sx={{ maxWidth: { sm: '50%' } }}
            slotProps={{
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <Search fontSize="small" />
                  </InputAdornment>
                ),
              },
            }}
          />
        ) : null}
      </Stack>
      {members.length === 0 ? (
        <Typography sx={{ color: 'text.secondary' }}>{t('members.empty')}</Typography>
      ) : shown.length === 0 ? (
        <Typography role="status" sx={{ color: 'text.secondary' }}>
          {t('members.noMatch', { filter: filter.trim() })}
        </Typography>
      ) : (
        <List ref={listRef} dense aria-labelledby={headingId} disablePadding>
          {rows.map((mail) => (
            <MemberRow
              key={mail}
              tenantId={tenantId}
              mail={mail}
              kind={kindOf(mail)}
              disabled={disabled}
              onRemove={remove}
            />
          ))}
        </List>
      )}
      {pageCount > 1 ? (
        <MemberPager
          page={page}
          pageCount={pageCount}
          pageSize={MEMBERS_PER_PAGE}
          total={shown.length}
          onPage={setPage}
        />
      ) : null}
    </Stack>
  );
}
