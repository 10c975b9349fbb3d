// Browser test: moderation as a moderator does it, in Debian's headless Chromium against a real `ejob serve`
// (fresh data directory). The owner posts a vacancy in Russian; the administrator signs in (English UI), opens
// the queue, reviews the vacancy beside its public rendering, rejects it with a ready-made reason (a numbered
// submission rule); the owner opens the management link and reads the reason — in Russian.
//
// Run from the repository root:
//   node tests/browser/moderation.test.mjs
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

const ADMIN_EMAIL = 'moderator@example.az';
const ADMIN_PASSWORD = 'a long moderator password';

before(async () => {
  assert.ok(fs.existsSync(ejobBin), `ejob binary not found at ${ejobBin} (build it or set EJOB_BIN)`);
  assert.ok(fs.existsSync(chromiumPath), `Chromium not found at ${chromiumPath}`);

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ejob-browser-moderation-'));
  runEjob(['migrate', '--data-dir', dataDir]);
  runEjob(['admin', 'create', '--email', ADMIN_EMAIL, '--password', ADMIN_PASSWORD, '--data-dir', dataDir]);

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

// ---------------------------------------------------------------- test

test('the moderator rejects with a numbered rule; the owner reads it in Russian', { timeout: 90_000 }, async () => {
  let manageURL;
  const position = 'Оператор колл-центра';

  await withPage('owner-submits', async (page) => {
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

  await withPage('moderator-rejects', async (page) => {
    await page.goto('/en/admin/login');
    await fillForm(page, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/en/admin/moderation'),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
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

  await withPage('owner-reads-the-reason', async (page) => {
    await page.goto(manageURL);
    const reason = page.locator('.reject-reason');
    await reason.waitFor();
    const text = await reason.innerText();
    assert.match(text, /Пункт 5 правил подачи объявлений: Зарплата указывается в AZN и должна быть реальной/, text);
    assert.doesNotMatch(text, /Salary in AZN/, 'the reason is in the owner\'s language, not the moderator\'s');
  });
});
