// Contacts shown on request (with JavaScript in place, without it through a page), and the language switcher on a
// form page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, NO_JS, TEST_TIMEOUT_MS, clickAndLoad, field } from './support.mjs';
import { openFirstFromList, publicationForm, revealContacts } from './flows.mjs';

const site = useSite({ seed: { vacancies: 3, resumes: 3, services: 3 } });
const opts = { timeout: TEST_TIMEOUT_MS };

for (const list of ['/en/vacancies', '/en/resumes', '/en/services']) {
  test(`${list}: "Show contacts" shows them in place with JavaScript`, opts, () =>
    site.withPage(`reveal-js${list.replace(/\W/g, '-')}`, async (page) => {
      await openFirstFromList(page, list);
      await revealContacts(page, { javaScript: true });
    }));
}

test('without JavaScript "Show contacts" leads to the contacts', opts, () =>
  site.withPage('reveal-nojs', async (page) => {
    await openFirstFromList(page, '/en/vacancies');
    await revealContacts(page, { javaScript: false });
  }, NO_JS));

/** The text of the label of `name` in the publication form. */
async function labelOf(page, name) {
  const label = page.locator(`label[for="f-${name}"]`);
  return (await label.innerText()).replace(/\s*\*\s*$/, '').trim();
}

/** Clicks the link to another language as the person sees it (its native name), wherever the page shows it. */
async function switchTo(page, nativeName) {
  const link = page.getByRole('link', { name: nativeName, exact: true }).filter({ visible: true }).first();
  await clickAndLoad(page, link);
}

test('the language switcher on the vacancy form: Russian, then English, the same form', opts, () =>
  site.withPage('language', async (page) => {
    await page.goto('/vacancies/new');
    assert.equal(await labelOf(page, 'position'), 'Vəzifə');
    assert.equal(await labelOf(page, 'company'), 'Şirkət');

    await switchTo(page, 'Русский');
    assert.equal(new URL(page.url()).pathname, '/ru/vacancies/new');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    assert.equal(await labelOf(page, 'position'), 'Должность');
    assert.equal(await labelOf(page, 'company'), 'Компания');
    await field(publicationForm(page), 'requirements');

    await switchTo(page, 'English');
    assert.equal(new URL(page.url()).pathname, '/en/vacancies/new');
    assert.equal(await labelOf(page, 'position'), 'Position');
    assert.equal(await labelOf(page, 'company'), 'Company');
    // Still the vacancy form, and it still works in the new language.
    const form = publicationForm(page);
    await clickAndLoad(page, form.getByRole('button', { name: 'Send for moderation' }));
    await page.getByRole('alert').filter({ hasText: /Please correct/ }).waitFor({ state: 'visible' });

    await switchTo(page, 'Azərbaycanca');
    assert.equal(new URL(page.url()).pathname, '/vacancies/new');
    assert.equal(await labelOf(page, 'position'), 'Vəzifə');
  }));
