/** One team discussion question and its notes: saved while typing (after a pause) and when left. */
import { Badge, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX } from '../../electron/contract/capture-types.ts';
import type { PartialLocalizedText } from '../../electron/contract/framework-schema.ts';
import { Localized } from '../frameworks/Localized.tsx';
import { useAutosaveText } from './useAutosaveText.ts';
import type { WorkspaceApi } from './useWorkspace.ts';

interface Props {
  number: number;
  questionId: string;
  text: PartialLocalizedText;
  saved: string;
  setDiscussion: WorkspaceApi['setDiscussion'];
}

export function DiscussionNoteField({ number, questionId, text, saved, setDiscussion }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  const field = useAutosaveText({
    saved,
    save: (notes) => setDiscussion(questionId, notes),
    max: NOTE_MAX,
    field: 'notes',
    tooLongMessage: (max, length) => t('discussion.tooLong', { max, length }),
  });
  return (
    <Paper withBorder radius="md" p="md" data-testid="discussion-question" data-question-id={questionId}>
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Badge variant="light" size="lg" circle style={{ flexShrink: 0 }} aria-hidden>
            {number}
          </Badge>
          <Text fw={600} id={labelId} style={{ lineHeight: 1.45, overflowWrap: 'anywhere' }}>
            <Localized text={text} />
          </Text>
        </Group>
        <Textarea
          aria-labelledby={labelId}
          placeholder={t('discussion.placeholder')}
          description={t('discussion.hint')}
          value={field.value}
          onChange={(e) => field.onChange(e.currentTarget.value)}
          onBlur={field.onBlur}
          error={field.error}
          autosize
          minRows={3}
          maxRows={16}
          data-testid="discussion-notes"
        />
      </Stack>
    </Paper>
  );
}
