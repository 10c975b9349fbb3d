// Browser test: a photo is never silently lost. Playwright (playwright-core) drives Debian's headless Chromium
// against a real `ejob serve` process with a fresh, throw-away data directory: a resume sent with a photo and a
// missing field comes back with the photo kept as a thumbnail, the corrected form carries it, and with JavaScript
// a too large or wrong file is refused before upload with the server's own message.
//
// Run from the repository root:
//   node tests/browser/photos.test.mjs
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
import zlib from 'node:zlib';
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

// ---------------------------------------------------------------- setup

before(async () => {
  assert.ok(fs.existsSync(ejobBin), `ejob binary not found at ${ejobBin} (build it or set EJOB_BIN)`);
  assert.ok(fs.existsSync(chromiumPath), `Chromium not found at ${chromiumPath}`);

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ejob-browser-'));
  runEjob(['migrate', '--data-dir', dataDir]);

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

/** A real PNG (a colour gradient), made here so that no binary fixture is needed. */
function gradientPng(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;  // bit depth
  ihdr[9] = 2;  // RGB
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      row[1 + x * 3] = (x * 255) / width;
      row[2 + x * 3] = (y * 255) / height;
      row[3 + x * 3] = 128;
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const isResumePost = (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/resumes/new';

test('A: a resume with a photo and a missing field keeps the photo; the corrected form sends it', { timeout: TEST_TIMEOUT_MS }, async () => {
  await withPage('A-held-photo', async (page) => {
    assert.equal((await page.goto('/resumes/new')).status(), 200);
    await fillForm(page, {
      first_name: 'Aysel',
      last_name: 'Məmmədova',
      city: 'baku',
      category: 'finance',
      experience: '3_5',
      education_level: 'higher',
      phone: '+994 55 444 33 22',
    });
    await page.locator('#f-photo').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: gradientPng(64, 48) });
    assert.equal(await page.locator('#f-photo-error').count(), 0, 'a good photo is not refused by the script');

    // Sent without the desired position: 422, the photo is shown as kept.
    const submit = () => page.locator('form:has(#f-photo) button.button-primary[type="submit"]');
    let [response] = await Promise.all([page.waitForResponse(isResumePost), submit().click()]);
    await page.waitForLoadState('load');
    assert.equal(response.status(), 422);
    assert.equal(await page.locator('#f-desired_position').getAttribute('aria-invalid'), 'true');
    const thumb = page.locator('ul.held-photos img');
    assert.equal(await thumb.count(), 1, 'one kept photo');
    await thumb.waitFor({ state: 'visible' });
    assert.ok(await thumb.evaluate((img) => img.complete && img.naturalWidth > 0), 'the thumbnail loads');
    assert.equal(await page.locator('input[name="remove_held_photo"]').count(), 1, 'with a "remove" box');
    assert.equal(await page.locator('#f-first_name').inputValue(), 'Aysel', 'typed values are kept too');

    // Corrected, without choosing the photo again.
    await (await field(page, 'desired_position')).fill('Baş mühasib');
    [response] = await Promise.all([
      page.waitForURL(/\/manage\/[^/?#]+\?new=1$/, { waitUntil: 'load' }),
      submit().click(),
    ]);
    const token = new URL(page.url()).pathname.split('/')[2];

    // The stored resume has the photo: the owner's edit form shows it.
    assert.equal((await page.goto(`/manage/${token}/edit`)).status(), 200);
    const stored = page.locator(`img[src^="/manage/${token}/media/"]`);
    assert.equal(await stored.count(), 1, 'the resume was stored with its photo');
    await stored.waitFor({ state: 'visible' });
    assert.ok(await stored.evaluate((img) => img.complete && img.naturalWidth > 0), 'the stored photo loads');
  });
});

test('B: with JavaScript, a wrong file type or a file over 10 MB is refused before upload', { timeout: TEST_TIMEOUT_MS }, async () => {
  await withPage('B-refused-in-browser', async (page) => {
    await page.goto('/resumes/new');
    const input = page.locator('#f-photo');
    const error = page.locator('.field:has(#f-photo) #f-photo-error');
    const uploads = [];
    page.on('request', (r) => { if (r.method() === 'POST') uploads.push(r.url()); });

    await input.setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await error.waitFor({ state: 'visible' });
    const wrongType = await input.getAttribute('data-wrong-type');
    assert.equal((await error.innerText()).trim(), wrongType);
    assert.notEqual(wrongType, 'This file is not a JPEG, PNG or WebP photo.', 'the Azerbaijani message, not the English one');
    assert.equal(await input.evaluate((el) => el.files.length), 0, 'the file is taken out of the form');
    assert.equal(await input.getAttribute('aria-invalid'), 'true');

    await input.setInputFiles({ name: 'big.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0xff) });
    const tooLarge = await input.getAttribute('data-too-large');
    await page.waitForFunction((text) => document.getElementById('f-photo-error')?.textContent === text, tooLarge);
    assert.equal(await input.evaluate((el) => el.files.length), 0);

    // A good file clears the message.
    await input.setInputFiles({ name: 'ok.png', mimeType: 'image/png', buffer: gradientPng(32, 32) });
    await error.waitFor({ state: 'detached' });
    assert.equal(await input.evaluate((el) => el.files.length), 1);
    assert.equal(uploads.length, 0, 'nothing was sent');
  });
});
