import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Search from '@mui/icons-material/Search';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MailingList } from '../api/maillistQueries';
import { TextInput } from '@/components/TextInput';
import { paths } from '@/config/paths';

interface MailingListsPaneProps {
  tenantId: string;
  lists: readonly MailingList[];
  selected?: MailingList;
  onCreate: () => void;
  onDelete: (list: MailingList) => void;
}

/**
 * The left pane of figure 12: «Новый список рассылок», the lists (name and address) with a
 * filter, and the delete button of the selected list.
 */
export function MailingListsPane({
  tenantId,
  lists,
  selected,
  onCreate,
  onDelete,
}: MailingListsPaneProps) {
  const { t } = useTranslation('maillists');
  const headingId = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? lists.filter(
        (list) => list.displayName.toLowerCase().includes(needle) || list.mail.includes(needle),
      )
    : lists;

  return (
    <Stack sx={{ gap: 2 }}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
        <Button variant="contained" startIcon={<Add />} onClick={onCreate} sx={{ flexGrow: 1 }}>
          {t('create')}
        </Button>
        <IconButton
          disabled={!selected}
          aria-label={
            selected ? t('delete.button', { name: selected.displayName }) : t('delete.noSelection')
          }
          title={t('delete.short')}
          onClick={() => selected && onDelete(selected)}
        >
          <DeleteOutlined />
        </IconButton>
      </Stack>
      <TextInput
        label={t('filter')}
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
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
      <Typography id={headingId} variant="h2" component="h2" sx={{ typography: 'subtitle1' }}>
        {t('listsHeading', { count: lists.length })}
      </Typography>
      {lists.length === 0 ? (
        <Typography sx={{ color: 'text.secondary' }}>{t('empty')}</Typography>
      ) : shown.length === 0 ? (
        <Typography role="status" sx={{ color: 'text.secondary' }}>
          {t('noMatch', { filter: filter.trim() })}
        </Typography>
      ) : (
        <List aria-labelledby={headingId} disablePadding>
          {shown.map((list) => {
            const current = list.mail === selected?.mail;
            return (
              <ListItem key={list.mail} disablePadding>
                <ListItemButton
                  component={RouterLink}
                  to={paths.mailingList(tenantId, list.mail)}
                  selected={current}
                  aria-current={current ? 'page' : undefined}
                >
                  <ListItemText
                    primary={list.displayName}
                    secondary={list.mail}
                    slotProps={{
                      primary: { sx: { overflowWrap: 'anywhere' } },
                      secondary: { sx: { overflowWrap: 'anywhere' } },
                    }}
                  />
                </ListItemButton>
              </ListItem>
            );
          })}
        </List>
      )}
    </Stack>
  );
}
