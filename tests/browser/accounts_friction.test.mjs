// Browser test: accounts without friction. A person posts a vacancy without an account, registers later with the
// same email, confirms from the mail and lands signed in; "My publications" offers the earlier vacancy, the person
// ticks it and attaches it, and sees it among their publications.
//
// Run from the repository root:  node tests/browser/accounts_friction.test.mjs
// Environment: EJOB_BIN (default build/ejob), CHROMIUM_PATH (default /usr/bin/chromium).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, fillForm, clickAndLoad, TEST_TIMEOUT_MS } from './support.mjs';

const site = useSite();

test('post without an account, register with that email, confirm, land signed in, attach the earlier vacancy',
  { timeout: TEST_TIMEOUT_MS }, async () => {
    const email = 'sabina@example.az';
    const title = 'Night receptionist';
    await site.withPage('accounts-friction', async (page) => {
      const scriptErrors = [];
      page.on('pageerror', (e) => scriptErrors.push(e.message));
      // 1. A vacancy posted without an account, with the email address.
      await page.goto('/en/vacancies/new');
      const form = page.locator('form:has(#f-position)');
      await fillForm(form, {
        position: title,
        category: 'it',
        company: 'Xəzər Otel MMC',
        city: 'baku',
        employment_type: 'full_time',
        experience: '1_3',
        education: 'secondary',
        requirements: 'Polite and careful; English and Russian.',
        description: 'Guests arriving at night are welcomed and checked in.',
        phone: '+994 50 123 45 67',
        owner_email: email,
      });
      await clickAndLoad(page, form.locator('button[type="submit"]'));
      assert.match(new URL(page.url()).pathname, /^\/en\/manage\//, 'the management page of the new vacancy');

      // 2. Later, the same person registers with that address.
      await page.goto('/en/account/register');
      const register = page.locator('main form');
      await fillForm(register, { email, password: 'a long enough password' });
      await clickAndLoad(page, register.getByRole('button', { name: 'Create the account' }));
      await page.getByText('Check your email').first().waitFor({ state: 'visible' });

      // 3. The link in the mail confirms the address and signs the person in.
      await page.goto(await site.linkFromMail(email, /\/account\/confirm\/[A-Za-z0-9_-]+/));
      assert.match(new URL(page.url()).pathname, /^\/en\/account$/, 'lands on "My publications"');
      await page.getByText('your email address is confirmed, and you are signed in').waitFor({ state: 'visible' });
      await page.getByText(`Signed in as ${email}`).waitFor({ state: 'visible' });

      // 4. The earlier vacancy is offered; the person ticks it and attaches it.
      const offer = page.locator('section').filter({
        has: page.getByRole('heading', { name: 'Earlier publications with your email' }),
      });
      await offer.waitFor({ state: 'visible' });
      const box = offer.getByRole('checkbox', { name: title });
      await box.check();
      await clickAndLoad(page, offer.getByRole('button', { name: 'Attach the chosen ones' }));
      await page.getByText('The chosen publications are now in your account.').waitFor({ state: 'visible' });

      // 5. It is under "My publications" now, and no longer offered.
      const mine = page.getByRole('table', { name: 'My publications' });
      await mine.getByText(title).waitFor({ state: 'visible' });
      assert.equal(await page.getByRole('heading', { name: 'Earlier publications with your email' }).count(), 0,
        'nothing left to offer');
      assert.deepEqual(scriptErrors, [], 'no script errors');
    }, { locale: 'en-GB' });
  });
