/**
 * Opens reports the way a client without Word would: LibreOffice converts them to PDF
 * (with a throwaway user profile, so it never touches a real one), pdftotext reads the
 * pages back. For tests and for looking at a report; needs `soffice` and `pdftotext`
 * (Debian: libreoffice-writer, poppler-utils, fonts-noto-cjk).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Whether soffice and pdftotext are installed. */
export function canConvertWithLibreOffice(): boolean {
  return has('soffice') && has('pdftotext');
}

/** Converts .docx files to PDF in `outDir` in one LibreOffice run; returns the PDF paths in the same order. */
export function convertToPdf(docxPaths: string[], outDir: string, timeoutMs = 240_000): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'cx-report-lo-'));
  try {
    const result = spawnSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths],
      { timeout: timeoutMs, encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`LibreOffice could not convert the reports: ${result.stderr || result.error?.message}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxPaths.map((p) => join(outDir, `${basename(p).replace(/\.docx$/, '')}.pdf`));
}

/** The text of each page of a PDF. */
export function pdfPages(pdfPath: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}
