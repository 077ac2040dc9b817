import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { documentXml, docxSections } from '../helpers/docxText.ts';
import { ARTIFACTS_DIR, browserSession, screenshotPath } from './browser.ts';
import { nodeByText, openAs } from './ui.ts';

const fixture = JSON.parse(readFileSync('test/fixtures/ics-west-yorkshire.spec.json', 'utf8'));

const session = browserSession();

describe('the Documents menu in Chromium', () => {
  it('offers the selected body’s documents and downloads them as Word and Markdown', async () => {
    const response = await fetch(`${session.server.url}/api/maps/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fixture),
    });
    const created = (await response.json()) as { links: { viewer: string } };
    // A viewer may take documents away too: they are read from the agreed map.
    const page = await openAs(session.browser, created.links.viewer, 'Reader');
    const expectedNodes = fixture.footprints.length + fixture.bodies.length;
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(expectedNodes);

    await nodeByText(page, 'Leeds Committee of the West Yorkshire ICB').click();
    await page.getByRole('button', { name: 'Documents' }).click();
    const dialog = page.getByRole('dialog', { name: 'Governance documents' });
    await expect.poll(() => dialog.getByLabel('Body').inputValue()).toBe('committee-leeds-place');
    const list = dialog.getByRole('list', {
      name: 'Documents for Leeds Committee of the West Yorkshire ICB',
    });
    await expect
      .poll(() => list.locator('.documents-title').allTextContents())
      .toEqual(['Terms of reference', 'Delegation agreement schedule']);
    await page.screenshot({ path: screenshotPath('60-documents-menu') });

    const [word] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Terms of reference as Word' }).click(),
    ]);
    expect(word.suggestedFilename()).toBe(
      'terms-of-reference-leeds-committee-of-the-west-yorkshire-icb.docx',
    );
    const wordFile = path.join(ARTIFACTS_DIR, '61-terms-of-reference.docx');
    await word.saveAs(wordFile);
    const sections = docxSections(await documentXml(readFileSync(wordFile)));
    expect(sections.get('Chair')).toContain('ICB non-executive member for Leeds');
    expect(sections.get('Reserved matters')).toContain('Contracts over £50m');
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Downloaded');

    // Another body, chosen from the list: the pooled fund's section 75 schedule as Markdown.
    await dialog.getByLabel('Body').selectOption({ label: 'Leeds Better Care Fund' });
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Section 75 agreement schedule as Markdown' }).click(),
    ]);
    expect(markdown.suggestedFilename()).toBe('section-75-agreement-leeds-better-care-fund.md');
    const markdownFile = path.join(ARTIFACTS_DIR, '62-section-75.md');
    await markdown.saveAs(markdownFile);
    expect(readFileSync(markdownFile, 'utf8')).toContain('| Total | £95,000,000 |');

    // As at a date: the fund (in force April 2025 to March 2026) drops out after it.
    expect(await dialog.getByLabel('From').inputValue()).toBe('');
    await dialog.getByLabel('As at').fill('2026-06-01');
    await expect
      .poll(() => dialog.getByLabel('Body').locator('option').allTextContents())
      .not.toContain('Leeds Better Care Fund');
    await dialog.getByLabel('As at').fill('2025-06-01');
    await dialog.getByLabel('Body').selectOption({ label: 'Leeds Better Care Fund' });
    await page.screenshot({ path: screenshotPath('64-documents-as-at') });
    const [dated] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Section 75 agreement schedule as Markdown' }).click(),
    ]);
    const datedFile = path.join(ARTIFACTS_DIR, '64-section-75-as-at.md');
    await dated.saveAs(datedFile);
    expect(readFileSync(datedFile, 'utf8')).toContain('as the structure stands on 1 June 2025');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // A body with no documents says so rather than quietly showing another.
    // Opened from the keyboard this time: it meets WCAG 2.2 AA, and Escape gives focus back.
    await nodeByText(page, 'Healthwatch Leeds').click();
    const opener = page.getByRole('button', { name: 'Documents' });
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.documents-note').textContent())
      .toContain('No document is written for Healthwatch Leeds');
    await page.screenshot({ path: screenshotPath('63-documents-none-for-body') });
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .include('dialog[open]')
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.context().close();
  });
});
