// The key flows again on a 390×844 phone screen (isMobile, touch), and the main ones without JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, MOBILE, NO_JS, TEST_TIMEOUT_MS, clickAndLoad, field } from './support.mjs';
import {
  assertImagesShown, currentPhotos, editThroughManageLink, openFirstFromList, openManagePage, publicationForm,
  register, revealContacts, signIn, signOut, submitPublication,
} from './flows.mjs';

const site = useSite({ seed: { vacancies: 2, resumes: 2, services: 0 } });
const opts = { timeout: TEST_TIMEOUT_MS };

/** The page is as wide as the screen: nothing sticks out sideways. */
async function fitsTheScreen(page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, width: window.innerWidth,
  }));
  return scroll <= width ? true : `${scroll} px wide on a ${width} px screen`;
}

for (const [variant, options] of [['phone', MOBILE], ['no JavaScript', NO_JS]]) {
  test(`${variant}: submit a vacancy with a logo, then edit it through the management link`, opts, () =>
    site.withPage(`submit-edit-${variant}`, async (page) => {
      const { managePath } = await submitPublication(page, 'vacancy', {
        photos: 1, ownerEmail: 'phone@example.az', values: { position: `Courier (${variant})` },
      });
      if (variant === 'phone') assert.equal(await fitsTheScreen(page), true, 'the confirmation page fits the phone');
      await editThroughManageLink(page, managePath, { position: `Courier with a car (${variant})` });
      await clickAndLoad(page, page.getByRole('link', { name: 'Edit', exact: true }));
      assert.equal(await assertImagesShown(currentPhotos(page), 'the logo on the edit form'), 1);
    }, options));

  test(`${variant}: "Show contacts" on a resume`, opts, () =>
    site.withPage(`reveal-${variant}`, async (page) => {
      await openFirstFromList(page, '/en/resumes');
      await revealContacts(page, { javaScript: options.javaScriptEnabled !== false });
      if (variant === 'phone') assert.equal(await fitsTheScreen(page), true, 'the detail page fits the phone');
    }, options));
}

test('phone: register, sign in and sign out', opts, () =>
  site.withPage('sign-in-phone', async (page) => {
    await register(page, 'mobile@example.az');
    await signIn(page, 'mobile@example.az');
    await signOut(page);
    await page.locator('header summary', { hasText: 'Menu' }).click();  // signed out: the menu offers "Sign in"
    await page.getByRole('link', { name: 'Sign in', exact: true }).first().waitFor({ state: 'visible' });
  }, MOBILE));

test('no JavaScript: a resume with a photo and an extra language row added with the "Add a language" button', opts,
  () => site.withPage('resume-nojs', async (page) => {
    await page.goto('/en/resumes/new');
    await clickAndLoad(page, page.getByRole('button', { name: 'Add a language' }));
    assert.equal(await page.locator('[name="languages.1.language"]').count(), 1, 'a second language row');
    const { managePath } = await submitPublication(page, 'resume', {
      photos: 1, ownerEmail: 'nojs@example.az', reload: false,
      values: {
        'languages.0.language': 'Azerbaijani', 'languages.0.level': 'native',
        'languages.1.language': 'English', 'languages.1.level': 'B2',
      },
    });
    await openManagePage(page, managePath);
    await clickAndLoad(page, page.getByRole('link', { name: 'Edit', exact: true }));
    const form = publicationForm(page);
    assert.equal(await (await field(form, 'languages.1.language')).inputValue(), 'English', 'both rows were kept');
    assert.equal(await assertImagesShown(currentPhotos(page), 'the photo on the edit form'), 1);
  }, NO_JS));
