import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useCreateResourceGroup } from '../api/resourceMutations';
import type { ResourceGroup } from '../api/resourceQueries';
import { toGroupRequestBody } from '../schemas';
import { NewGroupForm } from './NewGroupForm';

interface NewGroupPaneProps {
  tenantId: string;
  groups: readonly ResourceGroup[];
  notify: (message: string) => void;
  onClose: () => void;
}

/** Creates a group and then opens it, so the admin can add its resources straight away. */
export function NewGroupPane({ tenantId, groups, notify, onClose }: NewGroupPaneProps) {
  const { t } = useTranslation('resources');
  const navigate = useNavigate();
  const createGroup = useCreateResourceGroup(tenantId);
  const existingNames = useMemo(() => groups.map((group) => group.groupname), [groups]);
  return (
    <NewGroupForm
      existingNames={existingNames}
      onSubmit={(values) => createGroup.mutateAsync(toGroupRequestBody(values))}
      onSaved={(values) => {
        const { groupname } = toGroupRequestBody(values);
        notify(t('done.groupCreated', { group: groupname }));
        // In place of the form's history entry: Back should not reopen a form already saved.
        void navigate(paths.resourceGroup(tenantId, groupname), { replace: true });
      }}
      onClose={onClose}
    />
  );
}
