// The layout on a 390×844 phone and on a 1280 px screen: a one-line header with a menu, filters that fold into a
// panel, sign-out from the menu, and buttons that look like what they do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, MOBILE, NO_JS, TEST_TIMEOUT_MS, clickAndLoad, fillForm } from './support.mjs';
import { register, signIn } from './flows.mjs';

const site = useSite({ seed: { vacancies: 30, resumes: 10, services: 10 } });
const opts = { timeout: TEST_TIMEOUT_MS };
const WIDE = { viewport: { width: 1280, height: 900 } };

/** Fails when the page scrolls sideways. */
async function assertNoHorizontalScroll(page, what) {
  const screen = page.viewportSize().width;
  const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(width <= screen, `${what}: page is ${width} px wide on a ${screen} px screen`);
}

/** Fails unless the boxes share one line: each one's vertical middle lies inside every other box. */
async function assertOneLine(locators, what) {
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

/** A new account, signed in: ends on "My publications" (/en/account). */
async function signedInUser(page, email) {
  await register(page, email);
  await signIn(page, email);
}

test('390 px: the header is one line with a menu that holds the language switch', opts, async () => {
  await site.withPage('header-menu', async (page) => {
    for (const url of ['/', '/vacancies', '/resumes', '/services', '/vacancies/new', '/account/login', '/rules',
      '/ru/vacancies', '/en/vacancies', '/ru/resumes/new']) {
      await page.goto(url);
      await assertNoHorizontalScroll(page, url);
      const header = page.locator('header.site-header');
      await assertOneLine([header.locator('.logo'), header.locator('.header-post'),
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
    await clickAndLoad(page, russian);
    assert.match(page.url(), /\/ru\/vacancies$/, 'the Russian list is shown');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    assert.equal(await page.locator('header .menu > summary').innerText(), 'Меню');
  }, MOBILE);
});

test('390 px: list filters fold into a panel and still filter', opts, async () => {
  await site.withPage('filters', async (page) => {
    for (const [url, label] of [['/vacancies', 'Filtrlər'], ['/ru/resumes', 'Фильтры'], ['/en/services', 'Filters']]) {
      await page.goto(url);
      const panel = page.locator('details.filters-panel');
      const city = panel.locator('select[name="city"]');
      assert.equal(await panel.locator('summary').innerText(), label);
      assert.equal(await city.isVisible(), false, `${url}: the filters start folded on a phone`);
      // The first card of the results is on the first screen.
      const firstCard = await page.locator('.cards > li').first().boundingBox();
      assert.ok(firstCard && firstCard.y < MOBILE.viewport.height, `${url}: results start below the first screen`);
      await panel.locator('summary').click();
      assert.equal(await city.isVisible(), true, `${url}: the opened panel shows the filters`);
      await assertNoHorizontalScroll(page, `${url} with filters open`);
    }
    await page.goto('/vacancies');
    const panel = page.locator('details.filters-panel');
    await panel.locator('summary').click();
    await fillForm(panel, { city: 'baku' });
    await clickAndLoad(page, panel.locator('button[type="submit"]'));
    assert.match(page.url(), /[?&]city=baku/, 'the list is filtered by the chosen city');
  }, MOBILE);
});

test('1280 px: the menu and the filters are open without a toggle', opts, async () => {
  await site.withPage('wide', async (page) => {
    await page.goto('/vacancies');
    assert.equal(await page.locator('header .menu > summary').isVisible(), false);
    assert.equal(await page.locator('header .menu a[hreflang="en"]').isVisible(), true);
    assert.equal(await page.locator('details.filters-panel select[name="city"]').isVisible(), true);
    await assertOneLine([page.locator('header .logo'), page.locator('header .header-post'),
      page.locator('header .main-nav a[href="/vacancies"]')], 'wide header');
  }, WIDE);
});

test('390 px: a signed-in person signs out from the header menu', opts, async () => {
  await site.withPage('sign-out', async (page) => {
    await signedInUser(page, 'layout.phone@example.az');
    const menu = page.locator('header .menu');
    const signOut = menu.locator('form.sign-out button');
    assert.equal(await signOut.isVisible(), false, 'folded until the menu opens');
    await menu.locator('summary').click();
    assert.equal(await signOut.isVisible(), true);
    await assertNoHorizontalScroll(page, 'signed-in menu');
    await clickAndLoad(page, signOut);
    assert.equal(await page.locator('header form.sign-out').count(), 0, 'signed out');
    await page.goto('/account');
    assert.match(page.url(), /\/account\/login/, 'the account page asks to sign in again');
  }, MOBILE);
});

test('the danger button is red and differs from the secondary one', opts, async () => {
  await site.withPage('buttons', async (page) => {
    await signedInUser(page, 'layout.buttons@example.az');
    const style = (l) => l.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, color: s.color };
    });
    const danger = await style(page.locator('button.button-danger').first());
    const secondary = await style(page.locator('main button.button:not(.button-danger):not(.button-primary)').first());
    assert.notEqual(danger.background, secondary.background, 'danger and secondary buttons look the same');
    const [r, g, b] = danger.background.match(/\d+/g).map(Number);
    assert.ok(r > 150 && g < 80 && b < 80, `the danger button is not red: ${danger.background}`);

    await page.goto('/en/vacancies/new');
    const primary = await style(page.locator('main form button.button-primary').first());
    assert.notEqual(primary.background, secondary.background, 'primary and secondary buttons look the same');
  }, WIDE);
});

for (const [name, options] of [['with JavaScript', WIDE], ['without JavaScript', { ...WIDE, ...NO_JS }]]) {
  test(`filters say how many results each option gives, and the order can be chosen (${name})`, opts, async () => {
    await site.withPage(`facets-${options.javaScriptEnabled === false ? 'nojs' : 'js'}`, async (page) => {
      await page.goto('/en/vacancies');
      const panel = page.locator('details.filters-panel');
      const city = panel.locator('select[name="city"]');
      const label = await city.locator('option[value="baku"]').innerText();
      const said = label.match(/\((\d+)\)$/);
      assert.ok(said, `the Baku option says how many vacancies it gives: "${label}"`);
      // An option that would give nothing is shown as such and cannot be chosen.
      const empty = city.locator('option:disabled');
      if (await empty.count() > 0) assert.match(await empty.first().innerText(), /\(0\)$/);
      await city.selectOption('baku');
      await panel.locator('select[name="sort"]').selectOption('highest');
      await clickAndLoad(page, panel.locator('button[type="submit"]'));
      assert.match(page.url(), /[?&]sort=highest/);
      assert.match(await page.locator('.result-count').innerText(), new RegExp(`^${said[1]} vacanc`),
        'the list gives as many vacancies as the option said');
      assert.equal(await panel.locator('select[name="sort"]').inputValue(), 'highest', 'the order stays chosen');
      assert.equal(await city.inputValue(), 'baku');
    }, options);
  });
}
