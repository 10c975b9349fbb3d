// What a person does on the site, step by step, as reusable flows. Each flow clicks, types and chooses files in a
// page and checks what the page shows afterwards; test files combine them (and run them on a phone-sized screen or
// without JavaScript by passing context options to site.withPage).
//
// The English UI (/en/…) is used so that assertions read naturally; the fields are still found by their labels.

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import {
  assertShows, button, clickAndLoad, field, fillForm, mainText, pngFile, seeText,
} from './support.mjs';

// ---------------------------------------------------------------- publication forms

export const VACANCY = {
  position: 'Backend developer (C++)',
  category: 'it',
  company: 'Test Sistemlər MMC',
  city: 'baku',
  employment_type: 'full_time',
  experience: '1_3',
  education: 'higher',
  salary_min: '1500',
  salary_max: '1800',
  requirements: 'Higher education.\nC++20 and SQL.\nAt least one year of work experience.',
  description: 'Building and running web services.\nWorking hours: 09:00–18:00, five days a week.',
  phone: '+994 50 123 45 67',
};

export const RESUME = {
  first_name: 'Leyla',
  last_name: 'Məmmədova',
  city: 'baku',
  desired_position: 'Chief accountant',
  category: 'finance',
  experience: '3_5',
  education_level: 'higher',
  about: 'Ten years of bookkeeping for trading companies.',
  phone: '+994 55 765 43 21',
};

export const SERVICE = {
  title: 'Apartment repair and tiling',
  category: 'repair',
  description: 'Tiling, plastering and painting in Baku and Sumgait. Own tools, clean work, fair prices.',
  city: 'baku',
  contact_name: 'Elvin',
  phone: '+994 70 111 22 33',
};

export const KINDS = {
  vacancy: { path: '/vacancies', values: VACANCY, title: VACANCY.position, photoField: 'logo' },
  resume: { path: '/resumes', values: RESUME, title: RESUME.desired_position, photoField: 'photo' },
  service: { path: '/services', values: SERVICE, title: SERVICE.title, photoField: 'photos' },
};

/** The publication form on a "new" or "edit" page: the form with the file input / the main fields. */
export function publicationForm(page) {
  return page.locator('form[enctype="multipart/form-data"]');
}

/** The form's own submit button (the visible one that sends it), found by its text. */
export function sendButton(form) {
  return button(form, /send .*moderation|moderasiyaya|модерац/i);
}

/**
 * Submits a new publication of `kind` ('vacancy' | 'resume' | 'service') through its form in `lang`, with
 * `photos` (number of generated images chosen in its file field) and the owner's email (omit when signed in).
 * `press`: the name of a text field in which Enter is pressed to send the form (instead of clicking the button).
 * Ends on the confirmation page and returns { managePath, manageLink } (the private link as the page shows it).
 */
export async function submitPublication(page, kind,
  { lang = '/en', photos = 0, ownerEmail, values = {}, press, reload = true } = {}) {
  const k = KINDS[kind];
  if (reload) await page.goto(`${lang}${k.path}/new`); // reload: false continues with the form already open
  const form = publicationForm(page);
  const all = { ...k.values, ...values };
  if (ownerEmail && (await form.locator('[name="owner_email"]').count())) all.owner_email = ownerEmail;
  if (photos) all[k.photoField] = { files: Array.from({ length: photos }, (_, i) => pngFile(`photo-${i + 1}.png`, i)) };
  await fillForm(form, all);
  if (press) {
    // Enter in a one-line text field sends the form, as for a person who types and presses Enter.
    await clickAndLoad(page, await field(form, press), { press: 'Enter' });
  } else {
    await clickAndLoad(page, sendButton(form));
  }
  return confirmationPage(page);
}

/** On the page shown after a submission: checks the thank-you notice and returns the management link. */
export async function confirmationPage(page) {
  const { pathname } = new URL(page.url());
  assert.match(pathname, /\/manage\/[^/]+$/, `the confirmation page is a manage page: ${page.url()}`);
  await seeText(page, /Thank you|Təşəkkür|Спасибо/);
  const link = page.locator('main a[href*="/manage/"]').filter({ hasText: /\/manage\// }).first();
  await link.waitFor({ state: 'visible' });
  const manageLink = (await link.innerText()).trim();
  const managePath = new URL(manageLink, page.url()).pathname;
  assert.match(managePath, /^(\/(en|ru))?\/manage\/[A-Za-z0-9_-]{20,}$/, `the management link: ${manageLink}`);
  return { managePath: managePath.replace(/^\/(en|ru)/, ''), manageLink };
}

/** Asserts that every image in `locator` is shown (loaded with a real size), and returns how many there are. */
export async function assertImagesShown(locator, what) {
  const n = await locator.count();
  for (let i = 0; i < n; i++) {
    const img = locator.nth(i);
    await img.scrollIntoViewIfNeeded();
    await img.waitFor({ state: 'visible' });
    const width = await img.evaluate(async (el) => {
      if (!el.complete) await new Promise((r) => { el.onload = r; el.onerror = r; });
      return el.naturalWidth;
    });
    assert.ok(width > 0, `${what}: image ${i + 1} (${await img.getAttribute('src')}) is shown`);
  }
  return n;
}

/** The photos shown on an edit or review form (the thumbnails of what was uploaded). */
export function currentPhotos(page) {
  return page.locator('main form img');
}

/** One entry per photo on an edit or review form: the thumbnail with its keep/remove control. */
export function photoItems(page) {
  return page.locator('main form li:has(img)');
}

/** Marks a photo on an edit or review form for removal, whichever way the form asks ("Remove" / untick "Keep"). */
export async function markForRemoval(item) {
  const box = item.getByRole('checkbox');
  const label = await item.locator('label').innerText();
  if (/keep/i.test(label)) await box.uncheck();
  else await box.check();
}

/** Submits a publication anonymously in its own browser context; returns its management path. */
export async function submitAnonymously(site, kind, values, photos = 0) {
  let managePath;
  await site.withPage(`submit-${kind}`, async (page) => {
    ({ managePath } = await submitPublication(page, kind, { values, photos, ownerEmail: `${kind}@example.az` }));
  });
  return managePath;
}

/** Opens the public page of `title` from its list by clicking it. */
export async function openPublic(page, listPath, title) {
  await page.goto(listPath);
  await clickAndLoad(page, page.locator('main').getByRole('link', { name: title, exact: true }).first());
  assert.equal((await page.locator('main h1').first().innerText()).trim(), title, 'the public page of the publication');
}

// ---------------------------------------------------------------- the private management link

export async function openManagePage(page, managePath, lang = '/en') {
  await page.goto(`${lang}${managePath}`);
  await page.getByRole('link', { name: 'Edit', exact: true }).waitFor({ state: 'visible' });
}

/** The status as the management page shows it. */
export async function manageStatus(page) {
  return (await page.locator('dd.status').first().innerText()).trim();
}

/**
 * From the management page: "Edit", change `changes`, send. Ends on the management page with the notice that the
 * changes wait for moderation.
 */
export async function editThroughManageLink(page, managePath, changes, { lang = '/en' } = {}) {
  await openManagePage(page, managePath, lang);
  await clickAndLoad(page, page.getByRole('link', { name: 'Edit', exact: true }));
  const form = publicationForm(page);
  await fillForm(form, changes);
  await clickAndLoad(page, sendButton(form));
  assert.match(page.url(), /\/manage\/[^/?]+(\?|$)/, `back on the management page: ${page.url()}`);
  await seeText(page, 'Your changes were received and will be checked by a moderator.');
}

/** From the management page: "Ask to delete" (the confirmation dialog is accepted). */
export async function requestDeletionThroughManageLink(page, managePath) {
  await openManagePage(page, managePath);
  await clickAndLoad(page, button(page.locator('main'), 'Ask to delete'));
  await seeText(page, 'Your request to delete the publication was sent to the administration.');
}

// ---------------------------------------------------------------- accounts

export const PASSWORD = 'a long enough password';

export async function register(page, email, password = PASSWORD) {
  await page.goto('/en/account/register');
  const form = page.locator('main form');
  await fillForm(form, { email, password });
  await clickAndLoad(page, button(form, 'Create the account'));
  await assertShows(page, /email/i, 'a message about the confirmation email');
  assert.equal(await page.locator('.error-summary').count(), 0, 'no error after registering');
}

/** Opens the confirmation link from the newest mail to `email`, in this page (as if clicked in the mail). */
export async function confirmFromMail(site, page, email) {
  const link = await site.linkFromMail(email, /\/account\/confirm\/[A-Za-z0-9_-]+/);
  await page.goto(link);
  await page.locator('main h1').first().waitFor({ state: 'visible' });
  return link;
}

export async function signIn(page, email, password = PASSWORD, { press = false } = {}) {
  await page.goto('/en/account/login');
  const form = page.locator('main form');
  await fillForm(form, { email, password });
  if (press) await clickAndLoad(page, await field(form, 'password'), { press: 'Enter' });
  else await clickAndLoad(page, button(form, 'Sign in'));
  assert.equal(new URL(page.url()).pathname, '/en/account', `signed in, "My publications" is shown: ${page.url()}`);
  await seeText(page, `Signed in as ${email.toLowerCase()}`);
}

/** "Sign out" lives in the header menu, which is folded behind "Menu" on a phone: open it first, as a person does. */
export async function signOut(page) {
  const button = page.getByRole('button', { name: /^Sign out$/ }).first();
  if (!(await button.isVisible())) await page.locator('header summary', { hasText: 'Menu' }).click();
  await clickAndLoad(page, button);
}

/** Register, confirm through the mailed link (which signs the person in): a confirmed, signed-in user in `page`. */
export async function confirmedUser(site, page, email, password = PASSWORD) {
  await register(page, email, password);
  await confirmFromMail(site, page, email);
  assert.equal(new URL(page.url()).pathname, '/en/account', `the link leads to "My publications": ${page.url()}`);
  await seeText(page, `Signed in as ${email.toLowerCase()}`);
  assert.doesNotMatch(await mainText(page), /Confirm your email address/, 'the account is confirmed');
}

/** The row of "My publications" whose text contains `title`. */
export function myPublicationRow(page, title) {
  return page.getByRole('table', { name: 'My publications' }).locator('tbody tr').filter({ hasText: title });
}

// ---------------------------------------------------------------- administration

// Administrators sign in with a second factor, set up on their first sign-in. What the setup gave (the key and the
// recovery codes) is kept per email for the rest of the test file, as the person keeps the app and the paper.
const secondFactors = new Map();

/** The authenticator app's code (RFC 6238: HMAC-SHA1, 30 s, 6 digits) for a base32 `secret` at time `at`. */
export function totpCode(secret, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secret.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) || []).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = crypto.createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/**
 * On the page that sets up the second factor: reads the key shown beside the QR code, types the app's code and
 * keeps the recovery codes shown once.
 */
export async function setUpSecondFactor(page, email) {
  await page.locator('main svg[role="img"]').waitFor({ state: 'visible' });
  const secret = (await page.locator('main code.totp-secret').innerText()).trim();
  const form = page.locator('main form');
  await fillForm(form, { code: totpCode(secret) });
  await clickAndLoad(page, button(form, 'Turn on the second factor'));
  const codes = await page.getByRole('list', { name: 'Recovery codes' }).locator('code').allInnerTexts();
  assert.equal(codes.length, 10, 'ten recovery codes are shown once');
  secondFactors.set(email.toLowerCase(), { secret, recovery: codes });
}

/** The second factor set up for `email` in this run: { secret, recovery } (recovery codes not used yet). */
export function secondFactorOf(email) {
  return secondFactors.get(email.toLowerCase());
}

export async function adminSignIn(page, { email, password }) {
  await page.goto('/en/admin/login');
  const form = page.locator('main form');
  // A recovery code each time (a code from the app is good once per 30 seconds, and tests sign in more often).
  const known = secondFactors.get(email.toLowerCase());
  const code = known ? (known.recovery.pop() ?? totpCode(known.secret)) : '';
  await fillForm(form, { email, password, code });
  await clickAndLoad(page, button(form, 'Sign in'));
  assert.doesNotMatch(new URL(page.url()).pathname, /\/login$/, `signed in to the administration: ${page.url()}`);
  if (new URL(page.url()).pathname.endsWith('/admin/security')) {
    await setUpSecondFactor(page, email);
    await page.goto('/en/admin/moderation');  // where a sign-in leads
  }
}

/** From the moderation queue: opens the review page of the publication listed as `title`. */
export async function openReview(page, title) {
  await page.goto('/en/admin/moderation');
  const link = page.locator('main').getByRole('link', { name: title, exact: true }).first();
  await link.waitFor({ state: 'visible' });
  await clickAndLoad(page, link);
  await page.locator('main h1').first().waitFor({ state: 'visible' });
}

/** Approves the waiting publication `title` on its review page. Ends on the page shown after approving. */
export async function approve(page, title) {
  await openReview(page, title);
  await clickAndLoad(page, button(page.locator('main'), /^Approve/));
  await assertShows(page, /now public|approved/i, 'a notice that the publication was approved');
}

export async function reject(page, title, reason) {
  await openReview(page, title);
  const form = page.locator('main form').filter({ has: page.locator('[name="reason"]') });
  await fillForm(form, { reason });
  await clickAndLoad(page, button(form, /^Reject/));
  await assertShows(page, /rejected/i, 'a notice that the publication was rejected');
}

// ---------------------------------------------------------------- public pages

/** Opens the first publication of a list (e.g. '/en/vacancies') by clicking it; returns its path. */
export async function openFirstFromList(page, listPath) {
  await page.goto(listPath);
  const kindPath = listPath.replace(/^\/(en|ru)/, '');
  // The first link to a publication page (…/vacancies/12-slug), not to the form or a filter.
  const hrefs = await page.locator(`main a[href*="${kindPath}/"]`).evaluateAll(
    (links) => links.map((a) => a.getAttribute('href')));
  const href = hrefs.find((h) => new RegExp(`${kindPath}/\\d+`).test(h));
  assert.ok(href, `a publication is listed on ${listPath}`);
  const first = page.locator(`main a[href="${href}"]`).first();
  await first.waitFor({ state: 'visible' });
  const name = (await first.innerText()).trim();
  await clickAndLoad(page, first);
  await seeText(page.locator('main h1'), name);
  return new URL(page.url()).pathname;
}

/**
 * "Show contacts" on a detail page: with JavaScript the contacts appear in place (same URL, no new page); without
 * it the form posts and a page with the contacts is shown. Checks that the contacts were not in the page before,
 * and returns the visible contact values.
 */
export async function revealContacts(page, { javaScript = true } = {}) {
  const detail = page.url();
  const before = await page.content();
  const box = page.locator('#contacts-box');
  assert.equal(await box.locator('dd').count(), 0, 'no contacts before the reveal');
  const show = button(page.locator('main'), 'Show contacts');
  if (javaScript) {
    let navigations = 0;
    const count = (frame) => { if (frame === page.mainFrame()) navigations++; };
    page.on('framenavigated', count);
    await show.click();
    await box.locator('dd').first().waitFor({ state: 'visible' });
    page.off('framenavigated', count);
    assert.equal(page.url(), detail, 'the URL stays the same');
    assert.equal(navigations, 0, 'no new page was loaded');
  } else {
    await clickAndLoad(page, show);
    await box.locator('dd').first().waitFor({ state: 'visible' });
  }
  const values = (await box.locator('dd').allInnerTexts()).map((v) => v.trim()).filter(Boolean);
  assert.ok(values.length > 0, 'contact lines are shown');
  for (const v of values) {
    if (/@|\+?\d[\d ()-]{6,}/.test(v)) assert.ok(!before.includes(v), `"${v}" was not in the page before the reveal`);
  }
  assert.ok(values.some((v) => /@|\d{3}/.test(v)), `a phone number or an email is shown: ${values.join(' | ')}`);
  assert.equal(await show.count(), 0, 'the "Show contacts" button is gone');
  return values;
}
