// Checks the HTML report in a real browser: the system Chromium, headless, driven by playwright-core.
//   node check.mjs <report.html> <dataset.json> <artifacts folder>
// Fails (exit code 1) when the page makes any network request, logs a console error or throws, when an evidence span
// of the data has no mark or its mark does not show its records (click and keyboard), when axe-core finds a violation
// of serious or critical impact, when the page is wider than a 375 px phone (or a part scrolls sideways there without a
// visible hint, or the chronology's legend does not wrap), or when it is not readable without
// JavaScript. Saves screenshots (desktop, phone, print, the records panel) in the artifacts folder.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, mkdirSync, statSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [reportArg, datasetArg, artifactsArg] = process.argv.slice(2);
if (!reportArg || !datasetArg || !artifactsArg) {
  console.error('usage: node check.mjs <report.html> <dataset.json> <artifacts folder>');
  process.exit(2);
}

const reportPath = resolve(reportArg);
const reportUrl = pathToFileURL(reportPath).href;
const artifacts = resolve(artifactsArg);
mkdirSync(artifacts, { recursive: true });
const dataset = JSON.parse(readFileSync(resolve(datasetArg), 'utf8'));
const failures = [];
const fail = (message) => failures.push(message);
const log = (message) => console.log('  ' + message);

// Every evidence span of the data: record id, start, quote.
const spans = [];
for (const [kind, records] of Object.entries(dataset)) {
  if (!Array.isArray(records)) continue;
  for (const record of records) {
    for (const evidence of record.evidence ?? []) {
      spans.push({ id: record.id, kind, start: evidence.start, quote: evidence.quote });
    }
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

// Opens the report in a fresh context: every request except the report file itself is blocked and counted.
async function open(contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const requests = new Set();
  const errors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === reportUrl) return route.continue();
    requests.add(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (url !== reportUrl) requests.add(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught exception: ${error.message}`));
  await page.goto(reportUrl, { waitUntil: 'load' });
  return { context, page, requests, errors };
}

function report(label, { requests, errors }) {
  if (requests.size > 0) fail(`${label}: ${requests.size} network request(s): ${[...requests].slice(0, 5).join(', ')}`);
  for (const error of errors) fail(`${label}: ${error}`);
  log(`${label}: ${requests.size} network requests, ${errors.length} console errors`);
}

try {
  const size = statSync(reportPath).size;
  log(`report: ${reportPath} (${size} bytes), ${spans.length} evidence spans in the data`);
  if (size >= 600 * 1024) fail(`the report is ${size} bytes, over 600 KB`);

  // ---- Desktop, with JavaScript ----
  const desktop = await open();
  const { page } = desktop;
  await page.screenshot({ path: join(artifacts, 'report-desktop.png') });
  await page.locator('#chronology figure').screenshot({ path: join(artifacts, 'report-chronology.png') });
  await page.locator('#figures figure').screenshot({ path: join(artifacts, 'report-figures.png') });
  await page.locator('#who-says-what .scroll').screenshot({ path: join(artifacts, 'report-who.png') });

  // Every evidence span is covered, character for character, by marks that name its record.
  // Marks are links (a.ev); a piece that is only white space between two quotes is a span.ev.gap, marked but not a link.
  const pieces = await page.$$eval('.ev[data-s]', (elements) => elements.map((e) => ({
    id: e.id, start: Number(e.dataset.s), text: e.textContent, records: (e.dataset.r || '').split(' '), link: e.tagName === 'A',
  })));
  const marks = pieces.filter((p) => p.link);
  log(`${marks.length} marks in the annotated article (and ${pieces.length - marks.length} marked white-space pieces)`);
  let missing = 0;
  for (const span of spans) {
    const end = span.start + span.quote.length;
    const covering = pieces.filter((m) => m.start >= span.start && m.start + m.text.length <= end && m.records.includes(span.id))
      .sort((a, b) => a.start - b.start);
    let at = span.start;
    let text = '';
    for (const piece of covering) {
      if (piece.start !== at) break;
      text += piece.text;
      at += piece.text.length;
    }
    if (at !== end || text !== span.quote) {
      missing++;
      if (missing <= 5) fail(`evidence of ${span.id} at ${span.start} ("${span.quote.slice(0, 50)}…") is not fully marked`);
    }
  }
  if (missing > 5) fail(`… and ${missing - 5} more evidence spans not fully marked`);
  log(`${spans.length - missing} of ${spans.length} evidence spans fully marked`);

  // Every internal link leads somewhere.
  const broken = await page.$$eval('a[href^="#"]', (links) =>
    links.map((a) => a.getAttribute('href').slice(1)).filter((id) => id && !document.getElementById(decodeURIComponent(id))));
  if (broken.length > 0) fail(`${broken.length} links lead nowhere: ${[...new Set(broken)].slice(0, 5).join(', ')}`);

  // Activating a mark shows the cards of its records: every mark by click, and by keyboard (Tab focus, then Enter).
  async function shownRecords() {
    return page.$$eval('#panel:not([hidden]) #panel-records [data-record]', (cards) => cards.map((c) => c.dataset.record));
  }
  let clickFailures = 0;
  for (const mark of marks) {
    await page.locator(`#${mark.id}`).click();
    const shown = await shownRecords();
    if (shown.join(' ') !== mark.records.join(' ')) {
      clickFailures++;
      if (clickFailures <= 3) fail(`clicking mark ${mark.id} shows [${shown.join(' ')}], expected [${mark.records.join(' ')}]`);
    }
  }
  log(`click: ${marks.length - clickFailures} of ${marks.length} marks show their records`);
  await page.keyboard.press('Escape');
  let keyFailures = 0;
  const keyboardSample = marks.filter((_, i) => i % 7 === 0);
  for (const mark of keyboardSample) {
    await page.locator(`#${mark.id}`).focus();
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
    await page.keyboard.press('Enter');
    const shown = await shownRecords();
    if (focused !== mark.id || shown.join(' ') !== mark.records.join(' ')) {
      keyFailures++;
      if (keyFailures <= 3) fail(`keyboard on mark ${mark.id}: focus on ${focused}, shows [${shown.join(' ')}], expected [${mark.records.join(' ')}]`);
    }
    await page.keyboard.press('Escape');
    const back = await page.evaluate(() => document.activeElement && document.activeElement.id);
    if (back !== mark.id) {
      keyFailures++;
      if (keyFailures <= 3) fail(`Escape after mark ${mark.id} returns focus to ${back}, not the mark`);
    }
  }
  log(`keyboard: ${keyboardSample.length - keyFailures} of ${keyboardSample.length} marks (every 7th) show their records and get focus back`);

  // A visible focus style on marks.
  await page.locator(`#${marks[0].id}`).focus();
  const outline = await page.$eval(`#${marks[0].id}`, (e) => getComputedStyle(e).outlineStyle);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const focusOutline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  if (focusOutline === 'none') fail(`a focused mark shows no outline (outline-style ${focusOutline}, before ${outline})`);

  // Accessibility: axe-core, no violation of serious or critical impact.
  await page.keyboard.press('Escape');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const severe = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of severe) {
    fail(`axe ${v.impact}: ${v.id} (${v.help}) on ${v.nodes.length} element(s), e.g. ${v.nodes[0]?.target?.join(' ')}`);
  }
  for (const v of axe.violations.filter((x) => !severe.includes(x))) {
    log(`axe ${v.impact} (not failing): ${v.id} on ${v.nodes.length} element(s)`);
  }
  log(`axe: ${axe.passes.length} rules pass, ${severe.length} serious or critical violations`);

  await page.locator('#article').scrollIntoViewIfNeeded();
  const shared = marks.find((m) => m.records.length > 1) ?? marks[0];
  await page.locator(`#${shared.id}`).click();
  await page.screenshot({ path: join(artifacts, 'report-desktop-panel.png') });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(artifacts, 'report-print.png'), fullPage: false });
  await page.pdf({ path: join(artifacts, 'report.pdf'), format: 'A4', printBackground: false }).catch(() => {});
  report('desktop', desktop);
  await desktop.context.close();

  // ---- Phone, 375 px wide ----
  const phone = await open({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) fail(`at 375 px the page is ${overflow} px wider than the screen`);
  // Whatever scrolls sideways says so in words just before it, and the chronology's legend wraps within the screen.
  const unhinted = await phone.page.$$eval('.scroll', (boxes) => boxes
    .filter((box) => box.scrollWidth > box.clientWidth)
    .filter((box) => { const hint = box.previousElementSibling; return !hint || !hint.classList.contains('scroll-hint') || hint.offsetHeight === 0; })
    .map((box) => box.getAttribute('aria-label') || box.getAttribute('aria-labelledby')));
  if (unhinted.length > 0) fail(`at 375 px these regions scroll sideways without a visible hint: ${unhinted.join(', ')}`);
  const legendOverflow = await phone.page.$eval('#chronology .legend', (legend) => legend.scrollWidth - legend.clientWidth);
  if (legendOverflow > 0) fail(`at 375 px the chronology legend is ${legendOverflow} px wider than its box`);
  await phone.page.screenshot({ path: join(artifacts, 'report-phone.png') });
  await phone.page.locator(`#${shared.id}`).tap();
  await phone.page.screenshot({ path: join(artifacts, 'report-phone-panel.png') });
  const phoneShown = await phone.page.$$eval('#panel:not([hidden]) #panel-records [data-record]', (cards) => cards.length);
  if (phoneShown !== shared.records.length) fail(`on the phone, tapping mark ${shared.id} shows ${phoneShown} records, expected ${shared.records.length}`);
  report('phone', phone);
  await phone.context.close();

  // ---- JavaScript off: the content is all there ----
  const noScript = await open({ javaScriptEnabled: false });
  const staticMarks = await noScript.page.$$eval('.ev[data-s]', (e) => e.length);
  const cards = await noScript.page.$$eval('article.card', (e) => e.length);
  const recordCount = Object.values(dataset).filter(Array.isArray).reduce((n, list) => n + list.length, 0);
  if (staticMarks !== pieces.length) fail(`with JavaScript off there are ${staticMarks} marks, not ${pieces.length}`);
  if (cards !== recordCount) fail(`with JavaScript off there are ${cards} record cards, not ${recordCount}`);
  log(`JavaScript off: ${staticMarks} marks, ${cards} record cards (${recordCount} records in the data)`);
  report('no script', noScript);
  await noScript.context.close();
} catch (error) {
  fail(`the check itself failed: ${error.stack ?? error}`);
} finally {
  await browser.close();
}

if (failures.length > 0) {
  for (const f of failures) console.error('FAIL ' + f);
  console.log(`browser check: FAILED (${failures.length} problem${failures.length === 1 ? '' : 's'}); screenshots in ${artifacts}`);
  process.exit(1);
}
console.log(`browser check: passed; screenshots in ${artifacts}`);
