// The CV Maker (/cv-maker) as a person uses it: without JavaScript (rows added by the server, the preview drawn on
// "Preview", the PDF downloaded and read back with pdftotext), with JavaScript (the preview follows the typing, a
// reload brings the typing back from this browser's storage, "Delete now" forgets it), on a phone, a JSON Resume
// exported by one visitor and imported by another, and a saved draft published as a resume. The English UI is used;
// the PDF's own language is chosen on the form (Azerbaijani unless changed).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  useSite, MOBILE, NO_JS, TEST_TIMEOUT_MS, button, clickAndLoad, field, fillForm, mainText, pngFile, seeText,
} from './support.mjs';
import { assertImagesShown, confirmationPage, publicationForm, sendButton } from './flows.mjs';

const site = useSite();
const opts = { timeout: TEST_TIMEOUT_MS };
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'ejob-cv-downloads-'));
after(() => fs.rmSync(downloads, { recursive: true, force: true }));

const GUNEL = {
  first_name: 'Günel',
  last_name: 'Məmmədova',
  title: 'Baş mühasib',
  email: 'gunel@example.az',
  'jobs.0.position': 'Mühasib',
  'jobs.0.employer': 'Azərsun Holding',
  'jobs.0.start': '2019-03',
  'jobs.0.duties': 'Aylıq hesabatlar\nVergi bəyannamələri',
  'languages.0.language': 'Azərbaycan dili',
  'languages.0.level': 'native',
  skills: '1C, Excel, IFRS',
};

/** The CV Maker's own form (the page has two more: "Delete now" and the import). */
function cvForm(page) {
  return page.locator('form#cv-form');
}

/** "Add a job" (its label starts with a "+" drawn by the style sheet). */
function addJob(form) {
  return form.getByRole('button', { name: 'Add a job' });
}

function preview(page) {
  return page.locator('#cv-preview');
}

/** Waits until the preview shows `text`. */
async function previewShows(page, text) {
  await preview(page).getByText(text).first().waitFor({ state: 'visible' });
}

/** Asserts that each named field of `form` holds the value given. */
async function assertValues(form, values, what) {
  for (const [name, value] of Object.entries(values)) {
    assert.equal(await (await field(form, name)).inputValue(), value, `${what}: ${name}`);
  }
}

/** Starts a download with `act` and returns it with the path of the saved file. */
async function download(page, act) {
  const [dl] = await Promise.all([page.waitForEvent('download'), act()]);
  const file = path.join(fs.mkdtempSync(path.join(downloads, 'd-')), dl.suggestedFilename());
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), file };
}

/** The text of a PDF as pdftotext reads it. */
function pdfText(file) {
  assert.equal(fs.readFileSync(file).subarray(0, 5).toString('latin1'), '%PDF-', `${file} is a PDF`);
  const res = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  assert.equal(res.status, 0, `pdftotext ${file}: ${res.stderr}`);
  return res.stdout;
}

/**
 * The page is as wide as the screen: nothing sticks out sideways. A phone browser zooms a page that is too wide out
 * (window.innerWidth grows with it), so the width is compared with the screen's own.
 */
async function fitsTheScreen(page) {
  const screen = page.viewportSize().width;
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.scrollingElement.scrollWidth, width: window.innerWidth,
  }));
  if (scroll <= width + 1 && width <= screen) return true;
  return `${scroll} px wide (${width} px shown) on a ${screen} px screen`;
}

test('no JavaScript: a CV with a photo and an added job row, previewed, downloaded as a PDF; a bad email is shown',
  opts, () => site.withPage('nojs', async (page) => {
    assert.equal((await page.goto('/en/cv-maker')).status(), 200);
    const form = cvForm(page);
    await fillForm(form, GUNEL);

    // "Add a job": the server draws the form again with a second job row and everything typed kept.
    const added = await clickAndLoad(page, addJob(form));
    assert.equal(added.status(), 200);
    assert.equal(new URL(page.url()).pathname, '/en/cv-maker');
    await assertValues(form, GUNEL, 'kept when a row is added');
    await fillForm(form, {
      'jobs.1.position': 'Kassir',
      'jobs.1.employer': 'Bravo',
      'jobs.1.start': '2016',
      'jobs.1.end': '2019',
      photo: { files: [pngFile('me.png')] },
    });

    await clickAndLoad(page, button(form, 'Preview'));
    assert.equal(new URL(page.url()).pathname, '/en/cv-maker', `back on the CV Maker: ${page.url()}`);
    await previewShows(page, 'Günel Məmmədova');
    await previewShows(page, 'Mart 2019 – indiyədək');  // the PDF's language, Azerbaijani unless chosen
    await previewShows(page, 'İş təcrübəsi');
    await previewShows(page, 'Kassir');
    assert.equal(await assertImagesShown(preview(page).locator('img.cv-photo'), 'the photo in the preview'), 1);
    assert.equal(await assertImagesShown(form.locator('img.cv-thumb'), 'the stored photo on the form'), 1);
    assert.match(await page.locator('#cv-keep').innerText(), /kept until .*23:59/, 'until when the draft is kept');
    const { skills, ...rest } = GUNEL;
    await assertValues(form, { ...rest, 'jobs.1.position': 'Kassir', 'jobs.1.end': '2019' }, 'after Preview');
    const skillsShown = await (await field(form, 'skills')).inputValue();
    assert.deepEqual(skillsShown.split(/\s*[,\n]\s*/), skills.split(', '),
      'the same skills (the saved draft lists them one per line)');

    // "Download the PDF": an attachment with an ASCII name and what was typed, in Azerbaijani.
    const pdf = await download(page, () => button(form, 'Download the PDF').click());
    assert.equal(pdf.name, 'Gunel_Mammadova_CV.pdf');
    const text = pdfText(pdf.file);
    for (const typed of ['Günel Məmmədova', 'İş təcrübəsi', 'Azərsun Holding', 'Vergi bəyannamələri']) {
      assert.ok(text.includes(typed), `the PDF has "${typed}":\n${text}`);
    }

    // A bad email: the form comes back with the error next to the field and every other value as typed.
    await fillForm(form, { email: 'gunel-at-example', summary: 'Maliyyə hesabatları üzrə mütəxəssis.' });
    const refused = await clickAndLoad(page, button(form, 'Preview'));
    assert.equal(refused.status(), 422);
    const email = await field(form, 'email');
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    const error = page.locator('#f-email-error');
    await error.waitFor({ state: 'visible' });
    assert.match(await error.innerText(), /email address like name@example\.com/);
    assert.match(await email.getAttribute('aria-describedby'), /\bf-email-error\b/, 'the message belongs to the field');
    await assertValues(form, {
      ...rest, skills: skillsShown, email: 'gunel-at-example', summary: 'Maliyyə hesabatları üzrə mütəxəssis.',
      'jobs.1.position': 'Kassir', 'jobs.1.start': '2016',
    }, 'kept when refused');
  }, NO_JS));

test('with JavaScript: the preview follows the typing, a reload brings it back, then save, PDF and delete now', opts,
  () => site.withPage('js', async (page) => {
    await page.goto('/en/cv-maker');
    await page.evaluate(() => { window.samePage = true; });  // gone if anything loads a new page
    const previews = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/en/cv-maker/preview') previews.push(r.url());
    });
    const form = cvForm(page);

    await fillForm(form, { first_name: 'Rəşad', last_name: 'Əliyev' });
    await previewShows(page, 'Rəşad Əliyev');
    await fillForm(form, { title: 'Frontend developer' });
    await previewShows(page, 'Frontend developer');
    await fillForm(form, { template_code: { radio: 'modern' } });
    await preview(page).locator('.cv-sheet.cv-modern').waitFor();
    // A second job row, added in place.
    await fillForm(form, { 'jobs.0.position': 'Veb proqramçı', 'jobs.0.start': '2020-09' });
    await addJob(form).click();
    await fillForm(form, { 'jobs.1.position': 'Stajçı', 'jobs.1.start': '2019', 'jobs.1.end': '2020' });
    await previewShows(page, 'Stajçı');
    await previewShows(page, 'Sentyabr 2020 – indiyədək');
    await fillForm(form, { pdf_lang: 'ru' });
    await previewShows(page, 'Опыт работы');
    await previewShows(page, 'Сентябрь 2020 – по настоящее время');
    assert.equal(await page.evaluate(() => window.samePage), true, 'no page was loaded');
    assert.ok(previews.length > 0, 'the preview was drawn by the server');

    // Reloaded before anything was saved: what was typed comes back from this browser's storage, with a note.
    await page.reload();
    const note = page.locator('main [role="status"]')
      .filter({ hasText: 'What you typed before the page was reloaded is back.' });
    await note.waitFor({ state: 'visible' });
    const typed = {
      first_name: 'Rəşad', last_name: 'Əliyev', title: 'Frontend developer', pdf_lang: 'ru',
      'jobs.0.position': 'Veb proqramçı', 'jobs.1.position': 'Stajçı', 'jobs.1.end': '2020',
    };
    await assertValues(form, typed, 'restored after a reload');
    assert.equal(await form.locator('input[name="template_code"][value="modern"]').isChecked(), true);
    await previewShows(page, 'Rəşad Əliyev');
    await previewShows(page, 'Опыт работы');

    // Saved: the notice, the same values from the server, and no "restored" note any more.
    await clickAndLoad(page, button(form, 'Save for today'));
    assert.equal(new URL(page.url()).search, '?done=saved');
    await seeText(page, 'Saved. The draft is kept for today.');
    await assertValues(form, typed, 'as saved');
    assert.equal(await note.count(), 0, 'the server\'s copy is the newer one: nothing is restored');

    const keep = page.locator('#cv-keep');
    const pdf = await download(page, () => keep.getByRole('link', { name: 'Download the PDF' }).click());
    assert.equal(pdf.name, 'Rashad_Aliyev_CV.pdf');
    const text = pdfText(pdf.file);
    assert.ok(text.includes('Опыт работы') && text.includes('Stajçı'), `the PDF in Russian:\n${text}`);

    // "Delete now", confirmed: the draft is gone and so is this browser's copy of it.
    await clickAndLoad(page, button(keep, 'Delete now'));
    assert.deepEqual(page.dialogs, ['Delete the draft and its photo now?']);
    await seeText(page, 'Your draft is deleted');
    assert.equal(await page.evaluate(() => localStorage.getItem('ejob-cv-draft')), null, 'the local copy is forgotten');
    await clickAndLoad(page, page.getByRole('link', { name: 'Start a new CV' }));
    assert.equal(new URL(page.url()).pathname, '/en/cv-maker');
    await assertValues(form, { first_name: '', title: '', 'jobs.0.position': '' }, 'an empty form after deleting');
    assert.equal(await note.count(), 0, 'nothing is restored');
    assert.doesNotMatch(await preview(page).innerText(), /Rəşad|Stajçı/);
    assert.equal(await page.locator('#cv-keep form').count(), 0, 'no draft is kept');
  }));

test('phone: the CV Maker fits a 390 px screen and Preview works', opts, () =>
  site.withPage('phone', async (page) => {
    await page.goto('/en/cv-maker');
    assert.equal(await fitsTheScreen(page), true, 'the empty form fits the phone');
    const form = cvForm(page);
    await fillForm(form, {
      ...GUNEL,
      summary: 'Maliyyə hesabatları, vergi bəyannamələri və daxili audit üzrə on illik təcrübə.',
      template_code: { radio: 'modern' },
    });
    await previewShows(page, 'Günel Məmmədova');
    await clickAndLoad(page, button(form, 'Preview'));
    assert.equal(new URL(page.url()).pathname, '/en/cv-maker');
    await preview(page).locator('.cv-sheet.cv-modern').waitFor();
    await previewShows(page, 'Mart 2019 – indiyədək');
    await preview(page).scrollIntoViewIfNeeded();
    const box = await preview(page).boundingBox();
    const screen = page.viewportSize().width;
    assert.ok(box && box.x >= 0 && box.x + box.width <= screen + 1,
      `the preview is on the screen: ${JSON.stringify(box)}`);
    assert.equal(await fitsTheScreen(page), true, 'the filled form and its preview fit the phone');
  }, MOBILE));

test('export as JSON Resume, then import the file as another visitor', opts, async () => {
  let exported;
  await site.withPage('export', async (page) => {
    await page.goto('/en/cv-maker');
    const form = cvForm(page);
    await fillForm(form, { ...GUNEL, 'languages.0.language': 'İngilis dili', 'languages.0.level': 'B2' });
    await clickAndLoad(page, button(form, 'Save for today'));
    await seeText(page, 'Saved. The draft is kept for today.');
    exported = await download(page, () =>
      page.locator('#cv-keep').getByRole('link', { name: 'Export as JSON Resume' }).click());
    assert.equal(exported.name, 'Gunel_Mammadova_CV.json');
    const json = JSON.parse(fs.readFileSync(exported.file, 'utf8'));
    assert.equal(json.basics?.name, 'Günel Məmmədova', 'a JSON Resume');
  });

  await site.withPage('import', async (page) => {
    await page.goto('/en/cv-maker');
    const form = cvForm(page);
    assert.equal(await (await field(form, 'first_name')).inputValue(), '', 'another visitor starts empty');
    const importForm = page.locator('main form').filter({ has: page.locator('input[type="file"][name="file"]') });
    await fillForm(importForm, { file: { files: [exported.file] } });
    await clickAndLoad(page, button(importForm, 'Import'));
    assert.equal(new URL(page.url()).search, '?done=imported');
    await seeText(page, 'The file was imported.');
    await assertValues(form, {
      first_name: 'Günel', last_name: 'Məmmədova', title: 'Baş mühasib', 'jobs.0.employer': 'Azərsun Holding',
      'jobs.0.start': '2019-03', 'languages.0.language': 'İngilis dili', 'languages.0.level': 'B2',
    }, 'imported');
    const shown = ['Günel Məmmədova', 'Azərsun Holding', 'Mart 2019 – indiyədək', 'İngilis dili — B2'];
    for (const text of shown) await previewShows(page, text);  // and the preview draws them
  });
});

test('publish a saved draft as a resume: the box must be ticked; another visitor sees no draft', opts, async () => {
  await site.withPage('publish', async (page) => {
    await page.goto('/en/cv-maker');
    const form = cvForm(page);
    await fillForm(form, { ...GUNEL, phone: '+994 50 123 45 67', photo: { files: [pngFile('me.png', 2)] } });
    await clickAndLoad(page, button(form, 'Publish as a resume on the site'));
    assert.equal(new URL(page.url()).pathname, '/en/cv-maker/publish');

    const resume = publicationForm(page);
    await assertValues(resume, {
      first_name: 'Günel', last_name: 'Məmmədova', desired_position: 'Baş mühasib', phone: '+994 50 123 45 67',
    }, 'the resume form filled in from the draft');
    assert.equal(await assertImagesShown(page.locator('ul.held-photos img'), 'the photo held for the form'), 1);
    const consent = await field(resume, 'publish_consent');
    assert.equal(await consent.isChecked(), false, 'the box is not ticked for the person');

    const choices = { city: 'baku', category: 'finance', experience: '3_5', education_level: 'higher' };
    if (await resume.locator('[name="owner_email"]').count()) choices.owner_email = 'gunel@example.az';
    await fillForm(resume, choices);
    const refused = await clickAndLoad(page, sendButton(resume));
    assert.equal(refused.status(), 422);
    assert.equal(await (await field(resume, 'publish_consent')).getAttribute('aria-invalid'), 'true');
    await page.locator('#f-publish_consent-error').waitFor({ state: 'visible' });
    assert.equal(await assertImagesShown(page.locator('ul.held-photos img'), 'the photo still held'), 1);
    await assertValues(resume, { first_name: 'Günel', city: 'baku', category: 'finance' }, 'kept when refused');

    await fillForm(resume, { publish_consent: true });
    await clickAndLoad(page, sendButton(resume));
    assert.match(page.url(), /\/manage\/[^/?#]+\?new=1$/, 'the confirmation page of a new resume');
    await confirmationPage(page);
  });

  await site.withPage('publish-stranger', async (page) => {
    await page.goto('/en/cv-maker');
    await assertValues(cvForm(page), { first_name: '', last_name: '', title: '' }, 'another visitor');
    assert.doesNotMatch(await mainText(page), /Günel|Məmmədova/, 'nothing of the draft is shown');
    assert.equal((await page.goto('/en/cv-maker/photo')).status(), 404, 'nor its photo');
  });
});
