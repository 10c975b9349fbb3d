// Moderation in the browser: sign in and out, approve, reject with a reason (which the owner then reads on the
// management page), delete for good, remove one of two photos.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, TEST_TIMEOUT_MS, button, clickAndLoad, fillForm, mainText, seeText } from './support.mjs';
import {
  adminSignIn, approve, assertImagesShown, editThroughManageLink, manageStatus, markForRemoval, openManagePage,
  openPublic, openReview, photoItems, reject, requestDeletionThroughManageLink, submitAnonymously,
} from './flows.mjs';

const ADMIN = { email: 'moderator@example.az', password: 'moderator password for tests' };
const site = useSite({ admin: ADMIN });
const opts = { timeout: TEST_TIMEOUT_MS };

test('a wrong admin password is refused; approve makes a vacancy public', opts, async () => {
  const title = 'Night-shift security guard';
  await submitAnonymously(site, 'vacancy', { position: title });
  await site.withPage('approve', async (page) => {
    await page.goto('/en/admin/login');
    await fillForm(page.locator('main form'), { email: ADMIN.email, password: 'not the password' });
    await clickAndLoad(page, button(page.locator('main form'), 'Sign in'));
    await page.getByRole('alert').first().waitFor({ state: 'visible' });

    await adminSignIn(page, ADMIN);
    await seeText(page, /publications? (is|are) waiting for moderation/);
    await approve(page, title);
    await openPublic(page, '/en/vacancies', title);

    // Signing out ends the administration session.
    await clickAndLoad(page, page.getByRole('button', { name: 'Sign out' }).first());
    await page.goto('/en/admin/moderation');
    assert.doesNotMatch(new URL(page.url()).pathname, /\/admin\/moderation$/, 'the queue is closed after signing out');
    await page.locator('main form').getByRole('button', { name: 'Sign in' }).waitFor({ state: 'visible' });
  });
});

test('reject with a reason: the owner reads the reason on the management page', opts, async () => {
  const title = 'Call centre operator';
  const managePath = await submitAnonymously(site, 'vacancy', { position: title });
  const reason = 'The salary must be given in AZN, not in dollars.';
  await site.withPage('reject', async (page) => {
    await adminSignIn(page, ADMIN);
    await reject(page, title, reason);
  });
  await site.withPage('reject-owner', async (page) => {
    await openManagePage(page, managePath);
    await seeText(page, 'The publication was rejected');
    await seeText(page, reason);
    // Corrected and sent again, it waits for moderation once more.
    await editThroughManageLink(page, managePath, { salary_min: '2500', salary_max: '3000' });
    assert.equal(await manageStatus(page), 'Waiting for moderation');
  });
});

test('an edit of a published vacancy: the approved text stays public until the edit is approved', opts, async () => {
  const title = 'Pastry cook';
  const edited = 'Pastry cook (night shift)';
  const managePath = await submitAnonymously(site, 'vacancy', { position: title });
  await site.withPage('edit-approve', async (page) => {
    await adminSignIn(page, ADMIN);
    await approve(page, title);
  });
  await site.withPage('edit-owner', async (page) => {
    await editThroughManageLink(page, managePath, { position: edited });
    await seeText(page, /approved version stays public/);
    await openPublic(page, '/en/vacancies', title);
  });
  await site.withPage('edit-approve-again', async (page) => {
    await adminSignIn(page, ADMIN);
    await seeText(page.locator('main'), /edit of a published one/);
    await approve(page, edited);
    await openPublic(page, '/en/vacancies', edited);
    await page.goto('/en/vacancies');
    assert.equal(await page.locator('main').getByRole('link', { name: title, exact: true }).count(), 0,
      'the old text is no longer listed');
  });
});

test('delete for good: a published ad whose owner asked for it, and a waiting one from its review page', opts,
  async () => {
    const title = 'Garden maintenance';
    const spam = 'Cheap followers for your page';
    const managePath = await submitAnonymously(site, 'service', { title });
    await submitAnonymously(site, 'service', { title: spam });
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

test('remove one photo of an ad with two, then approve: the public page shows the other one', opts, async () => {
  const title = 'Wedding photography';
  await submitAnonymously(site, 'service', { title }, 2);
  await site.withPage('remove-photo', async (page) => {
    await adminSignIn(page, ADMIN);
    await openReview(page, title);
    const photos = photoItems(page);
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

