// Browser test: moderation as a moderator does it, in Debian's headless Chromium against a real `ejob serve`
// (fresh data directory). The owner posts a vacancy in Russian; the administrator signs in (English UI), opens
// the queue, reviews the vacancy beside its public rendering, rejects it with a ready-made reason (a numbered
// submission rule); the owner opens the management link and reads the reason — in Russian.
//
// Run from the repository root:
//   node tests/browser/moderation.test.mjs
// Environment: EJOB_BIN (default build/ejob), CHROMIUM_PATH (default /usr/bin/chromium).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, fillForm, TEST_TIMEOUT_MS } from './support.mjs';
import { adminSignIn } from './flows.mjs';

const ADMIN_EMAIL = 'moderator@example.az';
const ADMIN_PASSWORD = 'a long moderator password';

const site = useSite({ admin: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });

test('the moderator rejects with a numbered rule; the owner reads it in Russian', { timeout: TEST_TIMEOUT_MS }, async () => {
  let manageURL;
  const position = 'Оператор колл-центра';

  await site.withPage('owner-submits', async (page) => {
    await page.goto('/ru/vacancies/new');
    await fillForm(page, {
      position,
      category: 'sales',
      company: 'Тест Сервис ООО',
      city: 'baku',
      employment_type: 'full_time',
      experience: 'none',
      education: 'secondary',
      salary_min: '1500',
      salary_max: '1800',
      requirements: 'Грамотная речь.',
      description: 'Ответы на звонки клиентов.\nГрафик: 09:00–18:00.',
      phone: '+994 50 765 43 21',
    });
    const submit = page.locator('form:has(#f-position) button[type="submit"]');
    await Promise.all([page.waitForURL(/\/ru\/manage\/[^/?#]+\?new=1$/), submit.click()]);
    manageURL = new URL(page.url()).pathname;
  });

  await site.withPage('moderator-rejects', async (page) => {
    await adminSignIn(page, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    assert.equal(new URL(page.url()).pathname, '/en/admin/moderation');
    // The admin navigation counts the open account requests.
    await page.getByRole('navigation', { name: 'Administration menu' })
      .getByRole('link', { name: 'Account requests: 0 open' }).waitFor();

    // The queue: the vacancy's row with its company and a date with the time.
    const row = page.locator('table[data-kind="vacancy"] tr', { hasText: position });
    await row.waitFor();
    assert.match(await row.innerText(), /Тест Сервис ООО/);
    assert.match(await row.innerText(), /\d{2}:\d{2}/, 'submission time shown');
    await Promise.all([
      page.waitForURL(/\/en\/admin\/moderation\/\d+$/),
      row.getByRole('link', { name: position }).click(),
    ]);

    // The review page: the public rendering beside the editable fields.
    const preview = page.getByRole('region', { name: 'As the public will see it' });
    await preview.getByRole('heading', { name: position, level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Correct a field before approving' }).waitFor();
    assert.equal(await page.locator('#f-position').inputValue(), position);

    // Reject with a ready-made reason: rule 5 (salary).
    await page.getByRole('checkbox', { name: /^Rule 5 —/ }).check();
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/en/admin/moderation' && u.search === '?done=rejected'),
      page.getByRole('button', { name: 'Reject' }).click(),
    ]);
    await page.getByText('The publication was rejected; the owner sees the reason.').waitFor();
    assert.equal(await page.locator('table[data-kind="vacancy"] tr', { hasText: position }).count(), 0);
  });

  await site.withPage('owner-reads-the-reason', async (page) => {
    await page.goto(manageURL);
    const reason = page.locator('.reject-reason');
    await reason.waitFor();
    const text = await reason.innerText();
    assert.match(text, /Пункт 5 правил подачи объявлений: Зарплата указывается в AZN и должна быть реальной/, text);
    assert.doesNotMatch(text, /Salary in AZN/, 'the reason is in the owner\'s language, not the moderator\'s');
  });
});
