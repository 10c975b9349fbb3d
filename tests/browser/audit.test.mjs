// The audit log at /admin/audit: an administrator corrects a vacancy while approving it, then finds the correction
// in the log through the administration menu and the filter form — with JavaScript, and on a phone without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, TEST_TIMEOUT_MS, MOBILE, NO_JS, button, clickAndLoad, fillForm, mainText } from './support.mjs';
import { adminSignIn, openReview, submitPublication } from './flows.mjs';

const ADMIN = { email: 'auditor@example.az', password: 'auditor password for tests' };
const site = useSite({ admin: ADMIN });
const opts = { timeout: TEST_TIMEOUT_MS };

async function correctAndApprove(page, title, corrected) {
  await openReview(page, title);
  const form = page.locator('main form').filter({ has: page.getByRole('button', { name: /^Approve/ }) });
  await fillForm(form, { position: corrected });
  await clickAndLoad(page, button(form, /^Approve/));
}

async function openAuditLog(page) {
  const menu = page.getByRole('navigation', { name: 'Administration menu' });
  await clickAndLoad(page, menu.getByRole('link', { name: 'Audit log', exact: true }));
  await page.locator('main h1', { hasText: 'Audit log' }).waitFor({ state: 'visible' });
}

for (const [name, options] of [['with JavaScript', {}], ['on a phone without JavaScript', { ...MOBILE, ...NO_JS }]]) {
  test(`audit: a correction shows in the log with its values, found by the filters (${name})`, opts, async () => {
    const title = `Muhendis ${name.length}`;
    const corrected = `Mühəndis ${name.length}`;
    await site.withPage(`owner ${name}`, (page) => submitPublication(page, 'vacancy', { values: { position: title } }));
    await site.withPage(`admin ${name}`, async (page) => {
      await adminSignIn(page, ADMIN);
      await correctAndApprove(page, title, corrected);
      await openAuditLog(page);
      const table = page.getByRole('table', { name: 'Audit log' });
      const row = table.getByRole('row').filter({ hasText: corrected });
      await row.waitFor({ state: 'visible' });
      const text = await row.innerText();
      assert.match(text, /Approved/);
      assert.match(text, new RegExp(`Position: ${title} → ${corrected}`));
      assert.match(text, new RegExp(ADMIN.email));

      const filters = page.locator('main form');
      await fillForm(filters, { q: 'nobody@' });
      await clickAndLoad(page, button(filters, 'Show'));
      assert.match(await mainText(page), /0 entries\./, 'nobody else acted');
      await fillForm(page.locator('main form'), { action: 'approve', q: 'AUDITOR' });
      await clickAndLoad(page, page.locator('main form [name="q"]'), { press: 'Enter' });
      assert.match(await mainText(page), new RegExp(corrected), 'found by action and by a part of the email');
      assert.match(new URL(page.url()).search, /action=approve/);
    }, options);
  });
}
