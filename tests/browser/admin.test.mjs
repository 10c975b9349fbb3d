// The administration in the browser: sign in, approve, reject with a reason (which the owner then reads on the
// management page), delete for good, remove one of two photos, and carry out an account request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, TEST_TIMEOUT_MS, button, clickAndLoad, fillForm, mainText, seeText } from './support.mjs';
import {
  PASSWORD, adminSignIn, approve, assertImagesShown, confirmedUser, openManagePage, openReview, reject, requestDeletionThroughManageLink, signIn,
  submitPublication,
} from './flows.mjs';

const ADMIN = { email: 'moderator@example.az', password: 'moderator password for tests' };
const site = useSite({ admin: ADMIN });
const opts = { timeout: TEST_TIMEOUT_MS };

/** Submits a publication anonymously in its own browser context; returns its management path. */
async function submitted(kind, values, photos = 0) {
  let managePath;
  await site.withPage(`submit-${kind}`, async (page) => {
    ({ managePath } = await submitPublication(page, kind, { values, photos, ownerEmail: `${kind}@example.az` }));
  });
  return managePath;
}

/** Opens the public page of `title` from its list by clicking it. */
async function openPublic(page, listPath, title) {
  await page.goto(listPath);
  await clickAndLoad(page, page.locator('main').getByRole('link', { name: title }).first());
  await seeText(page.locator('main h1'), title);
}

test('a wrong admin password is refused; approve makes a vacancy public', opts, async () => {
  const title = 'Night-shift security guard';
  await submitted('vacancy', { position: title });
  await site.withPage('approve', async (page) => {
    await page.goto('/en/admin/login');
    await fillForm(page.locator('main form'), { email: ADMIN.email, password: 'not the password' });
    await clickAndLoad(page, button(page.locator('main form'), 'Sign in'));
    await page.getByRole('alert').first().waitFor({ state: 'visible' });

    await adminSignIn(page, ADMIN);
    await seeText(page, /publications? (is|are) waiting for moderation/);
    await approve(page, title);
    await openPublic(page, '/en/vacancies', title);
  });
});

test('reject with a reason: the owner reads the reason on the management page', opts, async () => {
  const title = 'Call centre operator';
  const managePath = await submitted('vacancy', { position: title });
  const reason = 'The salary must be given in AZN, not in dollars.';
  await site.withPage('reject', async (page) => {
    await adminSignIn(page, ADMIN);
    await reject(page, title, reason);
  });
  await site.withPage('reject-owner', async (page) => {
    await openManagePage(page, managePath);
    await seeText(page, 'The publication was rejected');
    await seeText(page, reason);
  });
});

test('delete for good: a published ad whose owner asked for it, and a waiting one from its review page', opts,
  async () => {
    const title = 'Garden maintenance';
    const spam = 'Cheap followers for your page';
    const managePath = await submitted('service', { title });
    await submitted('service', { title: spam });
    let publicPath;
    await site.withPage('delete-approve', async (page) => {
      await adminSignIn(page, ADMIN);
      await approve(page, title);
      await openPublic(page, '/en/services', title);
      publicPath = new URL(page.url()).pathname;
    });
    await site.withPage('delete-owner', async (page) => requestDeletionThroughManageLink(page, managePath));
    await site.withPage('delete', async (page) => {
      await adminSignIn(page, ADMIN);
      await page.goto('/en/admin/moderation');
      const request = page.locator('main li').filter({ hasText: title });
      await clickAndLoad(page, request.getByRole('button', { name: 'Delete for good' }));
      await seeText(page, 'The publication was deleted for good.');
      await page.goto(publicPath);
      await seeText(page, /Page not found|does not exist|not published/);
      await page.goto(`/en${managePath}`);
      assert.equal(await page.getByRole('link', { name: 'Edit', exact: true }).count(), 0, 'no management page');
      await page.goto('/en/services');
      assert.doesNotMatch(await mainText(page), new RegExp(title), 'not listed');

      await openReview(page, spam);
      await clickAndLoad(page, button(page.locator('main'), 'Delete for good'));
      assert.ok(page.dialogs.some((d) => /delete/i.test(d)), 'the moderator was asked to confirm');
      await seeText(page, 'The publication was deleted for good.');
      assert.equal(await page.locator('main').getByRole('link', { name: spam }).count(), 0, 'gone from the queue');
    });
  });

/** Marks a photo of the moderator's form for removal, whichever way the form asks ("Remove" / untick "Keep"). */
async function markForRemoval(item) {
  const box = item.getByRole('checkbox');
  const label = await item.locator('label').innerText();
  if (/keep/i.test(label)) await box.uncheck();
  else await box.check();
}

test('remove one photo of an ad with two, then approve: the public page shows the other one', opts, async () => {
  const title = 'Wedding photography';
  await submitted('service', { title }, 2);
  await site.withPage('remove-photo', async (page) => {
    await adminSignIn(page, ADMIN);
    await openReview(page, title);
    const photos = page.locator('main form .current-photos li');
    assert.equal(await photos.count(), 2, 'the moderator sees both photos');
    await assertImagesShown(photos.locator('img'), 'the photos on the review page');
    await markForRemoval(photos.first());
    await clickAndLoad(page, button(page.locator('main'), /^Approve/));
    await seeText(page, 'The publication is now public.');
    await openPublic(page, '/en/services', title);
    const gallery = page.locator('main').getByRole('list', { name: 'Photos' }).locator('img');
    assert.equal(await assertImagesShown(gallery, 'the public photos'), 1, 'one photo left on the public page');
  });
});

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
