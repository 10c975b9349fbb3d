// The reveal challenge in Chromium, past the free reveals (one here): with JavaScript the page's script answers the
// proof of work and the contacts appear in place, and its answer is good once; without JavaScript a wait page
// comes first, and after the wait the button shows the contacts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, NO_JS, TEST_TIMEOUT_MS, clickAndLoad, button } from './support.mjs';
import { openFirstFromList, revealContacts } from './flows.mjs';

const site = useSite({
  seed: { vacancies: 3 },
  config: '[reveal]\nfree_reveals = 1\nbase_difficulty = 12\nmax_difficulty = 14\nbase_wait_seconds = 2\n',
});
const opts = { timeout: TEST_TIMEOUT_MS };

test('with JavaScript, past the free reveals, the script answers the challenge; its answer is good once', opts, () =>
  site.withPage('challenge-js', async (page) => {
    await openFirstFromList(page, '/en/vacancies');
    const detail = page.url();
    await revealContacts(page, { javaScript: true }); // the free one

    await page.goto(detail);
    const answered = page.waitForRequest((r) => r.method() === 'POST' && /challenge=/.test(r.postData() || ''));
    const shown = await revealContacts(page, { javaScript: true });
    const request = await answered;
    assert.match(request.postData(), /solution=\d+/, 'the script sent a proof of work');
    assert.ok(shown.length > 0);

    // The same answer sent again is refused.
    const replay = await page.request.post(request.url(), {
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      data: request.postData(),
    });
    assert.equal(replay.status(), 409);
    assert.match((await replay.json()).error, /already used/);
  }));

test('without JavaScript, past the free reveals, a wait comes first, then the button shows the contacts', opts, () =>
  site.withPage('challenge-nojs', async (page) => {
    await openFirstFromList(page, '/en/vacancies');
    const main = page.locator('main');
    await clickAndLoad(page, button(main, 'Show contacts'));
    const notice = page.locator('#contacts-box [role="alert"]');
    const text = await notice.innerText();
    const seconds = Number((text.match(/wait (\d+) seconds/) || [])[1]);
    assert.ok(seconds >= 2, `the wait page: ${text}`);
    assert.equal(await page.locator('#contacts-box dd').count(), 0, 'no contacts yet');
    await page.waitForTimeout(seconds * 1000 + 300); // the wait itself is what is tested
    await revealContacts(page, { javaScript: false });
  }, NO_JS));
