import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MailingList } from '../api/maillistQueries';
import type { MailingListValues } from '../schemas';
import { ListNotFound } from './ListNotFound';
import { MailingListEditor } from './MailingListEditor';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';

interface SelectedListPaneProps {
  tenantId: string;
  /** The list the URL names, if any. */
  mail?: string;
  list?: MailingList;
  creating: boolean;
  domains: UseQueryResult<string[]>;
  onSubmit: (values: MailingListValues) => Promise<void>;
  onSaved: (mail: string) => void;
  onDiscard: () => void;
}

/** The right pane: the form of the selected or new list, or why there is none. */
export function SelectedListPane({
  tenantId,
  mail,
  list,
  creating,
  domains,
  ...form
}: SelectedListPaneProps) {
  const { t } = useTranslation('maillists');
  if (mail && !list) return <ListNotFound tenantId={tenantId} mail={mail} />;
  if (!list && !creating) return <EmptyState title={t('noSelection')} />;
  if (domains.isPending) return <LoadingState />;
  if (domains.isError)
    return <ErrorState error={domains.error} onRetry={() => void domains.refetch()} />;
  return (
    <MailingListEditor
      // A fresh form per list: switching lists never carries edits across.
      key={list?.mail ?? 'new'}
      tenantId={tenantId}
      list={list}
      domains={domains.data}
      {...form}
    />
  );
}
