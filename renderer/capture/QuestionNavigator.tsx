/** Sections and dimensions, each with "answered / total" for the current respondent; a click goes to its first question. */
import { NavLink, Paper, ScrollArea, Text, VisuallyHidden } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../electron/contract/framework-schema.ts';
import { Localized, pickText } from '../frameworks/Localized.tsx';

interface Props {
  framework: Framework;
  currentDimensionId: string | null;
  /** Question ids answered (level or N/A) by the current respondent. */
  answered: ReadonlySet<string>;
  /** Question ids whose change is still waiting in the outbox. */
  waiting?: ReadonlySet<string>;
  onDimension: (dimensionId: string) => void;
}

export const QuestionNavigator = memo(function QuestionNavigator({ framework, currentDimensionId, answered, waiting, onDimension }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xs" component="nav" aria-label={t('capture.interview.navigator')} data-testid="interview-navigator">
      <ScrollArea.Autosize mah="calc(100vh - 130px)" type="auto">
        {framework.sections.map((section) => (
          <div key={section.id}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt="sm" pb={4}>
              <Localized text={section.title} />
            </Text>
            {section.dimensions.map((d) => {
              const done = d.questions.filter((q) => answered.has(q.id)).length;
              const total = d.questions.length;
              const unsent = waiting ? d.questions.filter((q) => waiting.has(q.id)).length : 0;
              const active = d.id === currentDimensionId;
              return (
                <NavLink
                  key={d.id}
                  component="button"
                  type="button"
                  label={pickText(d.title, i18n.language).value}
                  active={active}
                  aria-current={active ? 'step' : undefined}
                  onClick={() => onDimension(d.id)}
                  rightSection={
                    <Text
                      size="xs"
                      fw={600}
                      c={active ? undefined : done === total ? 'teal.9' : 'dimmed'}
                      style={{ whiteSpace: 'nowrap', color: active ? 'inherit' : undefined }}
                      aria-hidden
                    >
                      {unsent > 0 && (
                        <span title={t('outbox.pendingMark')} data-testid="dimension-waiting">
                          {'● '}
                        </span>
                      )}
                      {done === total ? '✓ ' : ''}
                      {done} / {total}
                    </Text>
                  }
                  description={
                    <VisuallyHidden>
                      {t('capture.interview.progress', { answered: done, total })}
                      {unsent > 0 ? ` · ${t('outbox.waiting', { count: unsent })}` : ''}
                    </VisuallyHidden>
                  }
                  data-testid="interview-dimension"
                  data-dimension={d.id}
                  data-progress={`${done}/${total}`}
                />
              );
            })}
          </div>
        ))}
      </ScrollArea.Autosize>
    </Paper>
  );
});
