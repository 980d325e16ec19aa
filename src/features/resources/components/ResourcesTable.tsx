import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@mui/utils';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../api/resourceQueries';
import { initialsOf, type SortDirection } from '../resourceList';

// On a phone the avatar and Email columns give way: the mailbox moves under the name.
const narrowHidden = { xs: 'none', sm: 'table-cell' };
const narrowOnly = { xs: 'block', sm: 'none' };

interface ResourcesTableProps {
  label: string;
  resources: readonly Resource[];
  sort: SortDirection;
  onSortChange: (sort: SortDirection) => void;
  onEdit: (resource: Resource) => void;
  onDelete: (resource: Resource) => void;
}

/** Figure 11's table: avatar, «Ресурс» (with the city), «Email», Edit and Delete. */
export function ResourcesTable({
  label,
  resources,
  sort,
  onSortChange,
  onEdit,
  onDelete,
}: ResourcesTableProps) {
  const { t } = useTranslation('resources');
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '1%', display: narrowHidden }}>
            <Box component="span" sx={visuallyHidden}>
              {t('list.avatar')}
            </Box>
          </TableCell>
          <TableCell sortDirection={sort}>
            <TableSortLabel
              active
              direction={sort}
              onClick={() => onSortChange(sort === 'asc' ? 'desc' : 'asc')}
            >
              {t('list.name')}
            </TableSortLabel>
          </TableCell>
          <TableCell sx={{ display: narrowHidden }}>{t('list.email')}</TableCell>
          <TableCell align="right">
            <Box component="span" sx={visuallyHidden}>
              {t('list.actions')}
            </Box>
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {resources.map((resource) => (
          <TableRow key={resource.mail} hover>
            <TableCell sx={{ display: narrowHidden }}>
              <Avatar
                aria-hidden
                sx={{
                  bgcolor: 'primary.main',
                  color: 'primary.contrastText',
                  fontSize: 'body2.fontSize',
                }}
              >
                {initialsOf(resource.displayName)}
              </Avatar>
            </TableCell>
            <TableCell sx={{ overflowWrap: 'break-word' }}>
              <Typography variant="body2">{resource.displayName}</Typography>
              <Typography variant="body2" sx={{ color: 'text.secondary', display: narrowOnly }}>
                {resource.mail}
              </Typography>
              {resource.l ? (
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {resource.l}
                </Typography>
              ) : null}
            </TableCell>
            <TableCell sx={{ overflowWrap: 'break-word', display: narrowHidden }}>
              {resource.mail}
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              <IconButton
                aria-label={t('list.edit', { name: resource.displayName })}
                onClick={() => onEdit(resource)}
              >
                <EditOutlined />
              </IconButton>
              <IconButton
                aria-label={t('list.delete', { name: resource.displayName })}
                onClick={() => onDelete(resource)}
              >
                <DeleteOutlined />
              </IconButton>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
