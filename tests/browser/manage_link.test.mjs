// The owner's private management link: edit and save (Chromium posts these forms with the page's own Origin, which
// answered 403 before the token pages stopped sending "Referrer-Policy: no-referrer"), remove a photo, ask for
// deletion, and add the publication to a signed-in account once its address is confirmed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, TEST_TIMEOUT_MS, button, clickAndLoad, field, mainText, seeText } from './support.mjs';
import {
  assertImagesShown, confirmFromMail, confirmedUser, currentPhotos, editThroughManageLink, markForRemoval,
  myPublicationRow, openManagePage, photoItems, publicationForm, register, requestDeletionThroughManageLink, signIn,
  submitPublication,
} from './flows.mjs';

const site = useSite();
const opts = { timeout: TEST_TIMEOUT_MS };

for (const kind of ['vacancy', 'resume', 'service']) {
  test(`${kind}: edit and save through the management link`, opts, () =>
    site.withPage(`manage-edit-${kind}`, async (page) => {
      const { managePath } = await submitPublication(page, kind, { ownerEmail: `${kind}@example.az` });
      const changes = {
        vacancy: { position: 'Senior backend developer (C++)' },
        resume: { desired_position: 'Financial controller' },
        service: { title: 'Bathroom tiling and plastering' },
      }[kind];
      await editThroughManageLink(page, managePath, changes);
      assert.doesNotMatch(await mainText(page), /forbidden|qadağandır|запрещ/i, 'no "forbidden" page');
      // Opening the form again shows the saved text.
      await clickAndLoad(page, page.getByRole('link', { name: 'Edit', exact: true }));
      const [name, value] = Object.entries(changes)[0];
      assert.equal(await (await field(publicationForm(page), name)).inputValue(), value, 'the edit was saved');
    }));
}

test('the owner removes one of two photos through the management link', opts, () =>
  site.withPage('manage-photo', async (page) => {
    const { managePath } = await submitPublication(page, 'service', { photos: 2, ownerEmail: 'pics@example.az' });
    await openManagePage(page, managePath);
    await clickAndLoad(page, page.getByRole('link', { name: 'Edit', exact: true }));
    const photos = photoItems(page);
    assert.equal(await photos.count(), 2);
    await markForRemoval(photos.first());
    await clickAndLoad(page, publicationForm(page).getByRole('button', { name: /moderation/ }));
    await seeText(page, 'Your changes were received and will be checked by a moderator.');
    await clickAndLoad(page, page.getByRole('link', { name: 'Edit', exact: true }));
    assert.equal(await assertImagesShown(currentPhotos(page), 'the photos left'), 1, 'one photo left');
  }));

test('deletion request through the management link', opts, () =>
  site.withPage('manage-delete', async (page) => {
    const { managePath } = await submitPublication(page, 'service', { ownerEmail: 'gone@example.az' });
    await requestDeletionThroughManageLink(page, managePath);
    assert.ok(page.dialogs.some((d) => /delete/i.test(d)), 'the person was asked to confirm');
    // Opened again later, the page remembers the request and offers no second one.
    await openManagePage(page, managePath);
    await seeText(page, 'You asked the administration to delete this publication.');
    assert.equal(await button(page.locator('main'), 'Ask to delete').count(), 0);
  }));

test('"Add to my account" through the management link: confirm first, then attach', opts, async () => {
  let managePath;
  await site.withPage('attach-submit', async (page) => {
    ({ managePath } = await submitPublication(page, 'vacancy', {
      ownerEmail: 'owner@example.az', values: { position: 'Warehouse keeper' },
    }));
  });
  await site.withPage('attach', async (page) => {
    await register(page, 'owner@example.az');
    await signIn(page, 'owner@example.az');
    // Not confirmed yet: the page says what to do instead of offering a button that cannot work.
    await openManagePage(page, managePath);
    await seeText(page, 'Confirm your email address first, then attach publications.');
    assert.equal(await button(page.locator('main'), 'Add to my account').count(), 0);

    await confirmFromMail(site, page, 'owner@example.az');
    await page.goto('/en/account');
    assert.equal(await myPublicationRow(page, 'Warehouse keeper').count(), 0, 'not in the account yet');
    await openManagePage(page, managePath);
    await clickAndLoad(page, button(page.locator('main'), 'Add to my account'));
    await seeText(page, 'The publication is now in your account.');
    await clickAndLoad(page, page.getByRole('link', { name: 'My account' }).first());
    await myPublicationRow(page, 'Warehouse keeper').waitFor({ state: 'visible' });
  });
  // Someone else who has the link is not offered to take it over.
  await site.withPage('attach-other', async (page) => {
    await confirmedUser(site, page, 'someone.else@example.az');
    await openManagePage(page, managePath);
    assert.equal(await button(page.locator('main'), 'Add to my account').count(), 0);
  });
});
