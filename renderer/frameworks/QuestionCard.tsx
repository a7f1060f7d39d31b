/** One question as the interviewer sees it: the question, how to ask it, the five levels, evidence, sources. */
import { Badge, Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Framework, Question } from '../../electron/contract/framework-schema.ts';
import { Localized } from './Localized.tsx';

export const LEVEL_COLORS = ['#c92a2a', '#e67700', '#5c940d', '#1971c2', '#5f3dc4'] as const;

export function QuestionCard({ question, framework }: { question: Question; framework: Framework }) {
  const { t } = useTranslation();
  const sources = question.sources.map((id) => framework.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  return (
    <Paper withBorder radius="md" p="lg" data-testid="question-card" id={`q-${question.id}`}>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="outline" color="gray" tt="none" style={{ flexShrink: 0 }}>
            {question.id}
          </Badge>
          <Title order={4} style={{ lineHeight: 1.4 }}>
            <Localized text={question.text} />
          </Title>
        </Group>
        <Box bg="var(--mantine-color-gray-0)" p="sm" style={{ borderRadius: 8 }}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            {t('frameworks.help')}
          </Text>
          <Text size="sm">
            <Localized text={question.help} />
          </Text>
        </Box>
        <Stack gap={6} role="list" aria-label={t('frameworks.levels')}>
          {question.levels.map((level, i) => (
            <Group key={framework.levels[i]?.en ?? i} gap="sm" wrap="nowrap" align="flex-start" role="listitem">
              <Box
                w={128}
                style={{ flexShrink: 0, borderLeft: `4px solid ${LEVEL_COLORS[i]}`, paddingLeft: 8 }}
                aria-label={t('frameworks.levelLabel', { level: i + 1 })}
              >
                <Text size="sm" fw={700}>
                  {i + 1} · {framework.levels[i] ? <Localized text={framework.levels[i]} /> : null}
                </Text>
              </Box>
              <Text size="sm" style={{ flex: 1 }}>
                <Localized text={level} />
              </Text>
            </Group>
          ))}
        </Stack>
        <div>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            {t('frameworks.evidence')}
          </Text>
          <List size="sm">
            {question.evidence.map((e) => (
              <List.Item key={e.en}>
                <Localized text={e} />
              </List.Item>
            ))}
          </List>
        </div>
        <Text size="xs" c="dimmed" data-testid="question-sources">
          {t('frameworks.sources')}: {sources.map((s) => `${s.title} (${s.publisher})`).join('; ') || question.sources.join(', ')}
          {question.weight !== 1 ? ` · ${t('frameworks.weight', { weight: question.weight })}` : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
