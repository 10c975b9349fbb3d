// A person browsing the site for a while, with the default configuration: lists of every kind, their first five
// pages, filters, publication pages, the search, the language switch — well over 100 pages — and never a limit
// (the list budget per address, the deepest page) in the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, TEST_TIMEOUT_MS, clickAndLoad } from './support.mjs';

const site = useSite({ seed: { vacancies: 110, resumes: 30, services: 30 } });

test('browsing 100 pages as a person does never meets a limit', { timeout: 4 * TEST_TIMEOUT_MS }, () =>
  site.withPage('browsing', async (page) => {
    const loads = [];
    page.on('response', (r) => {
      if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) loads.push(`${r.status()} ${r.url()}`);
    });

    /** Opens the first publication of the list shown, then comes back to the list through the menu link. */
    async function openOne(kindPath) {
      const hrefs = await page.locator(`main a[href*="${kindPath}/"]`).evaluateAll(
        (as) => as.map((a) => a.getAttribute('href')));
      const href = hrefs.find((h) => new RegExp(`${kindPath}/\\d+`).test(h));
      assert.ok(href, `a publication is listed on ${page.url()}`);
      await clickAndLoad(page, page.locator(`main a[href="${href}"]`).filter({ visible: true }).first());
      await page.locator('h1').first().waitFor();
    }

    /** "Next →" through pages 2 … 5, and a detail page from each. */
    async function pages(kindPath) {
      for (let n = 2; n <= 5; n++) {
        const next = page.locator('nav.pagination a[rel="next"]');
        if ((await next.count()) === 0) break;
        await clickAndLoad(page, next);
        assert.match(page.url(), new RegExp(`page=${n}`));
        if (n % 2 === 0) {
          const list = page.url();
          await openOne(kindPath);
          await page.goto(list);
        }
      }
    }

    /** Opens the filters (a narrow screen folds them), picks `value` for `name` and shows the list. */
    async function filter(name, value) {
      const summary = page.locator('details.filters-panel > summary');
      if (await summary.isVisible()) await summary.click(); // a wide screen shows the filters open
      const form = page.locator('form.filters');
      await form.locator(`select[name="${name}"]`).selectOption(value);
      await clickAndLoad(page, form.locator('.actions button[type="submit"]'));
    }

    async function switchTo(nativeName) {
      const link = page.getByRole('link', { name: nativeName, exact: true }).filter({ visible: true }).first();
      await clickAndLoad(page, link);
    }

    const lists = [
      ['/vacancies', 'city', 'baku'],
      ['/en/resumes', 'city', 'baku'],
      ['/ru/services', 'city', 'baku'],
    ];
    for (let round = 0; loads.length < 100; round++) {
      assert.ok(round < 10, 'a round loads pages');
      await page.goto('/');
      for (const [path, name, value] of lists) {
        await page.goto(path);
        const kindPath = path.replace(/^\/(en|ru)/, '');
        await pages(kindPath);
        await page.goto(path);
        await filter(name, value);
        await openOne(kindPath);
        await switchTo('English');
        await switchTo('Русский');
        await switchTo('Azərbaycanca');
      }
      // The search from the home page, its tabs and its next page.
      await page.goto('/en');
      await page.locator('#f-home-search').fill(['manager', 'mühəndis', 'satış'][round % 3]);
      await clickAndLoad(page, page.locator('#f-home-search'), { press: 'Enter' });
      for (const tab of await page.locator('nav.tabs a').all()) await clickAndLoad(page, tab);
      const next = page.locator('nav.pagination a[rel="next"]');
      if (await next.count()) await clickAndLoad(page, next);
    }

    assert.ok(loads.length >= 100, `${loads.length} pages`);
    const refused = loads.filter((l) => /^(429|404|5\d\d) /.test(l));
    assert.deepEqual(refused, [], 'no page was refused');
  }));
