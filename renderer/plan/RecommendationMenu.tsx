/**
 * "Add recommended action" for one gap: the framework's recommendations for the
 * dimension at its current level band, each added to the plan in one click; or an action
 * written by hand for the dimension.
 */
import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../electron/contract/framework-schema.ts';
import { pickText } from '../frameworks/Localized.tsx';
import type { LevelBand } from './plan-model.ts';

interface Props {
  dimension: string;
  band: LevelBand;
  recommendations: Recommendation[];
  onAdd: (recommendationId: string) => void;
  onWrite: () => void;
}

export function RecommendationMenu({ dimension, band, recommendations, onAdd, onWrite }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Menu position="bottom-end" width={440} shadow="md" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="light"
          aria-label={t('plan.gaps.addFor', { dimension })}
          data-testid="add-recommended"
          style={{ flexShrink: 0 }}
        >
          {t('plan.gaps.add')} ▾
        </Button>
      </Menu.Target>
      <Menu.Dropdown data-testid="recommendations">
        <Menu.Label>{t('plan.gaps.recommendedFor', { band })}</Menu.Label>
        {recommendations.map((r) => (
          <Menu.Item key={r.id} onClick={() => onAdd(r.id)} data-testid="recommendation" data-recommendation-id={r.id}>
            <Text size="sm" fw={600} style={{ whiteSpace: 'normal' }}>
              {pickText(r.title, i18n.language).value}
            </Text>
            <Text size="xs" c="dimmed">
              {t('plan.gaps.recommendationMeta', {
                horizon: t(`horizon.${r.horizon}`),
                impact: t(`plan.scale.${r.impact}`),
                effort: t(`plan.scale.${r.effort}`),
              })}
            </Text>
          </Menu.Item>
        ))}
        {recommendations.length === 0 && (
          <Text size="xs" c="dimmed" px="sm" py={4}>
            {t('plan.gaps.noRecommendation')}
          </Text>
        )}
        <Menu.Divider />
        <Menu.Item onClick={onWrite} data-testid="write-own">
          {t('plan.gaps.writeOwn')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
