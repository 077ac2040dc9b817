import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { migrateSpec } from '../../shared/spec/migrateSpec.ts';
import { ARTIFACTS_DIR, browserSession, screenshotPath } from './browser.ts';
import { openAs } from './ui.ts';

const run = promisify(execFile);
const fixture = JSON.parse(readFileSync('test/fixtures/ics-west-yorkshire.spec.json', 'utf8'));

const session = browserSession();

function withoutVolatile(spec: Record<string, unknown>): Record<string, unknown> {
  const map = { ...(spec.map as Record<string, unknown>) };
  delete map.id;
  delete map.exportedAt;
  return { ...spec, map };
}

describe('governance specs in Chromium', () => {
  it('imports a spec, shows its problems, and exports what REST and the command line export', async () => {
    // A spec with a delegation the trust cannot make: it does not hold that function.
    const withProblem = structuredClone(fixture);
    withProblem.relationships.push({
      id: 'rel-e2e-airedale-delegates',
      kind: 'delegates',
      from: 'trust-airedale',
      to: 'committee-leeds-place',
      status: 'agreed',
      function: 'specialised commissioning',
    });
    const good = path.join(ARTIFACTS_DIR, 'import-with-problem.governance.json');
    writeFileSync(good, JSON.stringify(withProblem));
    const bad = path.join(ARTIFACTS_DIR, 'import-bad.governance.json');
    writeFileSync(
      bad,
      JSON.stringify({
        ...fixture,
        specVersion: 3,
        bodies: [{ ...fixture.bodies[0], kind: 'castle' }],
      }),
    );

    const context = await session.browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    const home = await context.newPage();
    home.setDefaultTimeout(10_000);
    await home.goto(session.server.url);

    // A bad file, dropped on the home page: every problem with its path, nothing created.
    const dropped = await home.evaluateHandle(
      (text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'bad.governance.json', { type: 'application/json' }));
        return transfer;
      },
      readFileSync(bad, 'utf8'),
    );
    await home.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer: dropped });
    const alert = home.locator('.import-problems');
    await expect.poll(() => alert.textContent()).toContain('Nothing was created');
    expect(await alert.textContent()).toContain('$.specVersion');
    expect(await alert.textContent()).toContain('$.bodies[0].kind');
    await home.screenshot({ path: screenshotPath('30-import-refused') });

    // A good one: a new map with the spec's links.
    await home.getByLabel('Governance spec file').setInputFiles(good);
    const ownerLink = home.locator('#link-owner');
    // The import lays the spec out in a worker thread: seconds on a busy machine.
    await ownerLink.waitFor({ timeout: 60_000 });
    const link = await ownerLink.inputValue();
    const mapId = /\/m\/([\w-]+)#/.exec(link)?.[1] ?? '';
    const token = link.split('#token=')[1] ?? '';

    const page = await openAs(session.browser, link, 'Consultant');
    const expectedNodes = fixture.footprints.length + fixture.bodies.length;
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(expectedNodes);

    // The Problems panel names the problem in plain words; a click selects its elements.
    await page.getByRole('tab', { name: /Problems/ }).click();
    const finding = page
      .locator('.finding-error', { hasText: 'Airedale NHS Foundation Trust' })
      .first();
    await expect.poll(() => finding.textContent()).toContain('delegation-without-holding');
    await finding.click();
    await expect
      .poll(() => page.locator('.react-flow__node.selected').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Airedale NHS Foundation Trust')]));
    await expect.poll(() => page.locator('.body-node.has-error').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('31-problems-panel') });

    // The Review for system leaders: four sections, downloadable as Markdown.
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Review' });
    await expect
      .poll(() => review.locator('h2').allTextContents())
      .toEqual([
        'Who does what',
        'Who is accountable to whom',
        'How the money flows',
        'Who delegates what to whom',
      ]);
    await page.screenshot({ path: screenshotPath('33-review') });
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      review.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    const markdownFile = path.join(ARTIFACTS_DIR, '34-review.md');
    await markdown.saveAs(markdownFile);
    const text = readFileSync(markdownFile, 'utf8');
    expect(text).toContain('## How the money flows');
    expect(text).toContain('Leeds Committee of the West Yorkshire ICB');
    await review.getByRole('button', { name: 'Back to the map' }).click();

    // Export from the map: the dialog says nothing is left out; the file is the spec.
    await page.getByRole('button', { name: 'Export spec' }).click();
    await expect
      .poll(() => page.getByRole('dialog').textContent())
      .toContain('Nothing is left out');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'west-yorkshire-integrated-care-system.governance.json',
    );
    const downloaded = path.join(ARTIFACTS_DIR, '32-downloaded.governance.json');
    await download.saveAs(downloaded);
    const fromUi = JSON.parse(readFileSync(downloaded, 'utf8'));

    const fromRest = await (
      await fetch(`${session.server.url}/api/maps/${mapId}/spec?token=${token}`)
    ).json();
    const { stdout } = await run(process.execPath, [
      'bin/accord.js',
      'spec',
      'export',
      mapId,
      '--data',
      session.server.dataDir,
    ]);
    const fromCli = JSON.parse(stdout);

    expect(withoutVolatile(fromUi)).toEqual(withoutVolatile(fromRest));
    expect(withoutVolatile(fromCli)).toEqual(withoutVolatile(fromRest));
    const { validation: _v, ...rest } = withoutVolatile(fromUi);
    // The same spec as imported (specs list relationships by id), now exported as agreed only.
    withProblem.map.includes = 'agreed';
    withProblem.relationships.sort((a: { id: string }, b: { id: string }) =>
      a.id.localeCompare(b.id),
    );
    // Version 1 in, version 2 out: what comes back is the upgrade of what went in.
    const { validation: _w, ...expected } = withoutVolatile(
      migrateSpec(withProblem).spec as Record<string, unknown>,
    );
    expect(rest).toEqual(expected);
    expect(fromUi.validation.errors.map((f: { rule: string }) => f.rule)).toContain(
      'delegation-without-holding',
    );

    // Versions: the owner saves one, changes the map, and restores it for everyone.
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.getByLabel('Save this map as a version').fill('After import');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('versions').textContent()).toContain('After import');
    const airedale = page.locator('.react-flow__node', {
      hasText: 'Airedale NHS Foundation Trust',
    });
    await airedale.click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Mark disputed' }).click();
    await expect
      .poll(() => airedale.locator('[data-status]').getAttribute('data-status'))
      .toBe('disputed');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('versions').getByRole('button', { name: 'Restore' }).click();
    await expect
      .poll(() => airedale.locator('[data-status]').getAttribute('data-status'))
      .toBe('agreed');
    await page.screenshot({ path: screenshotPath('35-versions') });
  });
});
