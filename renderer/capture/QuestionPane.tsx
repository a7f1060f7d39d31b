/**
 * One question for the current respondent: the question, how to ask it, the five level
 * cards, N/A, the note and the evidence.
 */
import { Alert, Badge, Box, Button, Group, Kbd, Paper, SimpleGrid, Stack, Switch, Text, Title, UnstyledButton } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence, Respondent } from '../../electron/contract/capture-types.ts';
import type { Framework } from '../../electron/contract/framework-schema.ts';
import { errorText } from '../common/error-text.ts';
import { Localized } from '../frameworks/Localized.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { answerKey, type QuestionEntry, type ShownAnswer } from './interview-model.ts';
import { LevelCards } from './LevelCards.tsx';
import { NoteField } from './NoteField.tsx';
import classes from './QuestionPane.module.css';

interface Props {
  assessmentId: string;
  framework: Framework;
  entry: QuestionEntry;
  isFirst: boolean;
  isLast: boolean;
  respondent: Respondent;
  selfMode: boolean;
  answer: ShownAnswer;
  /** Question ids answered by the current respondent, for the dimension's question strip. */
  answered: ReadonlySet<string>;
  /** This question's change is waiting in the outbox (not saved yet). */
  waiting?: boolean;
  evidence: Evidence[];
  failure: { error: unknown; questionId: string; respondentId: string } | null;
  noteRef: Ref<HTMLTextAreaElement>;
  onLevel: (level: number) => void;
  onClear: () => void;
  onNa: () => void;
  onNext: () => void;
  onPrevious: () => void;
  onQuestion: (questionId: string) => void;
  onNote: (note: string) => Promise<unknown>;
  autoAdvance: boolean;
  onAutoAdvance: (on: boolean) => void;
  /** The pane and the end of its answer controls: kept in view when moving between questions. */
  paneRef: Ref<HTMLDivElement>;
  answerEndRef: Ref<HTMLDivElement>;
  onRetry: () => void;
  onDismissFailure: () => void;
  writeAndReload: <T>(run: () => Promise<T>) => Promise<T>;
}

export function QuestionPane(props: Props) {
  const { t } = useTranslation();
  const { entry, answer, respondent, selfMode, framework } = props;
  const { question, dimension } = entry;
  const labelId = `levels-label-${question.id}`;
  const answeredNow = answer.level !== null || answer.na;
  const failed = props.failure && props.failure.questionId === question.id && props.failure.respondentId === respondent.id;

  return (
    <Stack gap="md">
      <Paper ref={props.paneRef} withBorder radius="md" px="lg" py="md" data-testid="question-pane" data-question={question.id}>
        <Stack gap="sm">
          <Group justify="space-between" align="center" gap="xs" wrap="wrap">
            <Group gap="xs" align="center" wrap="nowrap" style={{ minWidth: 0 }}>
              <Badge variant="outline" color="dark" size="lg" tt="none" style={{ flexShrink: 0 }} data-testid="question-id">
                {question.id}
              </Badge>
              {props.waiting && (
                <Badge color="orange" variant="light" tt="none" style={{ flexShrink: 0 }} data-testid="question-waiting">
                  {t('outbox.pendingMark')}
                </Badge>
              )}
              <Text size="sm" c="dimmed" fw={600} truncate="end">
                <Localized text={dimension.title} />
                {' · '}
                {t('capture.interview.position', { n: entry.indexInDimension + 1, total: dimension.questions.length })}
              </Text>
            </Group>
            <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }} ms="auto">
              <Group gap={4} role="group" aria-label={t('capture.interview.questionsOfDimension')} wrap="nowrap" mr="xs">
                {dimension.questions.map((q, i) => {
                  const isCurrent = q.id === question.id;
                  const done = props.answered.has(q.id);
                  return (
                    <UnstyledButton
                      key={q.id}
                      onClick={() => props.onQuestion(q.id)}
                      aria-current={isCurrent ? 'step' : undefined}
                      aria-label={t(done ? 'capture.interview.goToAnswered' : 'capture.interview.goTo', { n: i + 1, id: q.id })}
                      data-testid="question-dot"
                      data-answered={done || undefined}
                      className={classes.dot}
                    >
                      {i + 1}
                    </UnstyledButton>
                  );
                })}
              </Group>
              <Button
                variant="default"
                size="compact-md"
                onClick={props.onPrevious}
                disabled={props.isFirst}
                data-testid="previous-question"
                rightSection={
                  <Kbd size="xs" visibleFrom="lg">
                    K
                  </Kbd>
                }
              >
                ← {t('capture.interview.previous')}
              </Button>
              <Button
                variant="default"
                size="compact-md"
                onClick={props.onNext}
                disabled={props.isLast}
                data-testid="next-question"
                rightSection={
                  <Kbd size="xs" visibleFrom="lg">
                    J
                  </Kbd>
                }
              >
                {t('capture.interview.next')} →
              </Button>
            </Group>
          </Group>

          <Title
            order={3}
            fz={{ base: '1.15rem', xl: '1.4rem' }}
            fw={650}
            lh={1.4}
            data-testid="question-text"
            style={{ overflowWrap: 'anywhere' }}
          >
            <Localized text={question.text} />
          </Title>

          <Box bg="var(--mantine-color-gray-0)" px="md" py={8} style={{ borderRadius: 8 }} data-testid="question-help">
            <Text size="sm" lh={1.5}>
              <Text span size="xs" fw={700} tt="uppercase" c="dimmed" mr={8}>
                {selfMode ? t('capture.interview.consider') : t('frameworks.help')}
              </Text>
              <Localized text={question.help} />
            </Text>
          </Box>

          <Stack gap={6}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text fw={700} id={labelId}>
                {selfMode
                  ? t('capture.interview.levelLabelSelf')
                  : t('capture.interview.levelLabel', {
                      name: respondent.role ? `${respondent.name} (${respondent.role})` : respondent.name,
                    })}
              </Text>
              <Switch
                size="sm"
                checked={props.autoAdvance}
                onChange={(e) => props.onAutoAdvance(e.currentTarget.checked)}
                label={t('capture.interview.autoAdvance')}
                data-testid="auto-advance"
              />
            </Group>
            <LevelCards
              levelNames={framework.levels}
              descriptors={question.levels}
              chosen={answer.level}
              labelId={labelId}
              onPick={props.onLevel}
            />
            <Group gap="sm" align="center" wrap="wrap">
              <Button
                variant={answer.na ? 'filled' : 'default'}
                color={answer.na ? 'dark' : undefined}
                aria-pressed={answer.na}
                aria-keyshortcuts="N"
                onClick={props.onNa}
                data-testid="na-button"
              >
                {answer.na ? `✓ ${t('capture.interview.na.button')}` : t('capture.interview.na.button')}
                <Kbd size="xs" ml={8}>
                  N
                </Kbd>
              </Button>
              {answeredNow && (
                <Button variant="subtle" color="gray" onClick={props.onClear} aria-keyshortcuts="0" data-testid="clear-answer">
                  {t('capture.interview.clear')}
                  <Kbd size="xs" ml={8}>
                    0
                  </Kbd>
                </Button>
              )}
              {answer.na && (
                <Text size="sm" style={{ flex: 1, minWidth: 200, overflowWrap: 'anywhere' }} data-testid="na-reason-shown">
                  <Text span fw={600}>
                    {t('capture.interview.na.reasonShown')}
                  </Text>{' '}
                  {answer.naReason}
                </Text>
              )}
            </Group>
            <div ref={props.answerEndRef} />
            {failed && props.failure && (
              <Alert color="red" title={t('capture.interview.notSaved')} role="alert" data-testid="answer-error">
                <Group justify="space-between" gap="sm">
                  <Text size="sm" style={{ flex: 1 }}>
                    {errorText(t, props.failure.error)}
                  </Text>
                  <Group gap="xs">
                    <Button size="xs" onClick={props.onRetry}>
                      {t('capture.interview.retry')}
                    </Button>
                    <Button size="xs" variant="default" onClick={props.onDismissFailure}>
                      {t('common.close')}
                    </Button>
                  </Group>
                </Group>
              </Alert>
            )}
          </Stack>
        </Stack>
      </Paper>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" style={{ contentVisibility: 'auto', containIntrinsicSize: 'auto 320px' }}>
        <Paper withBorder radius="md" p="md">
          <NoteField
            key={answerKey(question.id, respondent.id)}
            assessmentId={props.assessmentId}
            draftKey={answerKey(question.id, respondent.id)}
            savedNote={answer.note}
            label={selfMode ? t('capture.interview.note.labelSelf') : t('capture.interview.note.label', { name: respondent.name })}
            inputRef={props.noteRef}
            onSave={props.onNote}
          />
        </Paper>
        <EvidencePanel
          key={question.id}
          assessmentId={props.assessmentId}
          questionId={question.id}
          evidence={props.evidence}
          suggestions={question.evidence}
          writeAndReload={props.writeAndReload}
        />
      </SimpleGrid>
    </Stack>
  );
}
