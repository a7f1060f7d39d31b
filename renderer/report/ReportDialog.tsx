/**
 * Export → Word report: the report's language (independent of the interface), paper,
 * anonymity, appendix and branding (remembered for next time), then the file.
 */
import {
  Alert,
  Button,
  ColorInput,
  FileButton,
  Group,
  Image,
  Modal,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultPaper, LOGO_MAX_BYTES, type ReportBranding } from '../../electron/contract/api.ts';
import { LANGUAGES, type Language } from '../../electron/contract/framework-schema.ts';
import { LANGUAGE_NAMES } from '../../electron/contract/languages.ts';
import { call } from '../api/client.ts';
import { downloadBase64 } from '../common/download.ts';
import { errorText } from '../common/error-text.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DEFAULT_BRANDING: ReportBranding = { firmName: '', accentColor: '#1F4E79', logoBase64: '' };

interface Props {
  opened: boolean;
  onClose: () => void;
  assessmentId: string;
  assessmentLanguage: Language;
  assessorFirm: string;
}

export function ReportDialog({ opened, onClose, assessmentId, assessmentLanguage, assessorFirm }: Props) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>(assessmentLanguage);
  const [paper, setPaper] = useState<'A4' | 'Letter'>(defaultPaper(assessmentLanguage));
  const [anonymize, setAnonymize] = useState(false);
  const [appendix, setAppendix] = useState(true);
  const [branding, setBranding] = useState<ReportBranding>({ ...DEFAULT_BRANDING, firmName: assessorFirm });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    setDone(null);
    setError(null);
    call('settings.get', {}).then(
      (s) => s.branding && setBranding(s.branding),
      () => {},
    );
  }, [opened]);

  function chooseLanguage(next: Language) {
    setLanguage(next);
    setPaper(defaultPaper(next));
  }

  async function chooseLogo(file: File | null) {
    setLogoError(null);
    if (!file) return;
    if (file.size > LOGO_MAX_BYTES) return setLogoError(t('report.logoTooLarge'));
    if (file.type !== 'image/png') return setLogoError(t('report.logoPngOnly'));
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    setBranding((x) => ({ ...x, logoBase64: btoa(binary) }));
  }

  async function generate() {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await call('settings.update', { branding });
      const report = await call('reports.create', { assessmentId, language, paper, anonymize, includeAppendix: appendix, branding });
      downloadBase64(report.fileName, report.contentBase64, DOCX);
      setDone(report.fileName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('report.title')} size="lg">
      <Stack gap="sm">
        <Select
          label={t('report.language')}
          description={t('report.languageHelp')}
          data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          value={language}
          onChange={(v) => v && chooseLanguage(v as Language)}
          allowDeselect={false}
          data-testid="report-language"
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="report-paper-label">
            {t('report.paper')}
          </Text>
          <SegmentedControl
            aria-labelledby="report-paper-label"
            value={paper}
            onChange={(v) => setPaper(v as 'A4' | 'Letter')}
            data={[
              { value: 'A4', label: 'A4' },
              { value: 'Letter', label: t('report.letter') },
            ]}
          />
        </div>
        <Switch
          checked={anonymize}
          onChange={(e) => setAnonymize(e.currentTarget.checked)}
          label={t('report.anonymize')}
          description={t('report.anonymizeHelp')}
        />
        <Switch checked={appendix} onChange={(e) => setAppendix(e.currentTarget.checked)} label={t('report.appendix')} />
        <Text fw={600} mt="xs">
          {t('report.branding')}
        </Text>
        <Group grow align="flex-start">
          <TextInput
            label={t('report.firmName')}
            value={branding.firmName}
            onChange={(e) => {
              const firmName = e.currentTarget.value;
              setBranding((x) => ({ ...x, firmName }));
            }}
          />
          <ColorInput
            label={t('report.accent')}
            value={branding.accentColor}
            onChange={(accentColor) => setBranding((x) => ({ ...x, accentColor }))}
            format="hex"
            withEyeDropper={false}
          />
        </Group>
        <Group align="center">
          <FileButton onChange={(f) => void chooseLogo(f)} accept="image/png">
            {(props) => (
              <Button variant="default" {...props}>
                {branding.logoBase64 ? t('report.changeLogo') : t('report.addLogo')}
              </Button>
            )}
          </FileButton>
          {branding.logoBase64 && (
            <>
              <Image src={`data:image/png;base64,${branding.logoBase64}`} alt={t('report.logoAlt')} h={40} w="auto" fit="contain" />
              <Button variant="subtle" size="xs" onClick={() => setBranding((x) => ({ ...x, logoBase64: '' }))}>
                {t('report.removeLogo')}
              </Button>
            </>
          )}
        </Group>
        {logoError && (
          <Text c="red" size="sm">
            {logoError}
          </Text>
        )}
        {busy && (
          <Stack gap={4} data-testid="report-progress">
            <Text size="sm">{t('report.writing')}</Text>
            <Progress value={100} animated striped aria-label={t('report.writing')} />
          </Stack>
        )}
        {Boolean(error) && <Alert color="red">{errorText(t, error)}</Alert>}
        {done && (
          <Alert color="green" data-testid="report-done">
            {t('report.done', { file: done })}
          </Alert>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button onClick={() => void generate()} loading={busy} data-testid="generate-report">
            {t('report.generate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
