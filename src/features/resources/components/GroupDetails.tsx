import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useDeleteResource, useDeleteResourceGroup } from '../api/resourceMutations';
import { groupResourcesQuery, type Resource, type ResourceGroup } from '../api/resourceQueries';
import { DeleteGroupDialog } from './DeleteGroupDialog';
import { DeleteResourceDialog } from './DeleteResourceDialog';
import { GroupHeader } from './GroupHeader';
import { ResourcesSection } from './ResourcesSection';

interface GroupDetailsProps {
  tenantId: string;
  group: ResourceGroup;
  onNewResource: () => void;
  onEdit: (resource: Resource) => void;
  notify: (message: string) => void;
}

/** The right pane of figure 11 for the selected group, with its two deletions. */
export function GroupDetails({
  tenantId,
  group,
  onNewResource,
  onEdit,
  notify,
}: GroupDetailsProps) {
  const { t } = useTranslation('resources');
  const navigate = useNavigate();
  const resources = useQuery(groupResourcesQuery(tenantId, group.groupname));
  const deleteGroup = useDeleteResourceGroup(tenantId);
  const deleteResource = useDeleteResource(tenantId);
  const [groupDeletion, setGroupDeletion] = useState(false);
  const [resourceDeletion, setResourceDeletion] = useState<{ open: boolean; resource?: Resource }>({
    open: false,
  });
  // The loaded list is fresher than the count in the group list.
  const count = resources.data?.length ?? group.resources;

  const confirmGroupDeletion = () =>
    deleteGroup.mutate(group.groupname, {
      onSuccess: () => {
        notify(t('done.groupDeleted', { group: group.groupname }));
        void navigate(paths.resourceGroups(tenantId), { replace: true });
      },
    });

  const confirmResourceDeletion = (resource: Resource) =>
    deleteResource.mutate(resource.mail, {
      onSuccess: () => {
        setResourceDeletion({ open: false, resource });
        notify(t('done.resourceDeleted', { name: resource.displayName }));
      },
    });

  return (
    <Stack sx={{ gap: 3 }}>
      <GroupHeader
        group={group}
        count={count}
        onNewResource={onNewResource}
        onDelete={() => {
          deleteGroup.reset();
          setGroupDeletion(true);
        }}
      />
      <ResourcesSection
        groupname={group.groupname}
        resources={resources}
        onEdit={onEdit}
        onDelete={(resource) => {
          deleteResource.reset();
          setResourceDeletion({ open: true, resource });
        }}
      />
      <DeleteGroupDialog
        open={groupDeletion}
        groupname={group.groupname}
        resourceCount={count}
        pending={deleteGroup.isPending}
        error={deleteGroup.error}
        onConfirm={confirmGroupDeletion}
        onClose={() => setGroupDeletion(false)}
      />
      <DeleteResourceDialog
        open={resourceDeletion.open}
        resource={resourceDeletion.resource}
        pending={deleteResource.isPending}
        error={deleteResource.error}
        onConfirm={confirmResourceDeletion}
        onClose={() => setResourceDeletion((current) => ({ ...current, open: false }))}
      />
    </Stack>
  );
}
