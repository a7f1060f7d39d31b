/** Sets the agreed level of one question: 1–5, N/A or cleared, saved the moment it is chosen. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsensusEntry } from '../../electron/contract/capture-types.ts';
import type { Framework } from '../../electron/contract/framework-schema.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { errorText, fieldError } from '../common/error-text.ts';
import { pickText } from '../frameworks/Localized.tsx';

type Choice = { level: number | null; na: boolean };

interface Props {
  questionId: string;
  consensus: ConsensusEntry | undefined;
  framework: Framework;
  setConsensus: WorkspaceApi['setConsensus'];
}

export function AgreedLevelControl({ questionId, consensus, framework, setConsensus }: Props) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const [pending, setPending] = useState<Choice | null>(null);
  const [error, setError] = useState<string | undefined>();
  const shown: Choice = pending ?? { level: consensus?.level ?? null, na: consensus?.na ?? false };

  async function choose(choice: Choice) {
    setPending(choice);
    setError(undefined);
    try {
      await setConsensus(choice.na ? { questionId, na: true } : { questionId, level: choice.level, na: false });
    } catch (e) {
      setError(fieldError(t, e, 'level') ?? fieldError(t, e, 'na') ?? errorText(t, e));
    } finally {
      setPending(null);
    }
  }

  const agreed = shown.na || shown.level !== null;
  return (
    <Stack gap={6}>
      <Text fw={600} id={labelId}>
        {t('consensus.detail.agreedLevel')}
      </Text>
      <Group gap={6} role="group" aria-labelledby={labelId} data-testid="agreed-level-control">
        {[1, 2, 3, 4, 5].map((level) => {
          const levelName = framework.levels[level - 1];
          const name = levelName ? pickText(levelName, i18n.language).value : '';
          const on = !shown.na && shown.level === level;
          return (
            <Button
              key={level}
              size="compact-sm"
              variant={on ? 'filled' : 'default'}
              aria-pressed={on}
              onClick={() => void choose({ level, na: false })}
              data-testid={`agree-level-${level}`}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
              h="auto"
              py={4}
            >
              {name ? `${level} · ${name}` : level}
            </Button>
          );
        })}
        <Button
          size="compact-sm"
          variant={shown.na ? 'filled' : 'default'}
          aria-pressed={shown.na}
          onClick={() => void choose({ level: null, na: true })}
          data-testid="agree-na"
          h="auto"
          py={4}
        >
          {t('consensus.na')}
        </Button>
        <Button
          size="compact-sm"
          variant="subtle"
          disabled={!agreed}
          onClick={() => void choose({ level: null, na: false })}
          data-testid="agree-clear"
          h="auto"
          py={4}
        >
          {t('consensus.detail.clear')}
        </Button>
      </Group>
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
