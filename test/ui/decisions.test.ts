import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, openWorkbench, screenshot } from './workbench-harness.js';
import type { Workbench, WorkbenchOptions } from './workbench-harness.js';

const hasChromium = existsSync(CHROMIUM);

/** Generous: every test ingests the sample corpus into a store of its own before it starts. */
const TIMEOUT = 150_000;

/**
 * Runs `test` on a workbench of its own (a fresh store and server), so the decisions one test records
 * change nothing another test, or the shared workbench of workbench.test.ts, reads. Fails when the page
 * threw or logged an error, except the 401s a token test expects.
 */
async function withBench(
  test: (bench: Workbench) => Promise<void>,
  options: WorkbenchOptions & { expectStatus?: number } = {},
): Promise<void> {
  const bench = await openWorkbench(options);
  try {
    await test(bench);
    const expected = (e: string) =>
      options.expectStatus !== undefined &&
      e.includes(`${options.expectStatus}`) &&
      e.includes('/api/decisions');
    const unexpected = bench.errors.filter((e) => !expected(e));
    expect(unexpected).toEqual([]);
  } finally {
    await bench.close();
  }
}

async function open(bench: Workbench, path: string): Promise<void> {
  await bench.page.goto(`${bench.base}${path}`);
  await bench.page.waitForSelector('main h1');
}

async function apiJson<T>(bench: Workbench, path: string): Promise<T> {
  const response = await fetch(`${bench.base}/api/${path}`);
  expect(response.ok).toBe(true);
  return (await response.json()) as T;
}

interface ActorEntry {
  id: string;
  name: string;
  aliases: Array<{ text: string }>;
}

async function actorsByName(bench: Workbench): Promise<Map<string, ActorEntry>> {
  const page = await apiJson<{ items: ActorEntry[] }>(bench, 'actors?limit=500');
  return new Map(page.items.map((actor) => [actor.name, actor]));
}

describe.skipIf(!hasChromium)('analyst decisions in the web UI (a fresh store and server per test)', () => {
  it(
    "Who's who: merging two actors leaves one after a reload, with both names' aliases; Split off undoes it",
    () =>
      withBench(async (bench) => {
        const { page } = bench;
        await open(bench, '/actors');
        await page.locator('table.actors tbody tr').first().waitFor();
        const names = page.locator('table.actors tbody th a');
        expect(await names.allTextContents()).toContain('Washington');
        await page.getByLabel('Choose United States to merge').check();
        await page.getByLabel('Choose Washington to merge').check();
        const bar = page.locator('section.merge-bar');
        await bar.getByRole('radio', { name: 'United States' }).check();
        await bar.getByLabel('Reason (optional)').fill('the US government');
        await bar.getByRole('button', { name: 'Merge', exact: true }).click();
        await expect.poll(() => names.allTextContents()).not.toContain('Washington');

        await page.reload();
        await page.locator('table.actors tbody tr').first().waitFor();
        const after = await names.allTextContents();
        expect(after).toContain('United States');
        expect(after).not.toContain('Washington');
        const us = page.locator('table.actors tbody tr', {
          has: page.getByRole('link', { name: 'United States', exact: true }),
        });
        expect(await us.locator('td.aliases-cell').textContent()).toContain('Washington');
        expect(await us.locator('.tag-decided').count()).toBe(1);
        await screenshot(page, 'decisions-actors-merged');

        const record = await actorsByName(bench);
        expect(record.has('Washington')).toBe(false);
        expect(record.get('United States')?.aliases.map((a) => a.text)).toContain('Washington');

        await page.getByRole('link', { name: 'United States', exact: true }).click();
        await page.locator('.detail').getByRole('heading', { name: 'United States' }).waitFor();
        await page.getByRole('button', { name: 'Split "Washington" off United States' }).click();
        await expect.poll(() => names.allTextContents()).toContain('Washington');
        expect((await actorsByName(bench)).has('Washington')).toBe(true);
      }),
    TIMEOUT,
  );

  it(
    'Proposals: the queue shows its evidence; Accept merges the pair and it leaves the queue',
    () =>
      withBench(async (bench) => {
        const { page } = bench;
        await open(bench, '/proposals');
        const item = page.locator('li.proposal');
        await item.first().waitFor();
        expect(await item.count()).toBe(1);
        const heading = await item.locator('h2').textContent();
        expect(heading).toContain('Ukraine');
        expect(heading).toContain('Ukranian');
        expect(await item.textContent()).toContain('names one letter apart');
        const context = item.locator('.context li');
        expect(await context.count()).toBe(2);
        expect(await context.locator('a.chip').count()).toBe(2);
        expect(await context.nth(1).locator('q').textContent()).toContain('Ukranian delegation');
        expect(await item.locator('dd a.chip').count()).toBeGreaterThan(2);
        await screenshot(page, 'decisions-proposals');

        await item.getByRole('radio', { name: 'Ukraine' }).check();
        await item.getByLabel('Reason (optional)').fill('a misspelling');
        await item.getByRole('button', { name: 'Accept: merge Ukraine and Ukranian' }).click();
        await page.getByText('No proposals: the queue is empty.').waitFor();
        await page.reload();
        await page.getByText('No proposals: the queue is empty.').waitFor();
        expect(await item.count()).toBe(0);

        const record = await actorsByName(bench);
        expect(record.has('Ukranian')).toBe(false);
        expect(record.get('Ukraine')?.aliases.map((a) => a.text)).toContain('Ukranian');
        await open(bench, '/decisions');
        const row = page.locator('table.decisions tbody tr');
        await row.first().waitFor();
        expect(await row.count()).toBe(1);
        expect(await row.locator('td.target').textContent()).toBe('Ukraine + Ukranian');
        expect(await row.textContent()).toContain('a misspelling');
      }),
    TIMEOUT,
  );

  it(
    'write token: Reject on a proposal asks for the token once, retries, and the pair leaves the queue',
    () =>
      withBench(
        async (bench) => {
          const { page } = bench;
          await open(bench, '/proposals');
          const item = page.locator('li.proposal');
          await item.first().waitFor();
          await item.getByRole('button', { name: 'Reject: keep Ukraine and Ukranian apart' }).click();
          const dialog = page.getByRole('dialog', { name: 'Write token' });
          await dialog.waitFor();
          await dialog.getByLabel('Token').fill('ui-test-write-token');
          await screenshot(page, 'decisions-token-form');
          await dialog.getByRole('button', { name: 'Use token' }).click();
          await page.getByText('No proposals: the queue is empty.').waitFor();
          expect(await dialog.count()).toBe(0);
          expect(await page.evaluate('sessionStorage.getItem("parley.writeToken")')).toBe(
            'ui-test-write-token',
          );

          // The kept token serves the next write without asking: revoking the reject brings the pair back.
          await open(bench, '/decisions');
          const row = page.locator('table.decisions tbody tr');
          await row.first().waitFor();
          expect(await row.locator('.tag').textContent()).toBe('reject');
          await row.getByRole('button', { name: /^Revoke/ }).click();
          await page.getByText('No decisions yet.').waitFor();
          expect(await dialog.count()).toBe(0);
          await open(bench, '/proposals');
          await item.first().waitFor();
        },
        { writeToken: 'ui-test-write-token', expectStatus: 401 },
      ),
    TIMEOUT,
  );

  it(
    'Timeline: a rejected event is gone after a reload; Revoke on the Decisions page brings it back',
    () =>
      withBench(async (bench) => {
        const { page } = bench;
        await open(bench, '/timeline');
        const rows = page.locator('table.events tbody tr');
        await rows.first().waitFor();
        const id = String(await rows.first().getAttribute('data-event'));
        const row = page.locator(`table.events tbody tr[data-event="${id}"]`);
        await row.getByRole('button', { name: /^Reject event/ }).click();
        await expect.poll(() => row.count()).toBe(0);

        await page.reload();
        await rows.first().waitFor();
        expect(await row.count()).toBe(0);
        const events = await apiJson<{ items: Array<{ id: string }> }>(bench, 'events?limit=500');
        expect(events.items.map((e) => e.id)).not.toContain(id);
        const rejected = page.locator('section.rejected li');
        await rejected.first().waitFor();
        expect(await rejected.first().getAttribute('data-target')).toBe(`event:${id}`);
        await screenshot(page, 'decisions-timeline-rejected');

        await page.getByRole('link', { name: 'Decisions', exact: true }).click();
        const decision = page.locator(`table.decisions tbody tr[data-target="event:${id}"]`);
        await decision.waitFor();
        expect(await decision.locator('.tag').textContent()).toBe('reject');
        await screenshot(page, 'decisions');
        await decision.getByRole('button', { name: /^Revoke/ }).click();
        await page.getByText('No decisions yet.').waitFor();

        await open(bench, '/timeline');
        await row.waitFor();
        expect(await page.locator('section.rejected').count()).toBe(0);
      }),
    TIMEOUT,
  );

  it(
    'evidence views: Fix date on an event, Confirm an event, a quote and a stance show their marks; a 400 shows by the control',
    () =>
      withBench(
        async (bench) => {
          const { page } = bench;
          await open(bench, '/timeline');
          const rows = page.locator('table.events tbody tr');
          await rows.first().waitFor();
          const id = String(await rows.nth(1).getAttribute('data-event'));
          const row = page.locator(`table.events tbody tr[data-event="${id}"]`);

          // A 400 from the server is shown next to the control that asked, and the form stays open.
          await page.route('**/api/decisions', (route) =>
            route.fulfill({
              status: 400,
              contentType: 'application/json',
              body: JSON.stringify({
                error: { code: 'E_USAGE', message: 'bad value for a set-date decision' },
              }),
            }),
          );
          await row.getByRole('button', { name: /^Fix date of event/ }).click();
          await row.getByLabel('New date').fill('2025-01-02');
          await row.getByRole('button', { name: 'Save date' }).click();
          await expect
            .poll(() => row.getByRole('alert').textContent())
            .toBe('bad value for a set-date decision');
          await page.unroute('**/api/decisions');

          await row.getByRole('button', { name: 'Save date' }).click();
          await expect.poll(() => row.locator('td.event-date').textContent()).toBe('2025-01-02');
          await row.getByRole('button', { name: /^Confirm event/ }).click();
          await row.locator('.tag-confirmed').waitFor();
          await page.reload();
          await row.waitFor();
          expect(await row.locator('td.event-date').textContent()).toBe('2025-01-02');
          expect(await row.locator('.tag-confirmed').textContent()).toBe('confirmed');
          await screenshot(page, 'decisions-timeline-marks');

          await open(bench, '/quotes');
          const quote = page.locator('.quotes > li').first();
          await quote.waitFor();
          const quoteId = String(await quote.getAttribute('data-quote'));
          const sameQuote = page.locator(`.quotes > li[data-quote="${quoteId}"]`);
          await sameQuote.getByRole('button', { name: /^Confirm quote/ }).click();
          await sameQuote.locator('.tag-confirmed').waitFor();
          const second = String(await page.locator('.quotes > li').nth(1).getAttribute('data-quote'));
          await page
            .locator(`.quotes > li[data-quote="${second}"]`)
            .getByRole('button', { name: /^Reject quote/ })
            .click();
          await expect.poll(() => page.locator(`.quotes > li[data-quote="${second}"]`).count()).toBe(0);

          await open(bench, '/positions');
          await page.locator('table.matrix td.cell button').first().click();
          const panel = page.locator('.evidence-panel');
          await panel.waitFor();
          const evidence = panel.locator('.history li[data-stance]').first();
          await evidence.getByRole('button', { name: /^Confirm / }).click();
          await panel.locator('.history .tag-confirmed').first().waitFor();
          await screenshot(page, 'decisions-positions-confirmed');

          const decisions = await apiJson<{ decisions: Array<{ kind: string; target: string }> }>(
            bench,
            'decisions',
          );
          expect(decisions.decisions.map((d) => `${d.kind} ${d.target.split(':')[0]}`).sort()).toEqual([
            'confirm event',
            'confirm quote',
            'confirm stance',
            'reject quote',
            'set-date event',
          ]);
        },
        { expectStatus: 400 },
      ),
    TIMEOUT,
  );
});
