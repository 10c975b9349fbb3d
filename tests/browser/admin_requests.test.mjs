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

test('account request: the administration carries out an email change', opts, async () => {
  await site.withPage('request-user', async (page) => {
    await confirmedUser(site, page, 'old.address@example.az');
    const form = page.locator('main form').filter({ has: page.locator('[name="new_email"]') });
    await fillForm(form, { new_email: 'new.address@example.az' });
    await clickAndLoad(page, button(form, 'Ask to change the email'));
    await seeText(page, 'Your request was sent to the administration.');
  });
  await site.withPage('requests-admin', async (page) => {
    await adminSignIn(page, ADMIN);
    await page.goto('/en/admin/requests');
    const item = page.locator('main li').filter({ hasText: 'old.address@example.az' });
    await item.getByText('Change the email to new.address@example.az').waitFor({ state: 'visible' });
    await clickAndLoad(page, item.getByRole('button', { name: 'Carry out' }));
    await seeText(page, 'The request was carried out.');
    assert.equal(await page.locator('main li').filter({ hasText: 'old.address@example.az' }).count(), 0,
      'the request is no longer waiting');
  });
  await site.withPage('request-result', async (page) => {
    await signIn(page, 'new.address@example.az', PASSWORD);
    await page.getByText('done', { exact: true }).waitFor({ state: 'visible' });
  });
});

test('account request: the administration refuses an email change', opts, async () => {
  await site.withPage('refuse-user', async (page) => {
    await confirmedUser(site, page, 'stays@example.az');
    const form = page.locator('main form').filter({ has: page.locator('[name="new_email"]') });
    await fillForm(form, { new_email: 'elsewhere@example.az' });
    await clickAndLoad(page, button(form, 'Ask to change the email'));
    await seeText(page, 'Your request was sent to the administration.');
  });
  await site.withPage('refuse-admin', async (page) => {
    await adminSignIn(page, ADMIN);
    await page.goto('/en/admin/requests');
    const item = page.locator('main li').filter({ hasText: 'stays@example.az' });
    await clickAndLoad(page, item.getByRole('button', { name: 'Refuse' }));
    await seeText(page, 'The request was refused.');
  });
  await site.withPage('refuse-result', async (page) => {
    await signIn(page, 'stays@example.az', PASSWORD);
    await page.getByText('refused', { exact: true }).waitFor({ state: 'visible' });
  });
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
    await adminSignIn(page, ADMIN);
    await page.goto('/en/admin/requests');
    const item = page.locator('main li').filter({ hasText: 'leaving@example.az' });
    await clickAndLoad(page, item.getByRole('button', { name: 'Carry out' }));
    await seeText(page, 'The request was carried out.');
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
