// Account requests at /admin/requests: the administration carries out or refuses what account holders asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, TEST_TIMEOUT_MS, button, clickAndLoad, fillForm, mainText, seeText } from './support.mjs';
import {
  PASSWORD, adminSignIn, confirmedUser, signIn, submitPublication,
} from './flows.mjs';

const ADMIN = { email: 'moderator@example.az', password: 'moderator password for tests' };
const site = useSite({ admin: ADMIN });
const opts = { timeout: TEST_TIMEOUT_MS };

/** A confirmed, signed-in account holder asks on "My publications" to change the email to `newEmail`. */
async function askForEmailChange(page, email, newEmail) {
  await confirmedUser(site, page, email);
  const form = page.locator('main form').filter({ has: page.locator('[name="new_email"]') });
  await fillForm(form, { new_email: newEmail });
  await clickAndLoad(page, button(form, 'Ask to change the email'));
  await seeText(page, 'Your request was sent to the administration.');
}

const ANSWERED = { 'Carry out': 'The request was carried out.', Refuse: 'The request was refused.' };

/**
 * The administration signs in, finds the waiting request of `email` (which reads `reads`, when given) and answers it
 * with `action` ("Carry out" or "Refuse"); checks the notice. Returns the request's entry on the page shown after.
 */
async function answerRequest(page, email, action, { reads } = {}) {
  await adminSignIn(page, ADMIN);
  await page.goto('/en/admin/requests');
  const item = page.locator('main li').filter({ hasText: email });
  if (reads) await item.getByText(reads).waitFor({ state: 'visible' });
  await clickAndLoad(page, item.getByRole('button', { name: action }));
  await seeText(page, ANSWERED[action]);
  return item;
}

/** The account holder signs in and sees the request marked `status` ("done", "refused"). */
async function seeRequestStatus(page, email, status) {
  await signIn(page, email, PASSWORD);
  await page.getByText(status, { exact: true }).waitFor({ state: 'visible' });
}

test('account request: the administration carries out an email change', opts, async () => {
  await site.withPage('request-user',
    (page) => askForEmailChange(page, 'old.address@example.az', 'new.address@example.az'));
  await site.withPage('requests-admin', async (page) => {
    const item = await answerRequest(page, 'old.address@example.az', 'Carry out',
      { reads: 'Change the email to new.address@example.az' });
    assert.equal(await item.count(), 0, 'the request is no longer waiting');
  });
  await site.withPage('request-result', (page) => seeRequestStatus(page, 'new.address@example.az', 'done'));
});

test('account request: the administration refuses an email change', opts, async () => {
  await site.withPage('refuse-user', (page) => askForEmailChange(page, 'stays@example.az', 'elsewhere@example.az'));
  await site.withPage('refuse-admin', (page) => answerRequest(page, 'stays@example.az', 'Refuse'));
  await site.withPage('refuse-result', (page) => seeRequestStatus(page, 'stays@example.az', 'refused'));
});

test('account request: the administration deletes an account with its publication', opts, async () => {
  const title = 'Sushi chef';
  await site.withPage('deletion-user', async (page) => {
    await confirmedUser(site, page, 'leaving@example.az');
    await submitPublication(page, 'vacancy', { values: { position: title } });
    await page.goto('/en/account');
    await clickAndLoad(page, button(page.locator('main'), 'Ask to delete my account'));
    await seeText(page, 'Your request was sent to the administration.');
  });
  await site.withPage('deletion-admin', async (page) => {
    await answerRequest(page, 'leaving@example.az', 'Carry out');
    await page.goto('/en/admin/moderation');
    assert.doesNotMatch(await mainText(page), new RegExp(title), 'the publication went with the account');
  });
  await site.withPage('deletion-result', async (page) => {
    await page.goto('/en/account/login');
    await fillForm(page.locator('main form'), { email: 'leaving@example.az', password: PASSWORD });
    await clickAndLoad(page, button(page.locator('main form'), 'Sign in'));
    assert.match(new URL(page.url()).pathname, /\/account\/login$/, 'the deleted account cannot sign in');
  });
});
