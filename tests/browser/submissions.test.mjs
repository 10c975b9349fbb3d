// Submitting each kind of publication with its photos, the validation errors of the form, and the form in
// Azerbaijani (the default language) sent by pressing Enter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, TEST_TIMEOUT_MS, clickAndLoad, field, fillForm, seeText } from './support.mjs';
import {
  assertImagesShown, currentPhotos, openManagePage, publicationForm, submitPublication,
} from './flows.mjs';

const site = useSite();
const opts = { timeout: TEST_TIMEOUT_MS };

async function photosOnEditForm(page, managePath) {
  await openManagePage(page, managePath);
  await clickAndLoad(page, page.getByRole('link', { name: 'Edit', exact: true }));
  return assertImagesShown(currentPhotos(page), 'the photos on the edit form');
}

test('a vacancy with a logo: confirmation page, management link mailed, the logo is kept', opts, () =>
  site.withPage('vacancy-logo', async (page) => {
    const { managePath, manageLink } =
      await submitPublication(page, 'vacancy', { photos: 1, ownerEmail: 'hr@example.az' });
    await seeText(page, 'Waiting for moderation');
    const mailed = await site.linkFromMail('hr@example.az', /\/manage\/[A-Za-z0-9_-]+/);
    assert.ok(manageLink.endsWith(mailed), `the mailed link ${mailed} is the one shown (${manageLink})`);
    assert.equal(await photosOnEditForm(page, managePath), 1, 'one logo');
  }));

test('a resume with a photo, sent with Enter: confirmation page, management link, the photo is kept', opts, () =>
  site.withPage('resume-photo', async (page) => {
    // Enter in a text field sends the resume (not one of the form's "Add …" buttons).
    const { managePath } = await submitPublication(page, 'resume', {
      photos: 1, ownerEmail: 'leyla@example.az', press: 'desired_position',
    });
    assert.equal(await photosOnEditForm(page, managePath), 1, 'one photo');
  }));

test('a services ad with two photos: confirmation page with the management link, both photos kept', opts, () =>
  site.withPage('service-photos', async (page) => {
    const { managePath } = await submitPublication(page, 'service', { photos: 2, ownerEmail: 'elvin@example.az' });
    assert.equal(await photosOnEditForm(page, managePath), 2, 'two photos');
  }));

test('from the home page through "Publish" to the Azerbaijani form, sent with Enter', opts, () =>
  site.withPage('vacancy-az-enter', async (page) => {
    await page.goto('/');
    await clickAndLoad(page, page.locator('header a[href="/post"]').first());
    await clickAndLoad(page, page.locator('main').getByRole('link', { name: /Vakansiya yerləşdir/ }));
    assert.equal(new URL(page.url()).pathname, '/vacancies/new');
    const { managePath } = await submitPublication(page, 'vacancy', {
      reload: false, press: 'company', values: { position: 'Mühasib', company: 'Şəki Çörək MMC' },
    });
    assert.equal(await page.locator('html').getAttribute('lang'), 'az');
    await seeText(page, 'Moderasiya gözləyir');
    assert.ok(managePath);
  }));

test('an incomplete form shows the errors next to the fields and keeps what was typed', opts, () =>
  site.withPage('vacancy-errors', async (page) => {
    await page.goto('/en/vacancies/new');
    const form = publicationForm(page);
    await fillForm(form, { position: 'Accountant / Mühasib' });
    await clickAndLoad(page, form.getByRole('button', { name: 'Send for moderation' }));
    const summary = page.getByRole('alert').filter({ hasText: /Please correct/ });
    await summary.waitFor({ state: 'visible' });
    const company = await field(publicationForm(page), 'company');
    assert.equal(await company.getAttribute('aria-invalid'), 'true', 'the company field is marked invalid');
    const describedBy = await company.getAttribute('aria-describedby');
    const error = page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`);
    assert.ok((await error.innerText()).trim().length > 0, 'the company field has its error message');
    assert.equal(await (await field(publicationForm(page), 'position')).inputValue(), 'Accountant / Mühasib');
    // The summary's links lead to the fields.
    await summary.getByRole('link').first().click();
    assert.match(page.url(), /#f-/, 'the error link jumps to its field');
  }));
