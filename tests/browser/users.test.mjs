// The users console at /admin/users: an administrator finds an account by a part of its email and blocks and
// unblocks it, changes its email address, deletes it — by clicking and typing, as a person does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, TEST_TIMEOUT_MS, button, clickAndLoad, fillForm, mainText, seeText } from './support.mjs';
import { PASSWORD, adminSignIn, approve, confirmedUser, signIn, submitPublication } from './flows.mjs';

const ADMIN = { email: 'chief@example.az', password: 'chief password for tests' };
const site = useSite({ admin: ADMIN });
const opts = { timeout: TEST_TIMEOUT_MS };

/**
 * The administrator signs in, opens "Users" from the administration menu, searches for `part` and opens the account
 * `email` from the results. Ends on the account's page.
 */
async function openUser(page, part, email) {
  await adminSignIn(page, ADMIN);
  const menu = page.getByRole('navigation', { name: 'Administration menu' });
  await clickAndLoad(page, menu.getByRole('link', { name: 'Users', exact: true }));
  const search = page.getByRole('search');
  await fillForm(search, { q: part });
  await clickAndLoad(page, button(search, 'Find'));
  const results = page.getByRole('table', { name: 'Accounts' });
  await clickAndLoad(page, results.getByRole('link', { name: email, exact: true }));
  await page.locator('main h1', { hasText: email }).waitFor({ state: 'visible' });
}

/** The form of the account's page that has the button `name`. */
function formWith(page, name) {
  return page.locator('main form').filter({ has: page.getByRole('button', { name, exact: true }) });
}

/** Whether the vacancy list shows `title` to a visitor. */
async function listed(title) {
  let shown = false;
  await site.withPage('visitor', async (page) => {
    await page.goto('/en/vacancies');
    shown = (await mainText(page)).includes(title);
  });
  return shown;
}

test('users: an administrator finds a user, blocks and unblocks the account', opts, async () => {
  const email = 'welder.owner@example.az';
  const title = 'Welder of the blocked account';
  await site.withPage('block-user', async (userPage) => {
    await confirmedUser(site, userPage, email);
    await submitPublication(userPage, 'vacancy', { values: { position: title } });
    await site.withPage('block-approve', (page) => adminSignIn(page, ADMIN).then(() => approve(page, title)));
    assert.ok(await listed(title), 'public before the block');

    await site.withPage('block-admin', async (page) => {
      await openUser(page, 'WELDER', email);
      assert.match(await mainText(page), new RegExp(title), 'the account page lists its vacancy');
      await clickAndLoad(page, button(formWith(page, 'Block'), 'Block'));
      await seeText(page, 'The account is blocked; its publications are no longer public.');
    });
    assert.ok(!(await listed(title)), 'the blocked account\'s vacancy left the list');

    // Signed out at once; the correct password is answered with the block.
    await userPage.goto('/en/account');
    assert.match(new URL(userPage.url()).pathname, /\/account\/login$/, 'the session ended with the block');
    const form = userPage.locator('main form');
    await fillForm(form, { email, password: PASSWORD });
    const refused = await clickAndLoad(userPage, button(form, 'Sign in'));
    assert.equal(refused.status(), 422);
    await seeText(userPage, 'This account is blocked by the administration of the site.');

    await site.withPage('unblock-admin', async (page) => {
      await openUser(page, 'welder.owner', email);
      await clickAndLoad(page, button(formWith(page, 'Unblock'), 'Unblock'));
      await seeText(page, 'The account is unblocked; the publications the block stopped are public again.');
    });
    assert.ok(await listed(title), 'public again after the unblock');
    await signIn(userPage, email);
  });
});

test('users: an administrator changes the email of an account', opts, async () => {
  const oldEmail = 'first.address@example.az';
  const newEmail = 'second.address@example.az';
  await site.withPage('email-user', (page) => confirmedUser(site, page, oldEmail));
  await site.withPage('email-admin', async (page) => {
    await openUser(page, 'first.address', oldEmail);
    const form = formWith(page, 'Change the email');
    await fillForm(form, { email: ADMIN.email });
    const taken = await clickAndLoad(page, button(form, 'Change the email'));
    assert.equal(taken.status(), 422, 'an address another account has is refused');
    const error = page.locator('#f-email-error');
    await error.waitFor({ state: 'visible' });
    assert.equal(await error.innerText(), 'Another account already uses this email address.');
    assert.match(await page.locator('#f-email').getAttribute('aria-describedby'), /f-email-error/);
    await fillForm(formWith(page, 'Change the email'), { email: newEmail });
    await clickAndLoad(page, button(formWith(page, 'Change the email'), 'Change the email'));
    await seeText(page, 'The email address was changed, and both addresses were told.');
    await page.locator('main h1', { hasText: newEmail }).waitFor({ state: 'visible' });
  });
  const mails = site.mails();
  assert.ok(mails.some((m) => m.to === oldEmail && m.text.includes(`of your account to ${newEmail}`)),
    'a notice to the old address');
  assert.ok(mails.some((m) => m.to === newEmail && m.text.includes(`which was ${oldEmail}`)),
    'a notice to the new address');
  await site.withPage('email-result', (page) => signIn(page, newEmail));
});

test('users: an administrator deletes an account with its publication', opts, async () => {
  const email = 'leaving.for.good@example.az';
  const title = 'Vacancy of a deleted account';
  await site.withPage('delete-user', async (page) => {
    await confirmedUser(site, page, email);
    await submitPublication(page, 'vacancy', { values: { position: title }, photos: 1 });
  });
  await site.withPage('delete-admin', async (page) => {
    await openUser(page, 'leaving.for', email);
    const refused = await clickAndLoad(page, button(formWith(page, 'Delete for good'), 'Delete for good'));
    assert.equal(refused.status(), 422, 'not without the ticked box');
    await seeText(page.locator('main form').last(), 'Tick the box to confirm that the account is deleted for good.');
    await fillForm(formWith(page, 'Delete for good'), { confirm: true });
    await clickAndLoad(page, button(formWith(page, 'Delete for good'), 'Delete for good'));
    await seeText(page, 'The account was deleted with all its publications and their photos.');
    const search = page.getByRole('search');
    await fillForm(search, { q: email });
    await clickAndLoad(page, button(search, 'Find'));
    await seeText(page, '0 accounts found.');
    await page.goto('/en/admin/moderation');
    assert.doesNotMatch(await mainText(page), new RegExp(title), 'its publication went with it');
  });
  await site.withPage('delete-result', async (page) => {
    await page.goto('/en/account/login');
    const form = page.locator('main form');
    await fillForm(form, { email, password: PASSWORD });
    const refused = await clickAndLoad(page, button(form, 'Sign in'));
    assert.equal(refused.status(), 422, 'the deleted account cannot sign in');
  });
});
