// The staff dashboard at /admin: an administrator opens "Overview" from the administration menu, reads what waits
// for moderation and follows a kind's card to its queue — with JavaScript, and on a phone without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, TEST_TIMEOUT_MS, MOBILE, NO_JS, clickAndLoad, mainText } from './support.mjs';
import { adminSignIn, submitPublication } from './flows.mjs';

const ADMIN = { email: 'overview@example.az', password: 'overview password for tests' };
const site = useSite({ admin: ADMIN });
const opts = { timeout: TEST_TIMEOUT_MS };

for (const [name, options] of [['with JavaScript', {}], ['on a phone without JavaScript', { ...MOBILE, ...NO_JS }]]) {
  test(`dashboard: what waits per kind, and a card leads to its queue (${name})`, opts, async () => {
    const title = `Dashboard welder ${name.length}`;
    await site.withPage(`owner ${name}`, (page) => submitPublication(page, 'vacancy', { values: { position: title } }));
    await site.withPage(`admin ${name}`, async (page) => {
      await adminSignIn(page, ADMIN);
      const menu = page.getByRole('navigation', { name: 'Administration menu' });
      await clickAndLoad(page, menu.getByRole('link', { name: 'Overview', exact: true }));
      const text = await mainText(page);
      assert.match(text, /Waiting for moderation/);
      assert.match(text, /Decisions of the last two weeks/);
      assert.match(text, /Retention/, 'administrators see the retention run');
      const cards = page.locator('main ul.dashboard-cards');
      const vacancies = cards.locator('li').filter({ hasText: 'Vacancies' });
      assert.match(await vacancies.innerText(), /\d+/);
      assert.doesNotMatch(await vacancies.innerText(), /nothing waits/, 'the new vacancy waits');
      await clickAndLoad(page, vacancies.getByRole('link', { name: 'Vacancies' }));
      assert.match(new URL(page.url()).pathname + new URL(page.url()).search, /\/en\/admin\/moderation\?kind=vacancy$/);
      assert.match(await mainText(page), new RegExp(title), 'the queue lists it');
    }, options);
  });
}
