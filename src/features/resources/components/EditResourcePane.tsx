import { useUpdateResource } from '../api/resourceMutations';
import type { Resource } from '../api/resourceQueries';
import { toUpdateResourceBody, type ResourceEditValues } from '../schemas';
import { EditResourceForm } from './EditResourceForm';

interface EditResourcePaneProps {
  tenantId: string;
  resource: Resource;
  onSaved: (values: ResourceEditValues) => void;
  onClose: () => void;
}

/** Saves the edit form with PUT /resources (guide 3.12.3), the resource named by its mailbox. */
export function EditResourcePane({ tenantId, resource, onSaved, onClose }: EditResourcePaneProps) {
  const updateResource = useUpdateResource(tenantId, resource.groupname);
  return (
    <EditResourceForm
      resource={resource}
      onSubmit={(values) => updateResource.mutateAsync(toUpdateResourceBody(values, resource.mail))}
      onSaved={onSaved}
      onClose={onClose}
    />
  );
}
