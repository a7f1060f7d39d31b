/** Browse a framework: sections and dimensions on the left, the chosen dimension's questions on the right. */
import {
  Alert,
  Anchor,
  Badge,
  Center,
  Grid,
  Group,
  List,
  Loader,
  NavLink,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../electron/contract/framework-schema.ts';
import { call } from '../api/client.ts';
import { errorText } from '../common/error-text.ts';
import { Localized, pickText } from './Localized.tsx';
import { QuestionCard } from './QuestionCard.tsx';

const EXTRA_PAGES = ['discussion', 'kpis', 'sources'] as const;
type Page = { kind: 'dimension'; id: string } | { kind: (typeof EXTRA_PAGES)[number] };

interface Props {
  id: string;
  version: string;
  onBack: () => void;
}

export function FrameworkBrowser({ id, version, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const [framework, setFramework] = useState<Framework | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [page, setPage] = useState<Page | null>(null);

  useEffect(() => {
    call('frameworks.get', { id, version }).then(
      (fw) => {
        setFramework(fw);
        const first = fw.sections[0]?.dimensions[0];
        setPage(first ? { kind: 'dimension', id: first.id } : { kind: 'sources' });
      },
      (e) => setError(e),
    );
  }, [id, version]);

  if (error) {
    return (
      <Alert color="red" title={t('errors.title')}>
        {errorText(t, error)}
      </Alert>
    );
  }
  if (!framework || !page) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const dimension = page.kind === 'dimension' ? framework.sections.flatMap((s) => s.dimensions).find((d) => d.id === page.id) : undefined;
  const recommendations = dimension ? framework.recommendations.filter((r) => r.dimensionId === dimension.id) : [];
  const isActive = (p: Page) => p.kind === page.kind && (p.kind !== 'dimension' || (page.kind === 'dimension' && page.id === p.id));

  return (
    <Stack gap="md" maw={1400} mx="auto">
      <Anchor component="button" type="button" onClick={onBack} size="sm" ta="start">
        ← {t('frameworks.back')}
      </Anchor>
      <Group gap="sm" align="baseline">
        <Title order={2}>
          <Localized text={framework.title} />
        </Title>
        <Text c="dimmed">{t('frameworks.version', { version: framework.version })}</Text>
      </Group>
      {framework.description && (
        <Text maw={900}>
          <Localized text={framework.description} />
        </Text>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder radius="md" p="xs" component="nav" aria-label={t('frameworks.navigation')}>
            <ScrollArea.Autosize mah="calc(100vh - 220px)">
              {framework.sections.map((section) => (
                <div key={section.id}>
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt="sm" pb={4}>
                    <Localized text={section.title} />
                  </Text>
                  {section.dimensions.map((d) => (
                    <NavLink
                      key={d.id}
                      label={pickText(d.title, i18n.language).value}
                      active={isActive({ kind: 'dimension', id: d.id })}
                      onClick={() => setPage({ kind: 'dimension', id: d.id })}
                      rightSection={
                        <Badge size="xs" variant="light">
                          {d.questions.length}
                        </Badge>
                      }
                      data-testid="dimension-link"
                    />
                  ))}
                </div>
              ))}
              <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt="sm" pb={4}>
                {t('frameworks.more')}
              </Text>
              {EXTRA_PAGES.map((kind) => (
                <NavLink key={kind} label={t(`frameworks.pages.${kind}`)} active={isActive({ kind })} onClick={() => setPage({ kind })} />
              ))}
            </ScrollArea.Autosize>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {dimension && (
            <Stack gap="md">
              <Title order={3} data-testid="dimension-title">
                <Localized text={dimension.title} />
              </Title>
              <Text>
                <Localized text={dimension.description} />
              </Text>
              {dimension.questions.map((q) => (
                <QuestionCard key={q.id} question={q} framework={framework} />
              ))}
              {recommendations.length > 0 && (
                <Paper withBorder radius="md" p="lg">
                  <Title order={4} mb="sm">
                    {t('frameworks.recommendations')}
                  </Title>
                  <Stack gap="sm">
                    {recommendations.map((r) => (
                      <div key={r.id}>
                        <Group gap="xs">
                          <Badge variant="light">{t('frameworks.band', { band: r.band })}</Badge>
                          <Badge variant="outline" color="gray">
                            {t(`horizon.${r.horizon}`)}
                          </Badge>
                          <Text fw={600}>
                            <Localized text={r.title} />
                          </Text>
                        </Group>
                        <Text size="sm" mt={4}>
                          <Localized text={r.description} />
                        </Text>
                      </div>
                    ))}
                  </Stack>
                </Paper>
              )}
            </Stack>
          )}
          {page.kind === 'discussion' && (
            <Paper withBorder radius="md" p="lg">
              <Title order={3} mb="sm">
                {t('frameworks.pages.discussion')}
              </Title>
              <List type="ordered" spacing="sm">
                {framework.discussionQuestions.map((d) => (
                  <List.Item key={d.id}>
                    <Localized text={d.text} />
                  </List.Item>
                ))}
              </List>
            </Paper>
          )}
          {page.kind === 'kpis' && (
            <Paper withBorder radius="md" p="lg">
              <Title order={3} mb="sm">
                {t('frameworks.pages.kpis')}
              </Title>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('frameworks.kpi.name')}</Table.Th>
                    <Table.Th>{t('frameworks.kpi.unit')}</Table.Th>
                    <Table.Th>{t('frameworks.kpi.direction')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {framework.kpis.map((k) => (
                    <Table.Tr key={k.id}>
                      <Table.Td>
                        <Text fw={600} size="sm">
                          <Localized text={k.name} />
                        </Text>
                        <Text size="xs" c="dimmed">
                          <Localized text={k.description} />
                        </Text>
                      </Table.Td>
                      <Table.Td>{t(`units.${k.unit}`)}</Table.Td>
                      <Table.Td>{k.higherIsBetter ? t('frameworks.kpi.higher') : t('frameworks.kpi.lower')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}
          {page.kind === 'sources' && (
            <Paper withBorder radius="md" p="lg">
              <Title order={3} mb="sm">
                {t('frameworks.pages.sources')}
              </Title>
              <Stack gap="sm">
                {framework.sources.map((s) => (
                  <div key={s.id}>
                    <Text fw={600}>{s.title}</Text>
                    <Text size="sm" c="dimmed">
                      {[s.author, s.publisher, s.language].filter(Boolean).join(' · ')}
                    </Text>
                    {s.contributes && (
                      <Text size="sm">
                        <Localized text={s.contributes} />
                      </Text>
                    )}
                  </div>
                ))}
              </Stack>
            </Paper>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
