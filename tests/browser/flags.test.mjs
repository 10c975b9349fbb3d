// Automatic pre-moderation checks in the browser: a submission shouting in capitals with a messenger in its text
// is accepted, the moderation queue marks it, the review page shows each flag beside the full text of the rule it
// cites, and one click rejects it with those rules, which the owner then reads on the management page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, TEST_TIMEOUT_MS, button, clickAndLoad, seeText } from './support.mjs';
import { adminSignIn, manageStatus, openManagePage, openReview, submitAnonymously } from './flows.mjs';

const ADMIN = { email: 'flags-moderator@example.az', password: 'moderator password for tests' };
const site = useSite({ admin: ADMIN });
const opts = { timeout: TEST_TIMEOUT_MS };

test('flagged rules are shown beside the publication and reject it in one click', opts, async () => {
  // Within what the form itself accepts (it refuses a text mostly in capitals and one with a phone number).
  const title = 'URGENT NIGHT SECURITY guard wanted';
  const managePath = await submitAnonymously(site, 'vacancy', {
    position: title,
    description: 'Guarding the warehouse at night. Write to us on WhatsApp for details.',
  });
  await site.withPage('flags-review', async (page) => {
    await adminSignIn(page, ADMIN);
    await page.goto('/en/admin/moderation');
    const row = page.locator('main tr').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await row.getByText('2 automatic flags').waitFor({ state: 'visible' });

    await openReview(page, title);
    const flags = page.getByRole('region', { name: 'Automatic checks' });
    await flags.waitFor({ state: 'visible' });
    await seeText(flags, `Text in capital letters: “${title}”`);
    await seeText(flags, 'Contacts in the title or the text: WhatsApp');
    await seeText(flags, 'Rule 2 of the form submission rules: No text in capital letters');
    await seeText(flags, 'Rule 7 of the form submission rules: Contacts only in the contact fields');
    await clickAndLoad(page, button(flags, 'Reject citing these rules: 2, 7'));
    await seeText(page, 'The publication was rejected; the owner sees the reason.');
    assert.equal(await page.getByRole('link', { name: title, exact: true }).count(), 0, 'no longer in the queue');
  });
  await site.withPage('flags-owner', async (page) => {
    await openManagePage(page, managePath);
    await seeText(page, 'The publication was rejected');
    const reason = page.locator('.reject-reason');
    await seeText(reason, 'Rule 2 of the form submission rules: No text in capital letters');
    await seeText(reason, 'Rule 7 of the form submission rules: Contacts only in the contact fields');
    assert.equal(await manageStatus(page), 'Rejected');
  });
});

test('a clean submission says the checks found nothing', opts, async () => {
  const title = 'Warehouse keeper';
  await submitAnonymously(site, 'vacancy', { position: title, requirements: 'Experience with stock software.' });
  await site.withPage('flags-clean', async (page) => {
    await adminSignIn(page, ADMIN);
    await page.goto('/en/admin/moderation');
    const row = page.locator('main tr').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await row.waitFor({ state: 'visible' });
    assert.equal(await row.getByText(/automatic flag/).count(), 0, 'no flag marker in the queue');
    await openReview(page, title);
    const flags = page.getByRole('region', { name: 'Automatic checks' });
    await seeText(flags, 'The automatic checks found nothing to point out.');
    assert.equal(await flags.getByRole('button').count(), 0, 'nothing to reject with');
  });
});
