// Browser test of the layout at a 390 px phone width: Playwright (playwright-core) drives Debian's headless
// Chromium against a real `ejob serve` with a throw-away, seeded data directory.
//
// Run from the repository root:   node tests/browser/layout.test.mjs
// Environment: EJOB_BIN (default build/ejob), CHROMIUM_PATH (default /usr/bin/chromium)

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
const HEALTH_TIMEOUT_MS = 20_000;
const PHONE = { width: 390, height: 844 };

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
process.on('exit', () => {
  stopServerSync();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Run `body` with a fresh page of the given size; print what the browser saw on failure. */
async function withPage(title, viewport, body) {
  const context = await browser.newContext({ baseURL, viewport, locale: 'az-AZ' });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const page = await context.newPage();
  try {
    await body(page);
  } catch (err) {
    let text = '';
    try { text = (await page.locator('body').innerText({ timeout: 2_000 })).slice(0, 1500); } catch { /* gone */ }
    const shot = path.join(os.tmpdir(), `ejob-layout-failure-${title.replace(/\W+/g, '_')}-${Date.now()}.png`);
    await page.screenshot({ path: shot, fullPage: true, timeout: 5_000 }).catch(() => {});
    console.error(`\n# ---- ${title} failed at ${page.url()}\n# screenshot: ${shot}\n${text}\n# server log:\n${serverLog.slice(-2000)}`);
    throw err;
  } finally {
    await context.close().catch(() => {});
  }
}

/** Fails when the page scrolls sideways. */
async function assertNoHorizontalScroll(page, what) {
  const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(width <= PHONE.width, `${what}: page is ${width} px wide on a ${PHONE.width} px screen`);
}

/** Fails unless the boxes share one line: each one's vertical middle lies inside every other box. */
async function assertOneLine(page, locators, what) {
  const boxes = [];
  for (const l of locators) {
    const b = await l.boundingBox();
    assert.ok(b, `${what}: an element of the header is not shown`);
    boxes.push(b);
  }
  for (const a of boxes) {
    for (const b of boxes) {
      const middle = a.y + a.height / 2;
      assert.ok(middle > b.y && middle < b.y + b.height, `${what}: header items are on different lines`);
    }
  }
}

// ---------------------------------------------------------------- setup

before(async () => {
  assert.ok(fs.existsSync(ejobBin), `ejob binary not found at ${ejobBin} (build it or set EJOB_BIN)`);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ejob-layout-'));
  runEjob(['migrate', '--data-dir', dataDir]);
  runEjob(['seed', '--demo', '--vacancies', '30', '--resumes', '10', '--services', '10', '--data-dir', dataDir]);
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn(ejobBin, ['serve', '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk) => { serverLog = (serverLog + chunk.toString()).slice(-100_000); };
  server.stdout.on('data', collect);
  server.stderr.on('data', collect);
  await waitForHealthy(`${baseURL}/healthz`, HEALTH_TIMEOUT_MS);
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
});

// ---------------------------------------------------------------- tests

test('390 px: the header is one line with a menu that holds the language switch', async () => {
  await withPage('header-menu', PHONE, async (page) => {
    for (const url of ['/', '/vacancies', '/resumes', '/services', '/vacancies/new', '/account/login', '/rules',
      '/ru/vacancies', '/en/vacancies', '/ru/resumes/new']) {
      await page.goto(url);
      await assertNoHorizontalScroll(page, url);
      const header = page.locator('header.site-header');
      await assertOneLine(page, [header.locator('.logo'), header.locator('.header-post'),
        header.locator('.menu > summary')], url);
    }

    await page.goto('/vacancies');
    const menu = page.locator('header .menu');
    const russian = menu.locator('a[hreflang="ru"]');
    assert.equal(await russian.isVisible(), false, 'the menu starts folded on a phone');
    await menu.locator('summary').click();
    assert.equal(await russian.isVisible(), true, 'the open menu shows the language switch');
    assert.equal(await menu.locator('.main-nav a[href="/vacancies"]').isVisible(), true, 'and the main links');
    await assertNoHorizontalScroll(page, 'open menu');
    await russian.click();
    await page.waitForURL(/\/ru\/vacancies$/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    assert.equal(await page.locator('header .menu > summary').innerText(), 'Меню');
  });
});

test('390 px: list filters fold into a panel and still filter', async () => {
  await withPage('filters', PHONE, async (page) => {
    for (const [url, label] of [['/vacancies', 'Filtrlər'], ['/ru/resumes', 'Фильтры'], ['/en/services', 'Filters']]) {
      await page.goto(url);
      const panel = page.locator('details.filters-panel');
      const city = panel.locator('select[name="city"]');
      assert.equal(await panel.locator('summary').innerText(), label);
      assert.equal(await city.isVisible(), false, `${url}: the filters start folded on a phone`);
      // The first card of the results is on the first screen.
      const firstCard = await page.locator('.cards > li').first().boundingBox();
      assert.ok(firstCard && firstCard.y < PHONE.height, `${url}: results start below the first screen`);
      await panel.locator('summary').click();
      assert.equal(await city.isVisible(), true, `${url}: the opened panel shows the filters`);
      await assertNoHorizontalScroll(page, `${url} with filters open`);
    }
    await page.goto('/vacancies');
    await page.locator('details.filters-panel summary').click();
    await page.locator('details.filters-panel select[name="city"]').selectOption('baku');
    await page.locator('details.filters-panel button[type="submit"]').click();
    await page.waitForURL(/[?&]city=baku/);
  });
});

test('1280 px: the menu and the filters are open without a toggle', async () => {
  await withPage('wide', { width: 1280, height: 900 }, async (page) => {
    await page.goto('/vacancies');
    assert.equal(await page.locator('header .menu > summary').isVisible(), false);
    assert.equal(await page.locator('header .menu a[hreflang="en"]').isVisible(), true);
    assert.equal(await page.locator('details.filters-panel select[name="city"]').isVisible(), true);
    await assertOneLine(page, [page.locator('header .logo'), page.locator('header .header-post'),
      page.locator('header .main-nav a[href="/vacancies"]')], 'wide header');
  });
});

test('390 px: a signed-in person signs out from the header menu', async () => {
  await withPage('sign-out', PHONE, async (page) => {
    const email = `layout-${Date.now()}@example.az`;
    const password = 'long enough password';
    await page.goto('/account/register');
    await page.locator('[name="email"]').fill(email);
    await page.locator('[name="password"]').fill(password);
    await page.locator('main form button[type="submit"]').click();
    await page.waitForLoadState();
    if (!(await page.locator('header form.sign-out').count())) {
      await page.goto('/account/login');
      await page.locator('[name="email"]').fill(email);
      await page.locator('[name="password"]').fill(password);
      await page.locator('main form button[type="submit"]').click();
      await page.waitForLoadState();
    }
    const menu = page.locator('header .menu');
    const signOut = menu.locator('form.sign-out button');
    assert.equal(await signOut.isVisible(), false, 'folded until the menu opens');
    await menu.locator('summary').click();
    assert.equal(await signOut.isVisible(), true);
    await assertNoHorizontalScroll(page, 'signed-in menu');
    await signOut.click();
    await page.waitForLoadState();
    assert.equal(await page.locator('header form.sign-out').count(), 0, 'signed out');
    await page.goto('/account');
    assert.match(page.url(), /\/account\/login/, 'the account page asks to sign in again');
  });
});

test('the danger button is red and differs from the secondary one', async () => {
  await withPage('buttons', { width: 1280, height: 900 }, async (page) => {
    const email = `buttons-${Date.now()}@example.az`;
    await page.goto('/en/account/register');
    await page.locator('[name="email"]').fill(email);
    await page.locator('[name="password"]').fill('long enough password');
    await page.locator('main form button[type="submit"]').click();
    await page.waitForLoadState();
    await page.goto('/en/account');
    if (!page.url().endsWith('/en/account')) {
      await page.goto('/en/account/login');
      await page.locator('[name="email"]').fill(email);
      await page.locator('[name="password"]').fill('long enough password');
      await page.locator('main form button[type="submit"]').click();
      await page.waitForLoadState();
      await page.goto('/en/account');
    }
    const style = (l) => l.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, color: s.color };
    });
    const danger = await style(page.locator('button.button-danger').first());
    const secondary = await style(page.locator('main button.button:not(.button-danger):not(.button-primary)').first());
    assert.notEqual(danger.background, secondary.background, 'danger and secondary buttons look the same');
    const [r, g, b] = danger.background.match(/\d+/g).map(Number);
    assert.ok(r > 150 && g < 80 && b < 80, `the danger button is not red: ${danger.background}`);

    await page.goto('/en/account/login');
    await page.goto('/en/vacancies/new');
    const primary = await style(page.locator('main form button.button-primary').first());
    assert.notEqual(primary.background, secondary.background, 'primary and secondary buttons look the same');
  });
});
