/** Team discussion: the framework's questions for the whole team, each with its notes. */
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DiscussionNoteField } from './DiscussionNoteField.tsx';
import type { WorkspaceApi } from './useWorkspace.ts';

export function DiscussionView({ ws }: { ws: WorkspaceApi }) {
  const { t } = useTranslation();
  const { workspace } = ws;
  if (!workspace) return null;
  const questions = workspace.framework.discussionQuestions;
  if (questions.length === 0) {
    return (
      <Alert color="gray" variant="light" maw={720}>
        {t('discussion.none')}
      </Alert>
    );
  }
  const notes = new Map(workspace.discussion.map((d) => [d.questionId, d.notes]));
  return (
    <Stack gap="md" maw={980}>
      <Text size="sm">{t('discussion.intro')}</Text>
      {questions.map((q, i) => (
        <DiscussionNoteField
          key={q.id}
          number={i + 1}
          questionId={q.id}
          text={q.text}
          saved={notes.get(q.id) ?? ''}
          setDiscussion={ws.setDiscussion}
        />
      ))}
    </Stack>
  );
}
