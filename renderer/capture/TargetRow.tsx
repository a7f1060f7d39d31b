/** One dimension's target level (1–5) and importance (low / medium / high), saved the moment either is chosen. */
import { SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_IMPORTANCE, DEFAULT_TARGET, type DimensionSetting } from '../../electron/contract/capture-types.ts';
import type { Dimension, Framework } from '../../electron/contract/framework-schema.ts';
import { errorText, fieldError } from '../common/error-text.ts';
import { Localized, pickText } from '../frameworks/Localized.tsx';
import type { WorkspaceApi } from './useWorkspace.ts';

type Field = 'target' | 'importance';

interface Props {
  dimension: Dimension;
  framework: Framework;
  setting: DimensionSetting | undefined;
  setDimension: WorkspaceApi['setDimension'];
}

export function TargetRow({ dimension, framework, setting, setDimension }: Props) {
  const { t, i18n } = useTranslation();
  const name = pickText(dimension.title, i18n.language).value;
  const [pending, setPending] = useState<Partial<Record<Field, number>>>({});
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const target = pending.target ?? setting?.target ?? DEFAULT_TARGET;
  const importance = pending.importance ?? setting?.importance ?? DEFAULT_IMPORTANCE;
  const levelName = framework.levels[target - 1];

  async function change(field: Field, value: number) {
    // The choice stays on screen while it saves, and after an error, which is shown beside it.
    setPending((p) => ({ ...p, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    try {
      await setDimension({ dimensionId: dimension.id, [field]: value });
      setPending((p) => (p[field] === value ? { ...p, [field]: undefined } : p));
    } catch (e) {
      setErrors((all) => ({ ...all, [field]: fieldError(t, e, field) ?? errorText(t, e) }));
    }
  }

  return (
    <Table.Tr data-testid="target-row" data-dimension-id={dimension.id}>
      <Table.Td>
        <Text fw={600} size="sm">
          <Localized text={dimension.title} />
        </Text>
        <Text size="xs" c="dimmed" lineClamp={2}>
          <Localized text={dimension.description} />
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <SegmentedControl
            aria-label={t('targets.targetLabel', { dimension: name })}
            data={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
            value={String(target)}
            onChange={(v) => void change('target', Number(v))}
            size="sm"
            fullWidth
            color="indigo"
            data-testid="target-level"
          />
          <Text size="xs" c="dimmed" data-testid="target-level-name">
            {levelName ? <Localized text={levelName} /> : null}
          </Text>
          {errors.target && (
            <Text size="xs" c="red.9" role="alert">
              {errors.target}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <SegmentedControl
            aria-label={t('targets.importanceLabel', { dimension: name })}
            data={[1, 2, 3].map((n) => ({ value: String(n), label: t(`targets.importance.${n}`) }))}
            value={String(importance)}
            onChange={(v) => void change('importance', Number(v))}
            size="sm"
            fullWidth
            color="indigo"
            data-testid="importance"
          />
          {errors.importance && (
            <Text size="xs" c="red.9" role="alert">
              {errors.importance}
            </Text>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
