// Browser test: accounts without friction. A person posts a vacancy without an account, registers later with the
// same email, confirms from the mail and lands signed in; "My publications" offers the earlier vacancy, the person
// ticks it and attaches it, and sees it among their publications.
//
// Run from the repository root:  node tests/browser/accounts_friction.test.mjs
// Environment: EJOB_BIN (default build/ejob), CHROMIUM_PATH (default /usr/bin/chromium).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const ejobBin = process.env.EJOB_BIN ? path.resolve(process.env.EJOB_BIN) : path.join(repoRoot, 'build', 'ejob');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let dataDir;
let server;
let serverLog = '';
let baseURL;
let browser;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function stopServerSync() {
  if (server && server.exitCode === null && server.signalCode === null) {
    try { server.kill('SIGTERM'); } catch { /* already gone */ }
  }
}
function removeDataDirSync() {
  if (dataDir) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    dataDir = undefined;
  }
}
process.on('exit', () => { stopServerSync(); removeDataDirSync(); });
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => { stopServerSync(); removeDataDirSync(); process.exit(130); });
}

/** A form control found the way a person finds it: by the text of its label. */
async function field(scope, name) {
  const label = scope.locator(`label[for="f-${name}"]`);
  assert.equal(await label.count(), 1, `one label for ${name}`);
  const text = await label.evaluate((el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return copy.textContent.replace(/\s+/g, ' ').trim();
  });
  const control = scope.getByLabel(text).and(scope.locator(`[name="${name}"]`));
  assert.equal(await control.count(), 1, `the field labelled "${text}"`);
  return control;
}

async function fillForm(scope, values) {
  for (const [name, value] of Object.entries(values)) {
    const control = await field(scope, name);
    const tag = await control.evaluate((el) => el.tagName.toLowerCase());
    if (tag === 'select') await control.selectOption(value);
    else await control.fill(value);
  }
}

/** Clicks and waits for the page that the click leads to. */
async function clickAndLoad(page, locator) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
}

/** The newest mail to `to` that contains a link matching `pattern` (the outbox is a directory of files). */
function linkFromMail(to, pattern) {
  const dir = path.join(dataDir, 'mail');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort() : [];
  let found;
  for (const f of files) {
    const mail = fs.readFileSync(path.join(dir, f), 'utf8');
    if (!mail.includes(`To: ${to}\r\n`)) continue;
    const m = mail.match(pattern);
    if (m) found = m[0];
  }
  assert.ok(found, `a mail to ${to} with a link matching ${pattern}`);
  return found;
}

async function withPage(title, body) {
  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => d.accept());
  try {
    await body(page);
    assert.deepEqual(errors, [], 'no script errors');
  } catch (err) {
    console.error(`# ${title} failed at ${page.url()}`);
    try { console.error((await page.locator('main').innerText({ timeout: 2_000 })).slice(0, 2000)); } catch { /* */ }
    console.error(`# server log (last 2000 chars):\n${serverLog.slice(-2000)}`);
    throw err;
  } finally {
    await context.close().catch(() => {});
  }
}

before(async () => {
  assert.ok(fs.existsSync(ejobBin), `ejob binary not found at ${ejobBin} (build it or set EJOB_BIN)`);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ejob-browser-accounts-'));
  const migrate = spawnSync(ejobBin, ['migrate', '--data-dir', dataDir], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(migrate.status, 0, `ejob migrate: ${migrate.stderr}`);
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn(ejobBin, ['serve', '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk) => { serverLog = (serverLog + chunk.toString()).slice(-50_000); };
  server.stdout.on('data', collect);
  server.stderr.on('data', collect);
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`${baseURL}/healthz`)).status === 200) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`ejob serve did not start\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({
    executablePath: chromiumPath,
    timeout: 20_000,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  removeDataDirSync();
});

test('post without an account, register with that email, confirm, land signed in, attach the earlier vacancy',
  { timeout: 60_000 }, async () => {
    const email = 'sabina@example.az';
    const title = 'Night receptionist';
    await withPage('accounts-friction', async (page) => {
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
      await page.goto(linkFromMail(email, /https?:\/\/[^\s]+\/account\/confirm\/[A-Za-z0-9_-]+/));
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
    });
  });
