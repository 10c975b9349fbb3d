// A photo is never silently lost: a resume sent with a photo and a missing field comes back with the photo kept as a
// thumbnail, the corrected form carries it, and with JavaScript a too large or wrong file is refused before upload
// with the server's own message. The Azerbaijani form is used; fields are found through their labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, TEST_TIMEOUT_MS, clickAndLoad, field, fillForm, pngFile } from './support.mjs';
import { confirmationPage, publicationForm, sendButton } from './flows.mjs';

const site = useSite();
const opts = { timeout: TEST_TIMEOUT_MS };

/** Waits until the image has loaded and asserts that it has a real size. */
async function assertLoads(img, what) {
  await img.waitFor({ state: 'visible' });
  assert.ok(await img.evaluate((el) => el.complete && el.naturalWidth > 0), what);
}

test('A: a resume with a photo and a missing field keeps the photo; the corrected form sends it', opts, async () => {
  await site.withPage('A-held-photo', async (page) => {
    assert.equal((await page.goto('/resumes/new')).status(), 200);
    const form = publicationForm(page);
    await fillForm(form, {
      first_name: 'Aysel',
      last_name: 'Məmmədova',
      city: 'baku',
      category: 'finance',
      experience: '3_5',
      education_level: 'higher',
      phone: '+994 55 444 33 22',
      photo: { files: [pngFile('me.png')] },
    });
    assert.equal(await page.locator('#f-photo-error').count(), 0, 'a good photo is not refused by the script');

    // Sent without the desired position: 422, the photo is shown as kept.
    const response = await clickAndLoad(page, sendButton(form));
    assert.equal(response.request().method(), 'POST');
    assert.equal(new URL(response.url()).pathname, '/resumes/new');
    assert.equal(response.status(), 422);
    assert.equal(await (await field(form, 'desired_position')).getAttribute('aria-invalid'), 'true');
    const thumb = page.locator('ul.held-photos img');
    assert.equal(await thumb.count(), 1, 'one kept photo');
    await assertLoads(thumb, 'the thumbnail loads');
    assert.equal(await page.locator('input[name="remove_held_photo"]').count(), 1, 'with a "remove" box');
    assert.equal(await (await field(form, 'first_name')).inputValue(), 'Aysel', 'typed values are kept too');

    // Corrected, without choosing the photo again.
    await fillForm(form, { desired_position: 'Baş mühasib' });
    await clickAndLoad(page, sendButton(form));
    assert.match(page.url(), /\/manage\/[^/?#]+\?new=1$/, 'the confirmation page of a new resume');
    const { managePath } = await confirmationPage(page);
    assert.equal(managePath, new URL(page.url()).pathname, 'the link shown is the page\'s own address');

    // The stored resume has the photo: the owner's edit form shows it.
    assert.equal((await page.goto(`${managePath}/edit`)).status(), 200);
    const stored = page.locator(`img[src^="${managePath}/media/"]`);
    assert.equal(await stored.count(), 1, 'the resume was stored with its photo');
    await assertLoads(stored, 'the stored photo loads');
  });
});

test('B: with JavaScript, a wrong file type or a file over 10 MB is refused before upload', opts, async () => {
  await site.withPage('B-refused-in-browser', async (page) => {
    await page.goto('/resumes/new');
    const input = await field(publicationForm(page), 'photo');
    const error = page.locator('.field:has(#f-photo) #f-photo-error');
    const uploads = [];
    page.on('request', (r) => { if (r.method() === 'POST') uploads.push(r.url()); });

    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    await input.setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: pdf });
    await error.waitFor({ state: 'visible' });
    const wrongType = await input.getAttribute('data-wrong-type');
    assert.equal((await error.innerText()).trim(), wrongType);
    assert.notEqual(wrongType, 'This file is not a JPEG, PNG or WebP photo.',
      'the Azerbaijani message, not the English one');
    assert.equal(await input.evaluate((el) => el.files.length), 0, 'the file is taken out of the form');
    assert.equal(await input.getAttribute('aria-invalid'), 'true');

    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0xff);
    await input.setInputFiles({ name: 'big.jpg', mimeType: 'image/jpeg', buffer: big });
    const tooLarge = await input.getAttribute('data-too-large');
    await page.waitForFunction((text) => document.getElementById('f-photo-error')?.textContent === text, tooLarge);
    assert.equal(await input.evaluate((el) => el.files.length), 0);

    // A good file clears the message.
    await input.setInputFiles(pngFile('ok.png'));
    await error.waitFor({ state: 'detached' });
    assert.equal(await input.evaluate((el) => el.files.length), 1);
    assert.equal(uploads.length, 0, 'nothing was sent');
  });
});
