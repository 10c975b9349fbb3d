// The staff page at /admin/staff: an administrator adds moderators and administrators and changes roles; a
// moderator moderates but is refused what only administrators may do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, TEST_TIMEOUT_MS, button, clickAndLoad, fillForm, mainText, seeText } from './support.mjs';
import {
  PASSWORD, adminSignIn, confirmedUser, openReview, secondFactorOf, submitPublication, totpCode,
} from './flows.mjs';

const ADMIN = { email: 'chief@example.az', password: 'chief password for tests' };
const site = useSite({ admin: ADMIN });
const opts = { timeout: TEST_TIMEOUT_MS };

/** The administrator's staff page, signed in. */
async function staffPage(page) {
  await adminSignIn(page, ADMIN);
  await page.goto('/en/admin/staff');
  await page.locator('main h1', { hasText: 'Staff' }).waitFor({ state: 'visible' });
}

function addForm(page) {
  return page.locator('main form').filter({ has: page.getByRole('button', { name: 'Add', exact: true }) });
}

test('staff: an administrator adds a moderator, who moderates but cannot delete', opts, async () => {
  const moderator = { email: 'Aynur.Moderator@example.az', password: 'moderator password 1' };
  await site.withPage('staff-admin', async (page) => {
    await staffPage(page);
    const form = addForm(page);
    await fillForm(form, { email: moderator.email, password: 'short', role: { radio: 'moderator' } });
    const refused = await clickAndLoad(page, button(form, 'Add'));
    assert.equal(refused.status(), 422, 'a short password is refused');
    await seeText(page.locator('main form').first(), /at least 10 characters/);
    assert.equal(await page.locator('#f-email').first().inputValue(), moderator.email, 'the email is kept');
    await fillForm(addForm(page), { password: moderator.password });
    await clickAndLoad(page, button(addForm(page), 'Add'));
    await seeText(page, 'The staff account was created. It can sign in now.');
    const row = page.getByRole('table', { name: 'Administrators and moderators' }).locator('tbody tr')
      .filter({ hasText: 'aynur.moderator@example.az' });
    await row.getByRole('cell', { name: 'Moderator', exact: true }).waitFor({ state: 'visible' });
  });
  const title = 'Moderated by a moderator';
  await site.withPage('staff-visitor', (page) => submitPublication(page, 'vacancy', { values: { position: title } }));
  await site.withPage('staff-moderator', async (page) => {
    await adminSignIn(page, moderator);
    const menu = page.getByRole('navigation', { name: 'Administration menu' });
    await menu.getByRole('link', { name: 'Moderation queue' }).waitFor({ state: 'visible' });
    assert.equal(await menu.getByRole('link', { name: 'Staff' }).count(), 0, 'no staff link for a moderator');
    await openReview(page, title);
    assert.equal(await button(page.locator('main'), 'Delete for good').count(), 0, 'a moderator cannot delete');
    await clickAndLoad(page, button(page.locator('main'), 'Approve and publish'));
    await seeText(page, 'The publication is now public.');
    const refused = await page.goto('/en/admin/staff');
    assert.equal(refused.status(), 403);
    assert.match(await mainText(page), /Only administrators may do this\./);
  });
});

test('staff: an administrator changes a role, and the account is signed out', opts, async () => {
  const email = 'helper@example.az';
  await site.withPage('role-user', async (userPage) => {
    await confirmedUser(site, userPage, email);
    await site.withPage('role-admin', async (page) => {
      await staffPage(page);
      const give = page.locator('main form').filter({ hasText: 'Email of the account' });
      await fillForm(give, { account_email: email, new_role: { radio: 'moderator' } });
      await clickAndLoad(page, button(give, 'Save'));
      await seeText(page, 'The role was changed.');
    });
    // The new role holds from the next sign-in: the old session ended.
    await userPage.goto('/en/account');
    assert.match(new URL(userPage.url()).pathname, /\/account\/login$/, 'signed out by the role change');
    await adminSignIn(userPage, { email, password: PASSWORD });
    await userPage.getByRole('navigation', { name: 'Administration menu' }).waitFor({ state: 'visible' });

    await site.withPage('role-back', async (page) => {
      await staffPage(page);
      const row = page.getByRole('table', { name: 'Administrators and moderators' }).locator('tbody tr')
        .filter({ hasText: email });
      await row.getByLabel(`Role of ${email}`).selectOption('user');
      await clickAndLoad(page, button(row, 'Save'));
      await seeText(page, 'The role was changed.');
      assert.doesNotMatch(await page.getByRole('table').innerText(), new RegExp(email), 'no longer staff');
    });
    await userPage.goto('/en/admin/moderation');
    assert.match(new URL(userPage.url()).pathname, /\/admin\/login$/, 'the moderation queue is closed to them');
  });
});

test('staff: a new administrator sets up the second factor with the QR code, then signs in with a code', opts, async () => {
  const second = { email: 'second.chief@example.az', password: 'second chief password' };
  await site.withPage('totp-add', async (page) => {
    await staffPage(page);
    await fillForm(addForm(page), { ...second, role: { radio: 'admin' } });
    await clickAndLoad(page, button(addForm(page), 'Add'));
    await seeText(page, 'The staff account was created. It can sign in now.');
  });
  let secret;
  await site.withPage('totp-setup', async (page) => {
    await page.goto('/en/admin/login');
    await fillForm(page.locator('main form'), { email: second.email, password: second.password });
    await clickAndLoad(page, button(page.locator('main form'), 'Sign in'));
    assert.match(new URL(page.url()).pathname, /\/admin\/security$/, 'nothing opens before the second factor');
    await seeText(page, 'Administrators sign in with a second factor. Set it up to continue.');
    const qr = page.getByRole('img', { name: 'QR code for the authenticator app' });
    const box = await qr.boundingBox();
    assert.ok(box && box.width >= 150, 'the QR code is drawn large enough to scan');
    secret = (await page.locator('main code.totp-secret').innerText()).trim();
    const form = page.locator('main form');
    await fillForm(form, { code: '123456' === totpCode(secret) ? '654321' : '123456' });
    const refused = await clickAndLoad(page, button(form, 'Turn on the second factor'));
    assert.equal(refused.status(), 422);
    await seeText(page, /The code is wrong/);
    assert.equal((await page.locator('main code.totp-secret').innerText()).trim(), secret, 'the same key again');
    await fillForm(page.locator('main form'), { code: totpCode(secret) });
    await clickAndLoad(page, button(page.locator('main form'), 'Turn on the second factor'));
    await seeText(page, 'The second factor is set up. From now on you sign in with a code from the app.');
    await page.goto('/en/admin/moderation');
    assert.match(new URL(page.url()).pathname, /\/admin\/moderation$/);
  });
  await site.withPage('totp-signin', async (page) => {
    await page.goto('/en/admin/login');
    const form = page.locator('main form');
    await fillForm(form, { email: second.email, password: second.password });
    const refused = await clickAndLoad(page, button(form, 'Sign in'));
    assert.equal(refused.status(), 422, 'the password alone no longer signs in');
    await seeText(page, 'The email, the password or the code is wrong.');
    // The next 30-second step: the setup's code was used.
    const next = Math.ceil((Date.now() + 1) / 30_000) * 30_000;
    await new Promise((resolve) => { setTimeout(resolve, Math.max(0, next - Date.now() + 200)); });
    await fillForm(page.locator('main form'), { password: second.password, code: totpCode(secret) });
    await clickAndLoad(page, button(page.locator('main form'), 'Sign in'));
    assert.match(new URL(page.url()).pathname, /\/admin\/moderation$/, 'signed in with the code');
  });
});

test('staff: an administrator makes new recovery codes with a code from the app; the old ones stop working', opts,
  async () => {
    let old;
    await site.withPage('recovery-renew', async (page) => {
      await adminSignIn(page, ADMIN);
      const factor = secondFactorOf(ADMIN.email);
      const menu = page.getByRole('navigation', { name: 'Administration menu' });
      await clickAndLoad(page, menu.getByRole('link', { name: 'Sign-in security', exact: true }));
      const form = () => page.locator('main form')
        .filter({ has: page.getByRole('button', { name: 'Make new recovery codes' }) });
      let response;
      for (let attempt = 0; attempt < 2; attempt += 1) {
        await fillForm(form(), { code: totpCode(factor.secret) });
        response = await clickAndLoad(page, button(form(), 'Make new recovery codes'), { press: 'Enter' });
        if (response.status() !== 422) break;
        // This 30-second step's code was used by the sign-in setup: the app shows the next one soon.
        const next = Math.ceil((Date.now() + 1) / 30_000) * 30_000;
        await new Promise((resolve) => { setTimeout(resolve, Math.max(0, next - Date.now() + 200)); });
      }
      await seeText(page, 'New recovery codes are made. The old ones no longer work.');
      const codes = await page.getByRole('list', { name: 'Recovery codes' }).locator('code').allInnerTexts();
      assert.equal(codes.length, 10, 'ten new codes, shown once');
      old = factor.recovery.pop();
      factor.recovery = codes;
    });
    await site.withPage('recovery-old', async (page) => {
      await page.goto('/en/admin/login');
      const form = page.locator('main form');
      await fillForm(form, { email: ADMIN.email, password: ADMIN.password, code: old });
      const refused = await clickAndLoad(page, button(form, 'Sign in'));
      assert.equal(refused.status(), 422, 'an old recovery code no longer signs in');
    });
    await site.withPage('recovery-new', (page) => adminSignIn(page, ADMIN));
  });
