// The privacy policy as administrators edit it at /admin/pages: a new version shows to visitors at once with its
// date, and the earlier version stays one click away — with JavaScript and without.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, NO_JS, TEST_TIMEOUT_MS, assertShows, button, clickAndLoad, fillForm, seeText } from './support.mjs';
import { adminSignIn } from './flows.mjs';

const ADMIN = { email: 'pages.admin@example.az', password: 'pages admin password' };
const site = useSite({ admin: ADMIN });
const opts = { timeout: TEST_TIMEOUT_MS };

for (const [variant, options] of [['JavaScript', {}], ['no JavaScript', NO_JS]]) {
  test(`${variant}: an administrator edits the privacy policy, a visitor sees it and the earlier version`, opts,
    async () => {
      const marker = `We keep only what the site needs (${variant}).`;
      await site.withPage(`pages-admin-${variant}`, async (page) => {
        await adminSignIn(page, ADMIN);
        const menu = page.getByRole('navigation', { name: 'Administration menu' });
        await clickAndLoad(page, menu.getByRole('link', { name: 'Rules and pages' }));
        await clickAndLoad(page, page.locator('main').getByRole('link', { name: 'Privacy policy', exact: true }));
        const form = page.locator('main form');
        // An empty language is refused next to its field, and nothing is published.
        await fillForm(form, { text_en: '   ' });
        const refused = await clickAndLoad(page, button(form, 'Publish the new version'));
        assert.equal(refused.status(), 422);
        await seeText(page.locator('main form'), 'Write the text in this language.');
        const text = `${marker}\n\n## Cookies\n- a security token for forms\n- a session cookie when you sign in`;
        await fillForm(page.locator('main form'), { text_en: text, note: `Shorter (${variant})` });
        await clickAndLoad(page, button(page.locator('main form'), 'Publish the new version'));
        await seeText(page, 'The new version is published.');
      }, options);

      await site.withPage(`pages-visitor-${variant}`, async (page) => {
        await page.goto('/en/');
        await clickAndLoad(page, page.locator('footer').getByRole('link', { name: 'Privacy policy' }));
        await assertShows(page, new RegExp(marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'the new text');
        await page.getByRole('heading', { name: 'Cookies' }).waitFor({ state: 'visible' });
        await assertShows(page, /Last updated: \w+ \d{1,2}, \d{4}/, 'the date of the current version');
        await page.locator('main summary', { hasText: 'Earlier versions' }).click();
        await clickAndLoad(page, page.locator('main').getByRole('link', { name: /^Version 1, December 29, 2025$/ }));
        await assertShows(page, /This is an earlier version\./);
        await assertShows(page, /1\. What data we collect/, 'the text as it was first published');
        await clickAndLoad(page, page.locator('main').getByRole('link', { name: 'The current version' }));
        await assertShows(page, new RegExp(marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'back at the new text');
      }, options);
    });
}
