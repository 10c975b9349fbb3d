// Browser test: Playwright (playwright-core) drives Debian's headless Chromium
// against a real `ejob serve` process with a fresh, throw-away data directory.
//
// Run from the repository root:
//   node tests/browser/submit_vacancy.test.mjs
// Environment:
//   EJOB_BIN         path to the ejob binary (default: build/ejob)
//   CHROMIUM_PATH    path to Chromium (default: /usr/bin/chromium)
//
// Selectors deliberately avoid label texts (they are being translated): fields
// are found through their <label for="f-NAME">, whose text is read from the
// page itself, with `[name=NAME]` as the fallback.

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
const ejobBin = process.env.EJOB_BIN
  ? path.resolve(process.env.EJOB_BIN)
  : path.join(repoRoot, 'build', 'ejob');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const HEALTH_TIMEOUT_MS = 20_000;
const TEST_TIMEOUT_MS = 30_000;

let dataDir;
let server;
let serverLog = '';
let baseURL;
let browser;

// ---------------------------------------------------------------- helpers

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

function runEjob(args) {
  const res = spawnSync(ejobBin, args, { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
  if (res.error) throw new Error(`cannot run ${ejobBin} ${args.join(' ')}: ${res.error.message}`);
  if (res.status !== 0) {
    throw new Error(`${ejobBin} ${args.join(' ')} exited with ${res.status}\n${res.stdout}\n${res.stderr}`);
  }
  return res.stdout + res.stderr;
}

async function waitForHealthy(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`ejob serve exited early (code ${server.exitCode}, signal ${server.signalCode})\n${serverLog}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
      lastError = `HTTP ${res.status}`;
    } catch (err) {
      lastError = err.message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last: ${lastError})\n${serverLog}`);
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

// Last resort if the runner is interrupted: never leave a server or temp dir behind.
process.on('exit', () => { stopServerSync(); removeDataDirSync(); });
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => { stopServerSync(); removeDataDirSync(); process.exit(130); });
}

/** Locate a form control: through its <label for="f-NAME"> if it has one, else by name. */
async function field(page, name) {
  const byName = page.locator(`[name="${name}"]`);
  const label = page.locator(`label[for="f-${name}"]`);
  if ((await label.count()) === 1) {
    // The label text as the page shows it, without the decorative " *" marker.
    const text = await label.evaluate((el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
      return copy.textContent.replace(/\s+/g, ' ').trim();
    });
    if (text) {
      const byLabel = page.getByLabel(text).and(byName);
      if ((await byLabel.count()) === 1) return byLabel;
    }
  }
  console.log(`# note: field "${name}" is not reachable through its label; using [name=${name}]`);
  assert.equal(await byName.count(), 1, `expected exactly one [name=${name}] on ${page.url()}`);
  return byName;
}

async function fillForm(page, values) {
  for (const [name, value] of Object.entries(values)) {
    const control = await field(page, name);
    const tag = await control.evaluate((el) => el.tagName.toLowerCase());
    if (tag === 'select') await control.selectOption(value);
    else await control.fill(value);
  }
}

/** Print what the browser saw, to make a failure easy to diagnose. */
async function diagnose(page, title, err) {
  const lines = [`\n# ---- ${title} failed: ${err && err.message ? err.message.split('\n')[0] : err}`];
  try {
    lines.push(`# page URL: ${page.url()}`);
    const text = await page.locator('body').innerText({ timeout: 2_000 });
    lines.push('# page text (first 2000 chars):', text.slice(0, 2000));
  } catch (e) {
    lines.push(`# (page text unavailable: ${e.message})`);
  }
  try {
    const shot = path.join(os.tmpdir(), `ejob-browser-failure-${title.replace(/\W+/g, '_')}-${Date.now()}.png`);
    await page.screenshot({ path: shot, fullPage: true, timeout: 5_000 });
    lines.push(`# screenshot: ${shot}`);
  } catch (e) {
    lines.push(`# (screenshot failed: ${e.message})`);
  }
  lines.push('# server log (last 3000 chars):', serverLog.slice(-3000));
  console.error(lines.join('\n'));
}

/** Run `body` with a fresh page; dump diagnostics and rethrow on failure. */
async function withPage(title, body) {
  const context = await browser.newContext({ baseURL, locale: 'az-AZ' });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  try {
    await body(page);
  } catch (err) {
    if (consoleErrors.length) console.error(`# browser console errors:\n${consoleErrors.join('\n')}`);
    await diagnose(page, title, err);
    throw err;
  } finally {
    await context.close().catch(() => {});
  }
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  });
}

/** Raw message plus its decoded bodies (quoted-printable and base64 parts). */
function decodeMail(raw) {
  const qp = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
  let b64 = '';
  for (const m of raw.matchAll(/content-transfer-encoding:\s*base64\s*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi)) {
    b64 += Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8') + '\n';
  }
  return `${raw}\n${Buffer.from(qp, 'latin1').toString('utf8')}\n${b64}`;
}

async function waitFor(predicate, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// ---------------------------------------------------------------- setup

before(async () => {
  assert.ok(fs.existsSync(ejobBin), `ejob binary not found at ${ejobBin} (build it or set EJOB_BIN)`);
  assert.ok(fs.existsSync(chromiumPath), `Chromium not found at ${chromiumPath}`);

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ejob-browser-'));
  runEjob(['migrate', '--data-dir', dataDir]);
  // Published demo vacancies for the contact-reveal test.
  runEjob(['seed', '--demo', '--vacancies', '5', '--resumes', '0', '--services', '0', '--data-dir', dataDir]);

  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn(ejobBin, ['serve', '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk) => {
    serverLog += chunk.toString();
    if (serverLog.length > 200_000) serverLog = serverLog.slice(-100_000);
  };
  server.stdout.on('data', collect);
  server.stderr.on('data', collect);
  server.on('error', (e) => { serverLog += `\n[spawn error] ${e.message}\n`; });

  await waitForHealthy(`${baseURL}/healthz`, HEALTH_TIMEOUT_MS);

  browser = await chromium.launch({
    executablePath: chromiumPath,
    timeout: 20_000,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  try {
    if (browser) await browser.close().catch(() => {});
  } finally {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    removeDataDirSync();
  }
});

// ---------------------------------------------------------------- tests

test('A: posting a vacancy (az) leads to the private management page and mails its link', { timeout: TEST_TIMEOUT_MS }, async () => {
  await withPage('A-submit', async (page) => {
    const res = await page.goto('/vacancies/new');
    assert.equal(res.status(), 200, 'GET /vacancies/new');
    assert.equal(await page.locator('html').getAttribute('lang'), 'az');

    await fillForm(page, {
      position: 'Backend proqramçı (C++)',
      category: 'it',
      company: 'Test Sistemlər MMC',
      city: 'baku',
      employment_type: 'full_time',
      experience: '1_3',
      education: 'higher',
      salary_min: '1500',
      salary_max: '1800',
      requirements: 'Ali təhsil.\nC++20 və SQL bilikləri.\nƏn azı 1 il iş təcrübəsi.',
      description: 'Veb xidmətlərin hazırlanması və dəstəklənməsi.\nİş qrafiki: 09:00–18:00, həftədə beş gün.',
      phone: '+994 50 123 45 67',
      owner_email: 'owner@example.com',
    });

    const form = page.locator('form:has(#f-position)');
    const submit = form.locator('button[type="submit"]');
    assert.equal(await submit.count(), 1, 'one submit button in the vacancy form');
    await Promise.all([
      page.waitForURL(/\/manage\/[^/?#]+\?new=1$/, { waitUntil: 'load' }),
      submit.click(),
    ]);

    const url = new URL(page.url());
    const token = url.pathname.match(/^\/manage\/([^/]+)$/)?.[1];
    assert.ok(token, `management URL has a token: ${page.url()}`);
    assert.equal(url.search, '?new=1');

    const link = page.locator('a.manage-link');
    await link.first().waitFor({ state: 'visible' });
    const linkText = (await link.first().innerText()).trim();
    assert.match(linkText, /\/manage\//, 'the private management link is shown');
    assert.ok(linkText.includes(`/manage/${token}`), `link text "${linkText}" names this vacancy's token`);

    const status = page.locator('dd.status');
    await status.first().waitFor({ state: 'visible' });
    assert.ok((await status.first().innerText()).trim().length > 0, 'a status is shown');

    // The outbox (DIR/mail) holds exactly one message, carrying the same link.
    const mailDir = path.join(dataDir, 'mail');
    const emls = await waitFor(
      () => { const f = listFiles(mailDir).filter((p) => p.endsWith('.eml')); return f.length ? f : null; },
      5_000, `an .eml file in ${mailDir}`);
    assert.equal(emls.length, 1, `exactly one .eml in ${mailDir}: ${emls.join(', ')}`);
    const mail = decodeMail(fs.readFileSync(emls[0], 'utf8'));
    assert.ok(mail.includes(`/manage/${token}`), `${emls[0]} mentions /manage/${token}`);
    assert.match(mail, /^to:.*owner@example\.com/im, 'mail is addressed to the owner');
  });
});

test('B: an empty submission shows accessible errors (422) and keeps entered values', { timeout: TEST_TIMEOUT_MS }, async () => {
  await withPage('B-validation', async (page) => {
    const isPost = (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/vacancies/new';
    const submit = () => page.locator('form:has(#f-position) button[type="submit"]');

    // 1. Completely empty form.
    await page.goto('/vacancies/new');
    let [response] = await Promise.all([page.waitForResponse(isPost), submit().click()]);
    await page.waitForLoadState('load');
    assert.equal(response.status(), 422, 'empty submission answers 422');

    const summary = page.locator('.error-summary');
    await summary.waitFor({ state: 'visible' });
    assert.equal(await summary.getAttribute('role'), 'alert', '.error-summary has role=alert');

    const position = page.locator('#f-position');
    assert.equal(await position.getAttribute('aria-invalid'), 'true', 'position is aria-invalid');
    const positionError = page.locator('.field:has(#f-position) .field-error');
    assert.ok(await positionError.first().isVisible(), 'position has a visible .field-error');
    assert.ok((await positionError.first().innerText()).trim().length > 0, 'position error has text');

    // 2. Only the position filled: still 422, and the value survives the round trip.
    const value = 'Mühasib / Accountant';
    await (await field(page, 'position')).fill(value);
    [response] = await Promise.all([page.waitForResponse(isPost), submit().click()]);
    await page.waitForLoadState('load');
    assert.equal(response.status(), 422, 'incomplete submission answers 422');
    await page.locator('.error-summary').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#f-position').inputValue(), value, 'position keeps the entered value');
    assert.equal(await page.locator('#f-company').getAttribute('aria-invalid'), 'true', 'company is still aria-invalid');
  });
});

test('C: "Show contacts" reveals the contacts in place with JavaScript', { timeout: TEST_TIMEOUT_MS }, async () => {
  await withPage('C-reveal', async (page) => {
    await page.goto('/vacancies');
    const first = page.locator('ol.cards a[href^="/vacancies/"]').first();
    await first.waitFor({ state: 'visible' });
    const href = await first.getAttribute('href');
    await Promise.all([page.waitForURL((u) => u.pathname === href), first.click()]);
    await page.waitForLoadState('load');

    const html = await page.content();
    assert.doesNotMatch(html, /\+994/, 'no phone number in the page before the reveal');

    const detailURL = page.url();
    let navigations = 0;
    page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigations++; });

    const button = page.locator('form[data-reveal] button');
    assert.equal(await button.count(), 1, 'exactly one button in form[data-reveal]');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && /\/contacts$/.test(new URL(r.url()).pathname)),
      button.click(),
    ]);
    assert.equal(response.status(), 200, `POST ${response.url()}`);

    const dl = page.locator('#contacts-box dl');
    await dl.waitFor({ state: 'visible' });
    assert.ok((await dl.locator('dd').count()) > 0, 'the contacts list has entries');
    assert.equal(page.url(), detailURL, 'URL unchanged after the reveal');
    assert.equal(navigations, 0, 'no page navigation during the reveal');
    assert.equal(await page.locator('form[data-reveal]').count(), 0, 'the reveal form was replaced');
  });
});
