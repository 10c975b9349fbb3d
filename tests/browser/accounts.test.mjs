// Accounts in the browser: register → confirm through the mailed link → sign in → sign out; a forgotten password;
// requests to the administration; and the owner's controls in "My publications".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useSite, TEST_TIMEOUT_MS, button, clickAndLoad, fillForm, mainText, seeText, waitFor,
} from './support.mjs';
import {
  PASSWORD, adminSignIn, approve, assertImagesShown, confirmFromMail, confirmedUser, currentPhotos, myPublicationRow,
  publicationForm, register, signIn, signOut, submitPublication,
} from './flows.mjs';

const ADMIN = { email: 'admin@example.az', password: 'admin password for tests' };
const site = useSite({ admin: ADMIN });
const opts = { timeout: TEST_TIMEOUT_MS };

test('register, confirm with the mailed link (signed in), sign out, sign in (pressing Enter), sign out', opts, () =>
  site.withPage('register', async (page) => {
    await register(page, 'Nigar@Example.az');
    await seeText(page, 'Check your email');
    await confirmFromMail(site, page, 'nigar@example.az');
    await seeText(page, /email address is confirmed, and you are signed in/);
    await seeText(page, 'Signed in as nigar@example.az');
    await signOut(page);
    await signIn(page, 'nigar@example.az', PASSWORD, { press: true });
    assert.doesNotMatch(await mainText(page), /Confirm your email address/, 'no request to confirm any more');
    await signOut(page);
    await page.getByRole('link', { name: 'Sign in', exact: true }).first().waitFor({ state: 'visible' });
    await page.goto('/en/account');
    assert.match(new URL(page.url()).pathname, /\/account\/login$/, '"My publications" asks to sign in again');
  }));

test('an unconfirmed account asks for the link again; the new link confirms the address', opts, () =>
  site.withPage('resend-confirmation', async (page) => {
    await register(page, 'late@example.az');
    await signIn(page, 'late@example.az');
    await seeText(page, /Confirm your email address/);
    const first = await site.linkFromMail('late@example.az', /\/account\/confirm\/[A-Za-z0-9_-]+/);
    await clickAndLoad(page, button(page.locator('main'), 'Send the link again'));
    await seeText(page, 'We sent a new confirmation link.');
    const second = await waitFor(async () => {
      const link = await site.linkFromMail('late@example.az', /\/account\/confirm\/[A-Za-z0-9_-]+/);
      return link !== first && link;
    }, 5_000, 'a second confirmation mail');
    await page.goto(second);
    await seeText(page, /email address is confirmed/);
    await page.goto('/en/account');
    assert.doesNotMatch(await mainText(page), /Confirm your email address/, 'confirmed now');
  }));

test('a wrong password is refused with a message, and the right one works', opts, () =>
  site.withPage('wrong-password', async (page) => {
    await register(page, 'farid@example.az');
    await page.goto('/en/account/login');
    const form = page.locator('main form');
    await fillForm(form, { email: 'farid@example.az', password: 'not the password at all' });
    await clickAndLoad(page, button(form, 'Sign in'));
    await page.getByRole('alert').first().waitFor({ state: 'visible' });
    assert.match(new URL(page.url()).pathname, /\/account\/login$/);
    await signIn(page, 'farid@example.az');
  }));

test('forgotten password: request the link, set a new password from the mail, sign in with it', opts, () =>
  site.withPage('password-reset', async (page) => {
    await register(page, 'reset@example.az');
    await page.goto('/en/account/login');
    await clickAndLoad(page, page.getByRole('link', { name: 'Forgot your password?' }));
    const form = page.locator('main form');
    await fillForm(form, { email: 'reset@example.az' });
    await clickAndLoad(page, button(form, 'Send the link'));
    await seeText(page, 'Check your email');
    const link = await site.linkFromMail('reset@example.az', /\/account\/password-reset\/[A-Za-z0-9_-]+/);
    await page.goto(link.startsWith('/en/') ? link : `/en${link}`);
    const reset = page.locator('main form');
    await fillForm(reset, { password: 'my brand new password' });
    await clickAndLoad(page, button(reset, 'Save the password'));
    await seeText(page, 'Password changed');
    // The old password no longer works; the new one does.
    await page.goto('/en/account/login');
    await fillForm(page.locator('main form'), { email: 'reset@example.az', password: PASSWORD });
    await clickAndLoad(page, button(page.locator('main form'), 'Sign in'));
    assert.match(new URL(page.url()).pathname, /\/account\/login$/, 'the old password is refused');
    await signIn(page, 'reset@example.az', 'my brand new password');
  }));

test('requests to the administration: change the email, delete the account', opts, () =>
  site.withPage('account-requests', async (page) => {
    await confirmedUser(site, page, 'rashad@example.az');
    const emailForm = page.locator('main form').filter({ has: page.locator('[name="new_email"]') });
    await fillForm(emailForm, { new_email: 'rashad.new@example.az' });
    await clickAndLoad(page, button(emailForm, 'Ask to change the email'));
    await seeText(page, 'Your request was sent to the administration.');
    await seeText(page, 'Change the email to rashad.new@example.az');
    await clickAndLoad(page, button(page.locator('main'), 'Ask to delete my account'));
    assert.ok(page.dialogs.some((d) => /delete your account/i.test(d)), 'the person was asked to confirm');
    await seeText(page, 'Your request was sent to the administration.');
    await seeText(page, 'Delete the account');
  }));

test('"My publications": edit, stop, publish again and ask to delete a published vacancy', opts, async () => {
  const title = 'Delivery driver';
  await site.withPage('owner-controls', async (page, context) => {
    await confirmedUser(site, page, 'owner@example.az');
    await submitPublication(page, 'vacancy', { values: { position: title }, photos: 1 });
    // A moderator approves it (in their own browser).
    const admin = await context.browser().newContext({ baseURL: site.baseURL });
    const adminPage = await admin.newPage();
    await adminSignIn(adminPage, ADMIN);
    await approve(adminPage, title);
    await admin.close();

    await page.goto('/en/account');
    const row = () => myPublicationRow(page, title);
    await row().getByText('Published', { exact: true }).waitFor({ state: 'visible' });

    // Edit: the change waits for moderation while the approved version stays public.
    await clickAndLoad(page, row().getByRole('link', { name: 'Edit' }));
    assert.equal(await assertImagesShown(currentPhotos(page), 'the logo on the owner\'s edit form'), 1);
    const form = publicationForm(page);
    await fillForm(form, { salary_max: '2000' });
    await clickAndLoad(page, form.getByRole('button', { name: /moderation/ }));
    await seeText(page, 'Your changes were received and will be checked by a moderator.');
    await row().getByText('changes wait for moderation').waitFor({ state: 'visible' });

    await clickAndLoad(page, row().getByRole('button', { name: 'Stop' }));
    await seeText(page, 'The publication is stopped: it is no longer shown on the site.');
    await row().getByText('Stopped', { exact: true }).waitFor({ state: 'visible' });
    await page.goto('/en/vacancies');
    assert.doesNotMatch(await mainText(page), new RegExp(title), 'a stopped vacancy is not listed');

    await page.goto('/en/account');
    await clickAndLoad(page, row().getByRole('button', { name: 'Publish again' }));
    await seeText(page, 'The publication is shown on the site again.');
    await row().getByText('Published', { exact: true }).waitFor({ state: 'visible' });
    await page.goto('/en/vacancies');
    await seeText(page.locator('main'), title);

    await page.goto('/en/account');
    await clickAndLoad(page, row().getByRole('button', { name: 'Ask to delete' }));
    await seeText(page, 'Your request to delete the publication was sent to the administration.');
    await row().getByText('deletion requested').waitFor({ state: 'visible' });
  });
});
