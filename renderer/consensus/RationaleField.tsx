/** Why the team agreed on this level: saved while typing (after a pause) and when the field is left. */
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX } from '../../electron/contract/capture-types.ts';
import { useAutosaveText } from '../capture/useAutosaveText.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';

interface Props {
  questionId: string;
  saved: string;
  setConsensus: WorkspaceApi['setConsensus'];
}

export function RationaleField({ questionId, saved, setConsensus }: Props) {
  const { t } = useTranslation();
  const field = useAutosaveText({
    saved,
    save: (rationale) => setConsensus({ questionId, rationale }),
    max: NOTE_MAX,
    field: 'rationale',
    tooLongMessage: (max, length) => t('consensus.detail.rationaleTooLong', { max, length }),
  });
  return (
    <Textarea
      label={t('consensus.detail.rationale')}
      description={t('consensus.detail.rationaleHint')}
      value={field.value}
      onChange={(e) => field.onChange(e.currentTarget.value)}
      onBlur={field.onBlur}
      error={field.error}
      autosize
      minRows={3}
      maxRows={12}
      data-testid="rationale"
    />
  );
}
