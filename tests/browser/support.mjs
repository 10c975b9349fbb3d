// Shared pieces of the browser suite: a real `ejob serve` on a fresh data directory, Debian's Chromium driven by
// playwright-core, and helpers that act like a person (find fields by their label, click, type, choose files) and
// read what the person sees.
//
// A test file calls `useSite()` once at top level; it starts the server and the browser before the file's tests
// and removes both (and the data directory) after them:
//
//   import { test } from 'node:test';
//   import { useSite, fillForm, clickAndLoad, seeText } from './support.mjs';
//   const site = useSite({ seed: { vacancies: 3 } });
//   test('…', async () => site.withPage('name', async (page) => { await page.goto('/en/vacancies/new'); … }));
//
// Environment: EJOB_BIN (default build/ejob), CHROMIUM_PATH (default /usr/bin/chromium).

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
const ejobBin = process.env.EJOB_BIN ? path.resolve(process.env.EJOB_BIN) : path.join(repoRoot, 'build', 'ejob');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const TEST_TIMEOUT_MS = 90_000; // generous: the machine is shared; a passing test takes a few seconds
const HEALTH_TIMEOUT_MS = 20_000;
const MAIL_TIMEOUT_MS = 5_000;

export const MOBILE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const NO_JS = { javaScriptEnabled: false };

const LAUNCH_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// ---------------------------------------------------------------- the site under test

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

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  });
}

/** A raw message plus its decoded bodies (quoted-printable and base64 parts). */
export function decodeMail(raw) {
  const qp = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
  let b64 = '';
  for (const m of raw.matchAll(
    /content-transfer-encoding:\s*base64\s*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi)) {
    b64 += Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8') + '\n';
  }
  return `${raw}\n${Buffer.from(qp, 'latin1').toString('utf8')}\n${b64}`;
}

/** Polls `predicate` (which may be async) until it returns something truthy. Used for files only, never for pages. */
export async function waitFor(predicate, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Registers before/after hooks that start `ejob serve` on a fresh data directory and a Chromium; returns the site.
 * seed: { vacancies, resumes, services } — published demo publications (`ejob seed --demo`).
 * admin: { email, password } — an administrator created with `ejob admin create`.
 * config: TOML text for the server's `--config` (e.g. '[reveal]\nfree_reveals = 1\n'); none: the defaults.
 */
export function useSite({ seed, admin, config } = {}) {
  const site = new Site();
  before(async () => site.start({ seed, admin, config }));
  after(async () => site.stop());
  return site;
}

class Site {
  dataDir;
  baseURL;
  browser;
  server;
  log = '';

  ejob(...args) {
    const res = spawnSync(ejobBin, [...args, '--data-dir', this.dataDir], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 30_000,
    });
    if (res.error) throw new Error(`cannot run ${ejobBin} ${args.join(' ')}: ${res.error.message}`);
    if (res.status !== 0) {
      throw new Error(`ejob ${args.join(' ')} exited with ${res.status}\n${res.stdout}\n${res.stderr}`);
    }
    return res.stdout + res.stderr;
  }

  async start({ seed, admin, config }) {
    assert.ok(fs.existsSync(ejobBin), `ejob binary not found at ${ejobBin} (build it or set EJOB_BIN)`);
    assert.ok(fs.existsSync(chromiumPath), `Chromium not found at ${chromiumPath}`);
    this.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ejob-browser-'));
    this.ejob('migrate');
    if (seed) {
      const n = (k) => String(seed[k] ?? 0);
      const counts = ['vacancies', 'resumes', 'services'].flatMap((k) => [`--${k}`, n(k)]);
      this.ejob('seed', '--demo', ...counts);
    }
    if (admin) this.ejob('admin', 'create', '--email', admin.email, '--password', admin.password);

    const port = await freePort();
    this.baseURL = `http://127.0.0.1:${port}`;
    const serveArgs = ['serve', '--data-dir', this.dataDir, '--listen', `127.0.0.1:${port}`];
    if (config) {
      const file = path.join(this.dataDir, 'ejob.toml');
      fs.writeFileSync(file, config);
      serveArgs.push('--config', file);
    }
    this.server = spawn(ejobBin, serveArgs, {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk) => {
      this.log += chunk.toString();
      if (this.log.length > 200_000) this.log = this.log.slice(-100_000);
    };
    this.server.stdout.on('data', collect);
    this.server.stderr.on('data', collect);
    this.server.on('error', (e) => { this.log += `\n[spawn error] ${e.message}\n`; });
    const killNow = () => { try { this.server.kill('SIGKILL'); } catch { /* gone */ } };
    process.on('exit', killNow);
    await this.waitForHealthy(`${this.baseURL}/healthz`);

    this.browser = await chromium.launch({ executablePath: chromiumPath, timeout: 20_000, args: LAUNCH_ARGS });
  }

  async waitForHealthy(url) {
    const deadline = Date.now() + HEALTH_TIMEOUT_MS;
    let last = 'no answer';
    while (Date.now() < deadline) {
      if (this.server.exitCode !== null || this.server.signalCode !== null) {
        throw new Error(`ejob serve exited early (${this.server.exitCode ?? this.server.signalCode})\n${this.log}`);
      }
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        if (res.status === 200) return;
        last = `HTTP ${res.status}`;
      } catch (err) {
        last = err.message;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${url} did not answer 200 within ${HEALTH_TIMEOUT_MS} ms (last: ${last})\n${this.log}`);
  }

  async stop() {
    try {
      if (this.browser) await this.browser.close().catch(() => {});
    } finally {
      const s = this.server;
      if (s && s.exitCode === null && s.signalCode === null) {
        const exited = new Promise((r) => s.once('exit', r));
        s.kill('SIGTERM');
        const timer = setTimeout(() => s.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      if (this.dataDir) fs.rmSync(this.dataDir, { recursive: true, force: true });
    }
  }

  // ------------------------------------------------------------ mail (the outbox: DATA_DIR/mail/*.eml)

  /** Every message in the outbox, oldest first: { file, to, text } with decoded bodies. */
  mails() {
    return listFiles(path.join(this.dataDir, 'mail'))
      .filter((p) => p.endsWith('.eml'))
      .map((file) => ({ file, mtime: fs.statSync(file).mtimeMs, text: decodeMail(fs.readFileSync(file, 'utf8')) }))
      .map((m) => ({ ...m, to: (m.text.match(/^to:\s*(.*)$/im)?.[1] ?? '').trim() }))
      .sort((a, b) => a.mtime - b.mtime || a.file.localeCompare(b.file));
  }

  /**
   * The path (e.g. "/account/confirm/abc") of the first link matching `pathPattern` in the newest message to `to`
   * that has one. Waits a little for the message to be written.
   */
  async linkFromMail(to, pathPattern) {
    const re = new RegExp(`https?://[^\\s"<>/]+((?:/(?:en|ru))?${pathPattern.source})`);
    return waitFor(() => {
      const found = this.mails()
        .filter((m) => m.to.toLowerCase().includes(to.toLowerCase()))
        .map((m) => m.text.match(re)?.[1])
        .filter(Boolean);
      return found.at(-1);
    }, MAIL_TIMEOUT_MS, `a mail to ${to} with a link matching ${pathPattern}`);
  }

  // ------------------------------------------------------------ pages

  /** A fresh browser context (own cookies); `options` are Playwright context options (MOBILE, NO_JS, …). */
  async newContext(options = {}) {
    const context = await this.browser.newContext({ baseURL: this.baseURL, locale: 'az-AZ', ...options });
    context.setDefaultTimeout(15_000);
    context.setDefaultNavigationTimeout(20_000);
    return context;
  }

  /**
   * Runs `body(page, context)` in a fresh context; confirmation dialogs ("Delete …?") are accepted as a person
   * would. On failure prints the URL, the page text, a screenshot path and the server log, then rethrows.
   */
  async withPage(title, body, options = {}) {
    const context = await this.newContext(options);
    const page = await context.newPage();
    const consoleErrors = [];
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.accept().catch(() => {}); });
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
    page.dialogs = dialogs;
    try {
      await body(page, context);
    } catch (err) {
      if (consoleErrors.length) console.error(`# browser console errors:\n${consoleErrors.join('\n')}`);
      await this.diagnose(page, title, err);
      throw err;
    } finally {
      await context.close().catch(() => {});
    }
  }

  async diagnose(page, title, err) {
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
    lines.push('# server log (last 3000 chars):', this.log.slice(-3000));
    console.error(lines.join('\n'));
  }
}

// ---------------------------------------------------------------- acting like a person

/** The text of a <label> as shown, without the decorative " *" marker. */
async function labelText(label) {
  return label.evaluate((el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return copy.textContent.replace(/\s+/g, ' ').trim();
  });
}

/** Matches exactly this label text, with or without the required-field marker. */
function labelPattern(text) {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?\\s*$`);
}

/**
 * A form control found the way a person finds it: by the text of its <label for="f-NAME"> (read from the page, so
 * it works in every language), cross-checked with its name. `scope` narrows the search (a form, a fieldset).
 */
export async function field(scope, name) {
  const byName = scope.locator(`[name="${name}"]:not([type="hidden"])`);
  const label = scope.locator(`label[for="f-${name}"]`);
  if ((await label.count()) === 1) {
    const text = await labelText(label);
    if (text) {
      const byLabel = scope.getByLabel(labelPattern(text)).and(byName);
      if ((await byLabel.count()) === 1) return byLabel;
    }
  }
  assert.fail(`field "${name}" is not reachable through a <label> (${await byName.count()} [name=${name}])`);
}

/**
 * Fills form controls by name: text is typed, <select>s get the option with that value, `true`/`false` tick or
 * untick a checkbox, a radio value picks that radio, and { files: [...] } chooses files.
 */
export async function fillForm(scope, values) {
  for (const [name, value] of Object.entries(values)) {
    if (value && typeof value === 'object' && 'files' in value) {
      await (await field(scope, name)).setInputFiles(value.files);
      continue;
    }
    if (value && typeof value === 'object' && 'radio' in value) {
      const radio = scope.locator(`input[type="radio"][name="${name}"][value="${value.radio}"]`);
      const id = await radio.getAttribute('id');
      const text = await labelText(scope.locator(`label[for="${id}"]`));
      await scope.getByLabel(labelPattern(text)).and(radio).check();
      continue;
    }
    const control = await field(scope, name);
    const kind = await control.evaluate((el) => (el.tagName === 'INPUT' ? el.type : el.tagName.toLowerCase()));
    if (kind === 'select') await control.selectOption(value);
    else if (kind === 'checkbox') await control.setChecked(Boolean(value));
    else await control.fill(value);
  }
}

/**
 * Clicks (or presses Enter in) something that loads a new page, waits until that page has loaded, and returns the
 * response that brought it (its status shows, e.g., that a form came back with errors).
 */
export async function clickAndLoad(page, locator, { press } = {}) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    press ? locator.press(press) : locator.click(),
  ]);
  return response;
}

/** The button with this visible name (a RegExp or exact text), which must be the only one. */
export function button(scope, name) {
  return scope.getByRole('button', { name, exact: typeof name === 'string' });
}

/** Waits until `text` (string or RegExp) is visible on the page, and returns its locator. */
export async function seeText(scope, text) {
  const loc = scope.getByText(text).first();
  await loc.waitFor({ state: 'visible' });
  return loc;
}

/** The visible text of the page's <main> (or body). */
export async function mainText(page) {
  const main = page.locator('main');
  return (await main.count()) ? main.first().innerText() : page.locator('body').innerText();
}

/** Asserts that the main content shows `re`. */
export async function assertShows(page, re, what) {
  const text = await mainText(page);
  assert.match(text, re, `${what ?? re} on ${page.url()}; the page shows:\n${text.slice(0, 1500)}`);
}

export async function assertDoesNotShow(page, re, what) {
  const text = await mainText(page);
  assert.doesNotMatch(text, re, `${what ?? re} on ${page.url()}`);
}

// ---------------------------------------------------------------- images made here (nothing downloaded)

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGB PNG of width×height: a colour gradient that differs with `seed`. */
export function png(width = 320, height = 240, seed = 0) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = (x * 255) / width + seed * 40;
      raw[row + 2 + x * 3] = (y * 255) / height;
      raw[row + 3 + x * 3] = 128 + seed * 60;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A file for setInputFiles. */
export function pngFile(name, seed = 0) {
  return { name, mimeType: 'image/png', buffer: png(320, 240, seed) };
}
