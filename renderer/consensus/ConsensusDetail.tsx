/**
 * The selected question: what each respondent answered and noted, the five level
 * descriptors (with who chose each), the agreed level and the rationale.
 */
import { Badge, Box, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Respondent } from '../../electron/contract/capture-types.ts';
import type { Framework } from '../../electron/contract/framework-schema.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { Localized } from '../frameworks/Localized.tsx';
import { LEVEL_COLORS } from '../frameworks/QuestionCard.tsx';
import { AgreedLevelControl } from './AgreedLevelControl.tsx';
import type { ConsensusRow } from './consensus-rows.ts';
import { DisagreementFlag, SettledFlag } from './DisagreementFlag.tsx';
import { LevelValue } from './LevelValue.tsx';
import { RationaleField } from './RationaleField.tsx';

interface Props {
  row: ConsensusRow;
  respondents: Respondent[];
  framework: Framework;
  setConsensus: WorkspaceApi['setConsensus'];
}

export function ConsensusDetail({ row, respondents, framework, setConsensus }: Props) {
  const { t, i18n } = useTranslation();
  const { question, dimension, consensus } = row;
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const chosenBy = (level: number) =>
    respondents.filter((_, i) => row.answers[i]?.level === level && !row.answers[i]?.na).map((r) => r.name);

  return (
    <Stack gap="md" data-testid="consensus-detail" aria-labelledby={`consensus-q-${question.id}`} role="region">
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline" color="gray" tt="none">
            {question.id}
          </Badge>
          <Text size="sm" c="dimmed">
            <Localized text={dimension.title} />
          </Text>
        </Group>
        <Title order={3} size="h5" style={{ lineHeight: 1.4 }} id={`consensus-q-${question.id}`}>
          <Localized text={question.text} />
        </Title>
        <Group gap="xs">
          <Text size="sm">
            {row.spread === null ? t('consensus.detail.noSpread') : t('consensus.detail.spread', { spread: row.spread })}
          </Text>
          {row.disagreement &&
            row.spread !== null &&
            (row.settled ? <SettledFlag spread={row.spread} /> : <DisagreementFlag spread={row.spread} />)}
        </Group>
      </Stack>

      <AgreedLevelControl
        key={`level-${question.id}`}
        questionId={question.id}
        consensus={consensus}
        framework={framework}
        setConsensus={setConsensus}
      />
      <RationaleField
        key={`rationale-${question.id}`}
        questionId={question.id}
        saved={consensus?.rationale ?? ''}
        setConsensus={setConsensus}
      />

      <Divider />
      <Stack gap="xs">
        <Title order={4} size="h6">
          {t('consensus.detail.answers')}
        </Title>
        <Stack gap="xs" role="list">
          {respondents.map((r, i) => {
            const a = row.answers[i];
            return (
              <Group key={r.id} gap="sm" wrap="nowrap" align="flex-start" role="listitem" data-testid="respondent-answer">
                <Box w={44} style={{ flexShrink: 0, textAlign: 'center' }} pt={2}>
                  <LevelValue level={a?.level ?? null} na={a?.na ?? false} emptyLabel={t('consensus.notAnswered')} />
                </Box>
                <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {/* The number of the respondent's column in the table. */}
                    <Text span size="xs" c="dimmed" fw={600} data-testid="respondent-number">
                      {i + 1}.{' '}
                    </Text>
                    {r.name}
                    {r.role && (
                      <Text span size="xs" c="dimmed" fw={400}>
                        {' · '}
                        {r.role}
                      </Text>
                    )}
                  </Text>
                  {!a || (a.level === null && !a.na) ? (
                    <Text size="sm" c="dimmed">
                      {t('consensus.notAnswered')}
                    </Text>
                  ) : null}
                  {a?.na && a.naReason && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {t('consensus.detail.naReason', { reason: a.naReason })}
                    </Text>
                  )}
                  {a?.note && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {a.note}
                    </Text>
                  )}
                </Stack>
              </Group>
            );
          })}
        </Stack>
      </Stack>

      <Divider />
      <Stack gap="xs">
        <Title order={4} size="h6">
          {t('consensus.detail.levels')}
        </Title>
        <Stack gap={8} role="list">
          {question.levels.map((descriptor, i) => {
            const level = i + 1;
            const names = chosenBy(level);
            const agreedHere = consensus?.level === level;
            const levelName = framework.levels[i];
            return (
              <Box
                key={levelName?.en ?? level}
                role="listitem"
                p={6}
                style={{
                  borderInlineStart: `4px solid ${LEVEL_COLORS[i]}`,
                  background: agreedHere ? 'var(--mantine-color-indigo-0)' : undefined,
                  borderRadius: 4,
                }}
              >
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={700}>
                    {level} · {levelName ? <Localized text={levelName} /> : null}
                  </Text>
                  {agreedHere && (
                    <Badge size="sm" variant="filled" tt="none">
                      {t('consensus.detail.agreedHere')}
                    </Badge>
                  )}
                </Group>
                <Text size="sm">
                  <Localized text={descriptor} />
                </Text>
                {names.length > 0 && (
                  <Text size="xs" c="dimmed" mt={2}>
                    {t('consensus.detail.chosenBy', { names: list.format(names) })}
                  </Text>
                )}
              </Box>
            );
          })}
        </Stack>
      </Stack>
    </Stack>
  );
}
