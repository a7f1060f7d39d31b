/**
 * The framework browser in Japanese and Traditional Chinese, and importing a custom
 * framework by upload in the browser host (a bad one shows its problems; a good one,
 * English only, is marked where it falls back to English).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customFramework, customFrameworkPath } from '../support/framework-fixture.ts';
import { tempDir } from '../support/temp-db.ts';
import { ARTIFACTS, launchBrowser, startTestHost } from './browser-host.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestHost>>;
const files = tempDir();

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startTestHost();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  files.cleanup();
});

async function open(locale: string, hash: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}${hash}`);
  return page;
}

describe('framework browser', () => {
  it('shows the shipped framework in Japanese, with the five levels and the source of each question', async () => {
    const page = await open('ja-JP', '#/frameworks/cx-ces-digital/1.0.0');
    await expect.poll(() => page.getByTestId('dimension-title').textContent()).toBe('顧客セグメンテーション');
    const first = page.getByTestId('question-card').first();
    expect(await first.textContent()).toContain('初期段階');
    expect(await first.textContent()).toContain('最適化段階');
    expect(await first.getByTestId('question-sources').textContent()).toContain('Interactive Intelligence');
    await page.getByTestId('dimension-link').filter({ hasText: '応対チャネル' }).click();
    await expect.poll(() => page.getByTestId('dimension-title').textContent()).toBe('応対チャネル');
    await page.screenshot({ path: join(ARTIFACTS, 'framework-ja.png') });
    await page.context().close();
  });

  it('shows it in Traditional Chinese', async () => {
    const page = await open('zh-TW', '#/frameworks/cx-ces-digital/1.0.0');
    await expect.poll(() => page.getByTestId('dimension-title').textContent()).toBe('客戶分群');
    await page.getByTestId('dimension-link').filter({ hasText: '服務時間' }).click();
    await expect.poll(() => page.getByTestId('dimension-title').textContent()).toBe('服務時間');
    expect(await page.getByTestId('question-card').first().textContent()).toContain('最佳化級');
    await page.screenshot({ path: join(ARTIFACTS, 'framework-zh-Hant.png') });
    await page.context().close();
  });

  it('refuses a broken framework with the path of the problem, then imports a good one', async () => {
    const broken = customFramework();
    broken.sections[0].dimensions[0].questions[0].levels.pop();
    const brokenPath = join(files.dir, 'broken.json');
    writeFileSync(brokenPath, JSON.stringify(broken));

    const page = await open('en-US', '#/frameworks');
    await expect.poll(() => page.getByTestId('framework-card').count()).toBe(1);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-framework').click();
    await (await chooser).setFiles(brokenPath);
    await expect
      .poll(() => page.getByTestId('framework-problems').textContent())
      .toContain('sections[0].dimensions[0].questions[0].levels');
    expect(await page.getByTestId('framework-card').count()).toBe(1);

    const chooser2 = page.waitForEvent('filechooser');
    await page.getByTestId('import-framework').click();
    await (await chooser2).setFiles(customFrameworkPath);
    await expect.poll(() => page.getByTestId('framework-card').count()).toBe(2);

    // In Japanese, the English-only framework shows its English text with an "EN" marker.
    await page.getByTestId('language-select').click();
    await page.getByRole('option', { name: '日本語' }).click();
    await page.getByTestId('framework-card').nth(1).getByRole('button').click();
    await expect.poll(() => page.getByTestId('dimension-title').textContent()).toContain('Complaint handling');
    expect(await page.getByTestId('dimension-title').textContent()).toContain('EN');
    await page.context().close();
  });
});
