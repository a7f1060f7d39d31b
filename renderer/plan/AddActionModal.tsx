/** "Add action": the dialog around the form for an action written by hand. */
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../electron/contract/capture-types.ts';
import type { Framework } from '../../electron/contract/framework-schema.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { AddActionForm } from './AddActionForm.tsx';

interface Props {
  /** Open with these dimensions chosen; null when closed. */
  dimensionIds: string[] | null;
  framework: Framework;
  createAction: WorkspaceApi['createAction'];
  onCreated: (action: Action) => void;
  onClose: () => void;
}

export function AddActionModal({ dimensionIds, framework, createAction, onCreated, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={dimensionIds !== null}
      onClose={onClose}
      title={t('plan.add.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {dimensionIds && (
        <AddActionForm initial={dimensionIds} framework={framework} createAction={createAction} onCreated={onCreated} onCancel={onClose} />
      )}
    </Modal>
  );
}
