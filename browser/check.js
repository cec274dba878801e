#!/usr/bin/env node
// Checks the page `explain --all --format html` writes, in headless Chromium (playwright-core,
// no downloaded browser): it loads from file:// with no request elsewhere and no console or
// page error, searches by number and by name, filters by family, switches the language, opens
// at #4111, and shows everything without JavaScript.
//
//   node browser/check.js codes.html [--screenshot docs/codes-page.png]
//
// The expected zh-Hant text comes from `explain 4111 --lang zh-Hant --json` (the binary in
// $EXPLAIN, or `cargo run --quiet --bin explain --`). The page is never written here.
'use strict';

const path = require('path');
const { execFileSync } = require('child_process');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

function usage(problem) {
  console.error(`error: ${problem}\nusage: node browser/check.js PAGE.html [--screenshot FILE.png]`);
  process.exit(2);
}

function parseArgs(argv) {
  let page;
  let screenshot;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--screenshot') {
      screenshot = argv[i + 1];
      i += 1;
      if (!screenshot) usage('--screenshot needs a file');
    } else if (arg.startsWith('--screenshot=')) {
      screenshot = arg.slice('--screenshot='.length);
    } else if (arg.startsWith('-')) {
      usage(`unknown option ${arg}`);
    } else if (page) {
      usage('give one page');
    } else {
      page = arg;
    }
  }
  if (!page) usage('give the page explain --all --format html wrote');
  return { page: path.resolve(page), screenshot };
}

/// What explain itself says of 4111 in zh-Hant.
function expected4111() {
  const args = ['4111', '--lang', 'zh-Hant', '--json'];
  const root = path.join(__dirname, '..');
  const out = process.env.EXPLAIN
    ? execFileSync(process.env.EXPLAIN, args, { encoding: 'utf8' })
    : execFileSync('cargo', ['run', '--quiet', '--bin', 'explain', '--', ...args], { cwd: root, encoding: 'utf8' });
  const code = JSON.parse(out).codes[0];
  if (!code || code.code !== 4111) throw new Error(`explain gave no 4111: ${out.slice(0, 200)}`);
  return code;
}

class CheckError extends Error {}

/// Console errors, page errors and requests away from the file, from every page opened.
const problems = [];

function check(condition, message) {
  if (!condition) throw new CheckError(message);
}

/// Opens a page that records every console error, page error and request away from file://.
async function open(context, url, problems) {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('file:') && !url.startsWith('data:')) problems.push(`request away from the file: ${url}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/// The ids of the visible rows of the code table.
function visibleRows(page) {
  return page.$$eval('#codes tbody tr', (rows) => rows.filter((row) => row.offsetParent !== null).map((row) => row.id));
}

async function search(page, text) {
  await page.fill('#search', text);
  return visibleRows(page);
}

/// The visible messages of a row.
function visibleMessages(page, id) {
  return page.$$eval(`tr[id="${id}"] .msg`, (cells) =>
    cells.filter((cell) => cell.offsetParent !== null).map((cell) => cell.textContent));
}

async function main() {
  const { page: file, screenshot } = parseArgs(process.argv.slice(2));
  const conflict = expected4111();
  const url = pathToFileURL(file).href;
  const started = Date.now();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, url, problems);
    const all = await visibleRows(page);
    check(all.length > 50, `only ${all.length} rows are visible at first`);
    check(await page.isVisible('#controls'), 'the script did not show the search controls');
    step('loaded', `${all.length} codes`);

    let rows = await search(page, '4111');
    check(rows.length === 1 && rows[0] === '4111', `search 4111 shows ${JSON.stringify(rows)}`);
    step('search 4111', 'only 4111 shows');

    rows = await search(page, 'session_conflict');
    check(rows.includes('4111'), `search session_conflict shows ${JSON.stringify(rows)}`);
    check(rows.length < all.length, 'search session_conflict hides nothing');
    step('search session_conflict', `4111 shows (${rows.length} rows)`);

    rows = await search(page, 'close_abnormal');
    check(rows.length === 1 && rows[0] === '1006', `search by the alias close_abnormal shows ${JSON.stringify(rows)}`);
    step('search by alias close_abnormal', '1006 shows');

    // What users copy from logs and from the crate's Display: each shows 4111 alone.
    for (const form of ['04111', '4111 SESSION_CONFLICT', 'SESSION_CONFLICT (4111)', '#4111', ' session-conflict ']) {
      rows = await search(page, form);
      check(rows.length === 1 && rows[0] === '4111', `search ${JSON.stringify(form)} shows ${JSON.stringify(rows)}`);
    }
    step('search display forms', '04111, "4111 SESSION_CONFLICT", "SESSION_CONFLICT (4111)", #4111: 4111 alone');
    for (const odd of ['*', '\\', '.*', '+?', '$^']) {
      rows = await search(page, odd);
      check(rows.length === 0, `search ${JSON.stringify(odd)} shows ${JSON.stringify(rows)}`);
    }
    // Brackets and # only separate words: alone, they are an empty search.
    rows = await search(page, '( [ #');
    check(rows.length === all.length, `search "( [ #" shows ${rows.length} rows`);
    step('search regex characters', '* \\ .* +? $^ match nothing; ( [ # alone are an empty search; no error');

    rows = await search(page, '4998');
    check(rows.length === 0, `search 4998 shows ${JSON.stringify(rows)}`);
    const none = await page.textContent('#none');
    check(await page.isVisible('#none') && none.includes('private'), `an unknown number points nowhere: ${none}`);
    step('search 4998', 'no row; its range is named');
    await search(page, '');

    const opening = await page.$$eval('tr[id="4111"] .t', (blocks) =>
      blocks.filter((block) => block.offsetParent !== null).map((block) => block.lang));
    check(JSON.stringify(opening) === '["en"]', `the page opens with 4111 in ${JSON.stringify(opening)}, not en alone`);
    await page.selectOption('#lang', 'zh-Hant');
    const messages = await visibleMessages(page, '4111');
    check(messages.length === 1, `with zh-Hant, 4111 shows ${messages.length} messages`);
    check(messages[0] === conflict.texts['zh-Hant'].message,
      `4111's zh-Hant message is ${JSON.stringify(messages[0])}, explain says ${JSON.stringify(conflict.texts['zh-Hant'].message)}`);
    step('language zh-Hant', '4111 shows its zh-Hant message only');
    await page.selectOption('#lang', 'en');

    await page.selectOption('#family', 'websocket');
    const families = await page.$$eval('#codes tbody tr', (trs) =>
      trs.filter((row) => row.offsetParent !== null).map((row) => row.getAttribute('data-family')));
    check(families.length > 0 && families.every((family) => family === 'websocket'),
      `family websocket shows ${JSON.stringify([...new Set(families)])}`);
    check(!(await visibleRows(page)).includes('4111'), 'family websocket shows 4111 (im)');
    step('family websocket', `${families.length} rows, all websocket`);
    rows = await search(page, '4111');
    const hidden = await page.textContent('#none');
    check(rows.length === 0 && hidden.includes('filter hides') && !hidden.includes('range'),
      `4111 under the websocket filter says ${JSON.stringify(hidden)}`);
    step('known code under another family', 'the page says the filter hides it');
    await search(page, '');

    // A link to a row the filter hides: the filter gives way.
    await page.evaluate(() => { window.location.hash = '#4111'; });
    await page.waitForFunction(() => document.getElementById('4111').offsetParent !== null);
    await page.selectOption('#family', '');
    step('link to a hidden row', 'the filter is cleared and 4111 shows');

    const linked = await open(context, `${url}#4111`, problems);
    const target = await linked.evaluate(() => {
      const row = document.querySelector(':target');
      if (!row) return null;
      const box = row.getBoundingClientRect();
      // In view, and not under the sticky controls.
      const controls = document.getElementById('controls').getBoundingClientRect();
      return { id: row.id, inView: box.top >= controls.bottom - 1 && box.top < window.innerHeight, outline: getComputedStyle(row).outlineStyle };
    });
    check(target && target.id === '4111', `codes.html#4111 targets ${JSON.stringify(target)}`);
    check(target.inView, 'codes.html#4111 does not bring 4111 into view');
    check(target.outline !== 'none', 'the targeted row is not highlighted');
    step('open at #4111', 'targeted, in view, highlighted');
    await linked.close();

    // Fragments that name nothing: a malformed escape (no error), and an unknown number (its range).
    const malformed = await open(context, `${url}#%E0%A4%A`, problems);
    check((await visibleRows(malformed)).length === all.length, 'a malformed fragment hides rows');
    await malformed.close();
    const unknown = await open(context, `${url}#4104`, problems);
    const said = await unknown.textContent('#none');
    check(said.includes('4104') && said.includes('private'), `codes.html#4104 says ${JSON.stringify(said)}`);
    await unknown.close();
    step('fragments that name no code', '#%E0%A4%A: no error; #4104: its range');

    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const plain = await open(noScript, url, problems);
    check((await visibleRows(plain)).length === all.length, 'without JavaScript some rows are hidden');
    check((await visibleMessages(plain, '4111')).length === 3, 'without JavaScript 4111 does not show all three languages');
    check(!(await plain.isVisible('#controls')), 'without JavaScript the controls show, and do nothing');
    step('without JavaScript', 'every row in every language');
    await noScript.close();

    if (screenshot) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate(() => { history.replaceState(null, '', location.pathname); });
      await page.screenshot({ path: path.resolve(screenshot) });
      step('screenshot', screenshot);
    }
    check(problems.length === 0, problems.join('\n'));
  } finally {
    await browser.close();
  }
  console.log(`page check passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function step(name, what) {
  console.log(`ok  ${name}: ${what}`);
}

main().catch((error) => {
  console.error(`page check failed: ${error instanceof CheckError ? error.message : error.stack || error}`);
  if (problems.length > 0 && !(error instanceof CheckError && error.message === problems.join('\n'))) {
    console.error(problems.join('\n'));
  }
  process.exit(1);
});
