import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/LoadingState';
import type { Resource, ResourceGroup } from '../api/resourceQueries';
import { GroupDetails } from './GroupDetails';

// The forms (react-hook-form, zod, selects) are fetched when first opened: most visits only look.
const NewResourcePane = lazy(async () => ({
  default: (await import('./NewResourcePane')).NewResourcePane,
}));
const EditResourcePane = lazy(async () => ({
  default: (await import('./EditResourcePane')).EditResourcePane,
}));

type Mode = { kind: 'list' } | { kind: 'new' } | { kind: 'edit'; resource: Resource };

interface GroupPaneProps {
  tenantId: string;
  group: ResourceGroup;
  notify: (message: string) => void;
}

/**
 * The right pane for a selected group: its resources, or the new/edit resource form in their
 * place (figure 17). Mount it with `key` = the group, so another group starts on its list.
 */
export function GroupPane({ tenantId, group, notify }: GroupPaneProps) {
  const { t } = useTranslation('resources');
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const backToList = () => setMode({ kind: 'list' });

  if (mode.kind === 'new') {
    return (
      <Suspense fallback={<LoadingState />}>
        <NewResourcePane
          tenantId={tenantId}
          groupname={group.groupname}
          onCreated={(values) => {
            backToList();
            notify(t('done.resourceCreated', { name: values.displayName }));
          }}
          onClose={backToList}
        />
      </Suspense>
    );
  }
  if (mode.kind === 'edit') {
    const { resource } = mode;
    return (
      <Suspense fallback={<LoadingState />}>
        <EditResourcePane
          tenantId={tenantId}
          resource={resource}
          onSaved={(values) => {
            backToList();
            notify(t('done.resourceSaved', { name: values.displayName }));
          }}
          onClose={backToList}
        />
      </Suspense>
    );
  }
  return (
    <GroupDetails
      tenantId={tenantId}
      group={group}
      onNewResource={() => setMode({ kind: 'new' })}
      onEdit={(resource) => setMode({ kind: 'edit', resource })}
      notify={notify}
    />
  );
}
