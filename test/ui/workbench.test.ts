import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, openWorkbench, screenshot } from './workbench-harness.js';
import type { Workbench } from './workbench-harness.js';

const hasChromium = existsSync(CHROMIUM);
const onCi = process.env.CI === 'true';

describe.runIf(!hasChromium && onCi)('web UI on CI', () => {
  it('needs Chromium', () => {
    throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium for the UI tests`);
  });
});

describe.skipIf(!hasChromium)(
  `web UI in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} not found)`}`,
  () => {
    let bench: Workbench;
    beforeAll(async () => {
      bench = await openWorkbench();
    }, 120_000);
    afterAll(async () => {
      await bench?.close();
    });

    const open = async (path: string) => {
      await bench.page.goto(`${bench.base}${path}`);
      await bench.page.waitForSelector('main h1');
    };

    it('Brief: key points table has rows, each with citation chips, and the brief sections', async () => {
      await open('/');
      const rows = bench.page.locator('table.key-points tbody tr');
      await rows.first().waitFor();
      const count = await rows.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) expect(await rows.nth(i).locator('a.chip').count()).toBeGreaterThan(0);
      for (const heading of ['Timeline', 'Positions', 'Open questions', 'Sources']) {
        await expect(bench.page.getByRole('heading', { name: heading, level: 2 }).isVisible()).resolves.toBe(
          true,
        );
      }
      await screenshot(bench.page, 'brief');
    });

    it('a key-point chip opens the Article page with exactly the cited characters marked', async () => {
      await open('/');
      const chip = bench.page.locator('table.key-points a.chip').first();
      const [doc, start, end] = await Promise.all(
        ['data-doc', 'data-start', 'data-end'].map((a) => chip.getAttribute(a)),
      );
      await chip.click();
      await bench.page.waitForURL(`**/article/${doc}?start=${start}&end=${end}`);
      const mark = bench.page.locator('mark#cited');
      await mark.waitFor();
      const stored = await bench.store.getDocument(String(doc));
      const cited = stored?.text.slice(Number(start), Number(end));
      expect(cited?.length).toBeGreaterThan(10);
      expect(await mark.textContent()).toBe(cited);
      expect(await mark.isVisible()).toBe(true);
      const box = await mark.boundingBox();
      expect(box && box.y >= 0 && box.y < 768).toBe(true);
      expect(await bench.page.locator('.article-text .ann-mention').count()).toBeGreaterThan(0);
      await screenshot(bench.page, 'article');
    });

    it('Article: quality signals and the removed boilerplate on demand', async () => {
      await open('/sources');
      await bench.page
        .getByRole('link', { name: 'Ukraine and Russia Swap 150 Prisoners Each After UAE Mediation' })
        .click();
      await bench.page.locator('.article-text').waitFor();
      expect(await bench.page.locator('.signals li').count()).toBeGreaterThan(0);
      expect(await bench.page.locator('#boilerplate').count()).toBe(0);
      await bench.page.getByRole('button', { name: /Show removed boilerplate/ }).click();
      expect(await bench.page.locator('#boilerplate').textContent()).toContain('We use cookies');
      await bench.page.getByRole('button', { name: /Show the raw input/ }).click();
      expect(await bench.page.locator('#raw-input del').count()).toBeGreaterThan(0);
      await screenshot(bench.page, 'article-boilerplate');
    });

    it('Positions: coloured, labelled cells; a click opens the evidence with its sentence', async () => {
      await open('/positions');
      const cells = bench.page.locator('table.matrix td.cell');
      await cells.first().waitFor();
      expect(await cells.count()).toBeGreaterThan(0);
      const colour = await cells
        .first()
        .evaluate((td) => td.ownerDocument.defaultView?.getComputedStyle(td).backgroundColor);
      expect(colour).toMatch(/^rgb\(/);
      expect(colour).not.toBe('rgb(255, 255, 255)');
      expect(await cells.first().textContent()).toMatch(/support|oppose|conditional|neutral/);
      await cells.first().locator('button').click();
      const panel = bench.page.locator('.evidence-panel');
      await panel.waitFor();
      const evidence = panel.locator('.evidence q').first();
      await bench.page.waitForFunction(
        (el) => (el?.textContent ?? '…') !== '…',
        await evidence.elementHandle(),
      );
      expect((await evidence.textContent())?.length).toBeGreaterThan(20);
      expect(await panel.locator('a.chip').count()).toBeGreaterThan(0);
      await screenshot(bench.page, 'positions');
    });

    it('Timeline: lifecycles, and filtering by an actor narrows the rows to that actor', async () => {
      await open('/timeline');
      const rows = bench.page.locator('table.events tbody tr');
      await rows.first().waitFor();
      const before = await bench.page.locator('.pager span').textContent();
      expect(await bench.page.locator('.lifecycle li').count()).toBeGreaterThan(0);
      await screenshot(bench.page, 'timeline');
      await bench.page.getByLabel('Actor').fill('Lavrov');
      await bench.page.getByLabel('Actor').press('Enter');
      await bench.page.waitForURL('**/timeline?actor=Lavrov');
      await expect.poll(() => bench.page.locator('.pager span').textContent()).not.toBe(before);
      const after = await rows.count();
      expect(after).toBeGreaterThan(0);
      expect(await bench.page.locator('.pager span').textContent()).not.toBe(before);
      for (const text of await bench.page.locator('table.events td.participants').allTextContents())
        expect(text).toContain('Lavrov');
      await bench.page.getByRole('button', { name: 'Month' }).click();
      await bench.page.waitForURL(/zoom=month/);
      await screenshot(bench.page, 'timeline-filtered');
    });

    it("Who's who: actors with aliases; choosing one shows its roles and quotes", async () => {
      await open('/actors');
      await bench.page.locator('table.actors tbody tr').first().waitFor();
      await bench.page.getByRole('link', { name: 'Volodymyr Zelensky' }).click();
      const detail = bench.page.locator('.detail');
      await detail.getByRole('heading', { name: 'Volodymyr Zelensky' }).waitFor();
      expect(await detail.locator('.roles li').count()).toBeGreaterThan(0);
      await detail.locator('.quotes li').first().waitFor();
      await screenshot(bench.page, 'actors');
    });

    it('Quotes: filter by speaker, and a statement reported by several articles side by side', async () => {
      await open('/quotes');
      await bench.page.locator('.quotes li').first().waitFor();
      await screenshot(bench.page, 'quotes');
      await bench.page.getByLabel('Speaker').fill('Zelensk');
      await bench.page.getByLabel('Speaker').press('Enter');
      await bench.page.waitForURL('**/quotes?speaker=Zelensk');
      const onlyZelensky = async () => {
        const names = await bench.page.locator('.quote-meta strong').allTextContents();
        return names.length > 0 && names.every((name) => name.includes('Zelensk'));
      };
      await expect.poll(onlyZelensky).toBe(true);
      const speakers = await bench.page.locator('.quote-meta strong').allTextContents();
      expect(speakers.length).toBeGreaterThan(0);
      for (const speaker of speakers) expect(speaker).toMatch(/Zelensk/);
      await bench.page.getByLabel('Only statements reported by several articles').check();
      await bench.page.getByRole('button', { name: 'Filter' }).click();
      await bench.page.waitForURL('**/quotes?speaker=Zelensk&several=1');
      const everyReportedTwice = async () => {
        const items = await bench.page.locator('.quotes > li').count();
        return items > 0 && (await bench.page.locator('.quotes > li button.link-button').count()) === items;
      };
      await expect.poll(everyReportedTwice).toBe(true);
      await bench.page.getByRole('button', { name: 'Compare reports' }).first().click();
      const reports = bench.page.locator('.side-by-side .report');
      await reports.first().waitFor();
      expect(await reports.count()).toBeGreaterThan(1);
      const docs = await reports.locator('h3').allTextContents();
      expect(new Set(docs).size).toBe(docs.length);
      await screenshot(bench.page, 'quotes-reports');
    });

    it('Sources: outlets with quality scores, signals and duplicates', async () => {
      await open('/sources');
      await bench.page.locator('section.outlet').first().waitFor();
      expect(await bench.page.locator('.score-text').count()).toBeGreaterThan(1);
      expect(await bench.page.locator('section.outlet td .tag').count()).toBeGreaterThan(0);
      await screenshot(bench.page, 'sources');
    });

    it('Search: hits link to their article span', async () => {
      await open('/search');
      await bench.page.getByLabel('Search').fill('ceasefire');
      await bench.page.getByRole('button', { name: 'Search' }).click();
      const hits = bench.page.locator('ol.hits li');
      await hits.first().waitFor();
      expect(await hits.count()).toBeGreaterThan(0);
      await screenshot(bench.page, 'search');
      await hits.first().locator('a').click();
      await bench.page.waitForURL(/\/article\//);
      await bench.page.locator('.article-text').waitFor();
    });

    it('keyboard: Tab reaches the skip link and then every nav link in order', async () => {
      await open('/');
      const names: string[] = [];
      for (let i = 0; i < 8; i++) {
        await bench.page.keyboard.press('Tab');
        names.push(((await bench.page.locator(':focus').textContent()) ?? '').trim());
      }
      expect(names).toEqual([
        'Skip to content',
        'Brief',
        'Timeline',
        "Who's who",
        'Positions',
        'Quotes',
        'Sources',
        'Search',
      ]);
      const outline = await bench.page
        .locator(':focus')
        .evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).outlineStyle);
      expect(outline).toBe('solid');
    });

    it('no page threw or logged an error', () => {
      expect(bench.errors).toEqual([]);
    });
  },
);
