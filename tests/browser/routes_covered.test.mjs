// Every state-changing URL of the site (each POST route in src/web/routes.cpp) is used in the browser suite the way
// a person uses it. This table names the test that does so; the check fails when a POST route has no entry (add a
// browser test for the new form in the same change, and list it here) or when the named test does not exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const routesFile = path.resolve(here, '..', '..', 'src', 'web', 'routes.cpp');

// route → [file, words from the title of the test that posts it]
const COVERED = {
  '/vacancies/new': ['submissions', 'a vacancy with a logo'],
  '/resumes/new': ['submissions', 'a resume with a photo'],
  '/services/new': ['submissions', 'a services ad with two photos'],
  '/vacancies/{id}/contacts': ['reveal_language', '"Show contacts" shows them in place'],
  '/resumes/{id}/contacts': ['mobile_nojs', '"Show contacts" on a resume'],
  '/services/{id}/contacts': ['reveal_language', '"Show contacts" shows them in place'],
  '/manage/{token}/edit': ['manage_link', 'edit and save through the management link'],
  '/manage/{token}/delete': ['manage_link', 'deletion request through the management link'],
  '/manage/{token}/attach': ['manage_link', '"Add to my account"'],
  '/account/register': ['accounts', 'register, confirm with the mailed link'],
  '/account/login': ['accounts', 'sign in (pressing Enter)'],
  '/account/logout': ['accounts', 'sign out'],
  '/account/password-reset': ['accounts', 'forgotten password'],
  '/account/password-reset/{token}': ['accounts', 'set a new password from the mail'],
  '/account/resend-confirmation': ['accounts', 'asks for the link again'],
  '/account/attach': ['accounts_friction', 'attach the earlier vacancy'],
  '/account/requests/email': ['accounts', 'change the email'],
  '/account/requests/delete': ['accounts', 'delete the account'],
  '/account/publications/{id}/edit': ['accounts', '"My publications": edit'],
  '/account/publications/{id}/stop': ['accounts', 'stop'],
  '/account/publications/{id}/resume': ['accounts', 'publish again'],
  '/account/publications/{id}/delete': ['accounts', 'ask to delete'],
  '/admin/login': ['admin_moderation', 'a wrong admin password is refused'],
  '/admin/moderation/{id}/approve': ['admin_moderation', 'approve makes a vacancy public'],
  '/admin/moderation/{id}/reject': ['admin_moderation', 'reject with a reason'],
  '/admin/publications/{id}/delete': ['admin_moderation', 'delete for good'],
  '/admin/requests/{id}/done': ['admin_requests', 'carries out an email change'],
  '/admin/requests/{id}/refuse': ['admin_requests', 'refuses an email change'],
  '/admin/staff': ['staff', 'adds a moderator'],
  '/admin/staff/role': ['staff', 'changes a role'],
  '/admin/security/totp': ['staff', 'sets up the second factor with the QR code'],
  '/admin/security/recovery-codes': ['staff', 'makes new recovery codes'],
  '/admin/users/{id}/block': ['users', 'blocks and unblocks'],
  '/admin/users/{id}/unblock': ['users', 'blocks and unblocks'],
  '/admin/users/{id}/email': ['users', 'changes the email'],
  '/admin/users/{id}/delete': ['users', 'deletes an account'],
  '/admin/pages/{document}': ['pages', 'an administrator edits the privacy policy'],
  '/cv-maker': ['cv_maker', 'previewed, downloaded as a PDF'],
  '/cv-maker/preview': ['cv_maker', 'the preview follows the typing'],
  '/cv-maker/import': ['cv_maker', 'import the file as another visitor'],
  '/cv-maker/delete': ['cv_maker', 'delete now'],
};
// POST routes that no page of the site offers a form for (so no person can use them).
const NO_FORM = {
  };

test('every POST route of the site is used by a browser test', () => {
  const routes = [...fs.readFileSync(routesFile, 'utf8').matchAll(/\{"POST",\s*"([^"]+)"/g)].map((m) => m[1]);
  assert.ok(routes.length > 10, `POST routes found in ${routesFile}`);
  const missing = routes.filter((r) => !(r in COVERED) && !(r in NO_FORM));
  assert.deepEqual(missing, [], 'POST routes without a browser test: write one and list it in COVERED');
  for (const [route, [file, words]] of Object.entries(COVERED)) {
    const source = fs.readFileSync(path.join(here, `${file}.test.mjs`), 'utf8');
    const titles = [...source.matchAll(/test\(\s*[`'"](.*?)[`'"],/g)].map((m) => m[1]);
    assert.ok(titles.some((t) => t.includes(words)),
      `${route}: no test in ${file}.test.mjs whose title has "${words}"`);
  }
  const stale = Object.keys(COVERED).filter((r) => !routes.includes(r));
  assert.deepEqual(stale, [], 'routes listed in COVERED that routes.cpp no longer has');
});
