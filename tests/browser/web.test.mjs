// Browser tests of the web questionnaire and the council dashboard, in Debian's chromium driven
// by playwright-core: the questionnaire completed with and without JavaScript and counted, the
// dashboard signed into, an organisation opened, the CSV checked against the JSON results, an
// axe-core audit of every page (no serious or critical violation), and hostile names and
// suggestions rendered as text. run.sh starts `nok-server serve` on a database holding
// tests/data/web/hostile.json and passes NOK_BASE_URL and NOK_COUNCIL_TOKEN (a `council` user).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const base = process.env.NOK_BASE_URL;
const councilToken = process.env.NOK_COUNCIL_TOKEN;
if (!base || !councilToken) throw new Error('run through run.sh: NOK_BASE_URL and NOK_COUNCIL_TOKEN are required');
const campaign = 'web-2026';

let browser;
const audited = [];
const cspViolations = [];

async function newPage(options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('dialog', (d) => { cspViolations.push(`dialog opened on ${page.url()}: ${d.message()}`); d.dismiss(); });
  return { context, page };
}

// axe-core in the page (page.evaluate runs through the DevTools protocol, so the page's CSP
// stays in force for the page's own scripts).
async function audit(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  audited.push(name);
  assert.deepEqual(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [],
                   `axe violations on ${name}`);
}

async function noScriptRan(page) {
  const js = await page.context().pages()[0].evaluate(() => window.__xss).catch(() => undefined);
  assert.equal(js, undefined, `a hostile script ran on ${page.url()}`);
}

async function answer(page, id, value) {
  await page.locator(`input[name="${id}"][value="${value}"]`).check();
}

const complete = {
  stand_used: 'yes', stand_satisfied: 'yes', site_used: 'no', timely: 'yes', comfort_satisfied: 'no',
  disability: 'no', staff_first_contact: 'yes', staff_service: 'yes', remote_used: 'no', recommend: 'yes',
  organisational_satisfied: 'yes', overall_satisfied: 'yes',
};

async function resultsJson(context) {
  const r = await context.request.get(`${base}/council/c/${campaign}/results.json`);
  assert.equal(r.status(), 200);
  return JSON.parse(await r.text());
}

describe('web questionnaire and council dashboard in chromium', () => {
  before(async () => {
    browser = await chromium.launch({
      executablePath: process.env.NOK_CHROMIUM || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
             '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    if (browser) await browser.close(); // run.sh stops the server and checks its exit
  });

  it('completes the questionnaire with JavaScript: skipped questions hide, the thank-you page shows', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/survey/${campaign}/org-c`);
    await audit(page, 'questionnaire (ru)');
    await expectVisible(page, '#q-stand_satisfied', true);
    await answer(page, 'stand_used', 'no');
    await expectVisible(page, '#q-stand_satisfied', false); // skip logic in the browser
    await answer(page, 'stand_used', 'yes');
    await expectVisible(page, '#q-stand_satisfied', true);
    for (const [id, v] of Object.entries(complete)) await answer(page, id, v);
    await expectVisible(page, '#q-site_satisfied', false);
    await page.locator('#in-age').fill('72');
    await page.locator('#in-suggestions').fill('<script>window.__xss=7</script> пандус у входа');
    await Promise.all([page.waitForURL(/\/thanks/), page.locator('button[type=submit]').click()]);
    assert.match(await page.locator('h1').innerText(), /Спасибо/);
    await audit(page, 'thank-you page');
    await context.close();
  });

  it('completes the questionnaire without JavaScript, with errors shown next to the question', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/survey/${campaign}/org-c?lang=en`);
    assert.match(await page.locator('h1').innerText(), /Questionnaire/);
    // Without the script every question shows; answer a skipped one and leave one out.
    await answer(page, 'stand_used', 'no');
    await answer(page, 'stand_satisfied', 'yes');
    for (const [id, v] of Object.entries(complete)) if (!id.startsWith('stand') && id !== 'recommend') await answer(page, id, v);
    await page.locator('button[type=submit]').click();
    await page.waitForLoadState();
    assert.match(await page.locator('#err-stand_satisfied').innerText(), /question 1/);
    assert.match(await page.locator('#err-recommend').innerText(), /Please answer/);
    assert.equal(await page.locator('input[name="timely"][value="yes"]').isChecked(), true); // kept
    await answer(page, 'recommend', 'no');
    await Promise.all([page.waitForURL(/\/thanks\?lang=en/), page.locator('button[type=submit]').click()]);
    assert.match(await page.locator('h1').innerText(), /Thank you/);
    await context.close();
  });

  it('passes the accessibility audit on the error, English and high-contrast large-text pages', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/survey/${campaign}/org-a?lang=en&contrast=high&size=large`);
    assert.equal(await page.locator('html').getAttribute('class'), 'contrast-high text-large');
    await audit(page, 'questionnaire (en, high contrast, large text)');
    await page.locator('button[type=submit]').click(); // nothing answered: errors everywhere
    await page.waitForLoadState();
    assert.ok(await page.locator('#error-summary').isVisible());
    await audit(page, 'questionnaire with errors');
    await noScriptRan(page);
    await context.close();
  });

  it('signs in to the dashboard, sees the responses counted, opens an organisation, checks the CSV', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/council`);
    await audit(page, 'sign-in');
    await page.locator('#token').fill('wrong');
    await page.locator('button[type=submit]').click();
    await page.waitForLoadState();
    assert.match(await page.locator('[role=alert]').innerText(), /Токен не подошёл/);
    await audit(page, 'sign-in with error');
    await page.locator('#token').fill(councilToken);
    await Promise.all([page.waitForURL(`${base}/council`), page.locator('button[type=submit]').click()]);
    await audit(page, 'campaign list');
    await page.locator(`a[href="/council/c/${campaign}"]`).click();
    await page.waitForLoadState();
    await audit(page, 'campaign rankings');

    // Both browser submissions were stored and are counted for org-c.
    const results = await resultsJson(context);
    const orgC = results.organizations.find((o) => o.id === 'org-c');
    assert.equal(orgC.respondents, 2);
    const rowC = page.locator('#rank-region tbody tr', { hasText: 'Реабилитационный центр' });
    assert.equal(await rowC.locator('td').nth(2).innerText(), '2');

    // Server-side sorting by a criterion column.
    await page.locator('#rank-region thead a', { hasText: 'K1' }).click();
    await page.waitForLoadState();
    assert.match(page.url(), /sort=K1/);
    assert.equal(await page.locator('#rank-region th[aria-sort]').count(), 1);
    await audit(page, 'campaign rankings sorted by K1');

    await page.locator('#rank-region a[href$="/org/org-a"]').click();
    await page.waitForLoadState();
    await audit(page, 'organisation page');
    assert.ok((await page.locator('table.indicators tbody tr').count()) >= 10);
    // Year over year (run.sh imports the same organisations a year earlier): the change of the
    // total beside it as a sign and the number, and what improved, on this audited page.
    const orgAChange = results.organizations.find((o) => o.id === 'org-a').change;
    assert.ok(typeof orgAChange.total === 'number' && orgAChange.total !== 0, JSON.stringify(orgAChange));
    const orgText = await page.locator('main').innerText();
    assert.ok(orgText.includes(orgAChange.total > 0 ? '▲' : '▼'), 'a ▲/▼ mark beside the total');
    assert.ok(orgText.includes(ru2(Math.abs(orgAChange.total))), `the change ${ru2(Math.abs(orgAChange.total))} in words`);
    assert.match(orgText, /Что улучшилось/);
    // Every indicator with its answer count and Wilson interval, as in the JSON results.
    const orgAJson = results.organizations.find((o) => o.id === 'org-a');
    const d52 = orgAJson.indicator_details['5.2'];
    const row52 = await page.locator('table.indicators tbody tr', { hasText: '5.2' }).innerText();
    assert.ok(row52.includes(`${d52.yes} / ${d52.answered}`), row52);
    assert.ok(row52.includes(`${ru2(d52.wilson[0])}–${ru2(d52.wilson[1])}`), row52);
    assert.match(await page.locator('main').innerText(), /Недостаточная выборка: заполнено анкет — 2/); // the sample warning
    await page.goBack();
    // The default download is the Russian Excel table: semicolons, Russian headers, decimal
    // comma, two decimals as on the pages; the standard CSV (exact numbers) is the other link.
    const [excel] = await Promise.all([page.waitForEvent('download'), page.locator('a', { hasText: 'Таблица для Excel' }).click()]);
    const excelText = readFileSync(await excel.path(), 'utf8');
    assert.ok(excelText.startsWith('\uFEFF'), 'the Excel CSV starts with a byte order mark');
    const ruRows = parseCsv(excelText.replace(/^\uFEFF/, ''), ';');
    assert.deepEqual(ruRows[0].slice(0, 4), ['Код', 'Организация', 'Категория', 'Респондентов']);
    const ruA = ruRows.find((r) => r[0] === 'org-a');
    const orgA = results.organizations.find((o) => o.id === 'org-a');
    assert.equal(ruA[ruRows[0].indexOf('Итог')], ru2(orgA.total));

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a', { hasText: 'CSV стандартный' }).click()]);
    // The results CSV starts with a UTF-8 byte order mark (docs/results.md) so Excel reads UTF-8.
    const rows = parseCsv(readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, ''));
    const header = rows[0];
    const rowA = rows.find((r) => r[header.indexOf('id')] === 'org-a');
    assert.ok(rowA, 'org-a in the CSV');
    const totalCsv = Number(rowA[header.indexOf('total')]);
    assert.ok(Math.abs(totalCsv - orgA.total) < 1e-6, `CSV total ${totalCsv} vs JSON ${orgA.total}`);
    await context.close();
  });

  it('shows every regional «да» share as yes over those who answered, in the table and the JSON', async () => {
    const { context, page } = await newPage();
    await signIn(page);
    await page.goto(`${base}/council/c/${campaign}`);
    const results = await resultsJson(context);
    const rows = await page.locator('#yes-by-question tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.cells, (td) => td.innerText.trim())));
    const questions = results.summary.questions;
    assert.equal(rows.length, questions.length);
    assert.ok(questions.some((q) => q.answered > 0 && q.answered < results.summary.respondents),
              'a question some respondents skipped, so the two denominators differ');
    questions.forEach((q, i) => {
      const [text, yes, answered, share] = rows[i];
      assert.ok(!text.includes('_'), `a question id on the page: ${text}`);
      assert.equal(Number(yes), q.yes);
      assert.equal(Number(answered), q.answered);
      if (q.answered === 0) {
        assert.equal(q.share, null);
        assert.equal(share, '—');
      } else {
        assert.ok(Math.abs(q.share - (100 * q.yes) / q.answered) < 1e-9, `JSON share of ${q.question}: ${q.share}`);
        assert.equal(share, ru2((100 * q.yes) / q.answered), `page share of ${q.question}`);
      }
    });
    await context.close();
  });

  it('renders hostile names and suggestions as text on every page', async () => {
    // bypassCSP so that a broken escape would really run: the CSP must not be what saves us here.
    const { context, page } = await newPage({ bypassCSP: true });
    await page.goto(`${base}/council`);
    await page.locator('#token').fill(councilToken);
    await Promise.all([page.waitForURL(`${base}/council`), page.locator('button[type=submit]').click()]);
    const pages = ['/council', `/council/c/${campaign}`, `/council/c/${campaign}?sort=name&dir=desc`,
                   `/council/c/${campaign}/org/org-a`, `/council/c/${campaign}/org/org-b`, `/council/c/${campaign}/org/org-c`,
                   `/survey/${campaign}/org-a`, `/survey/${campaign}/org-b?lang=en`, `/survey/${campaign}/org-a/thanks`];
    for (const path of pages) {
      await page.goto(base + path);
      assert.equal(await page.evaluate(() => window.__xss), undefined, `script ran on ${path}`);
      assert.equal(await page.locator('img[src=x], svg[onload]').count(), 0, `hostile element on ${path}`);
    }
    await page.goto(`${base}/council/c/${campaign}/org-a`.replace('/org-a', '/org/org-a'));
    const text = await page.locator('main').innerText();
    assert.ok(text.includes('<script>window.__xss=1</script>Центр «Надежда»'), 'the name shows as written');
    assert.ok(text.includes('<script>window.__xss=5</script><b>больше скамеек</b>'), 'the suggestion shows as written');
    await page.goto(`${base}/council/c/${campaign}/org/org-c`);
    assert.ok((await page.locator('main').innerText()).includes('<script>window.__xss=7</script> пандус у входа'),
              'the suggestion typed in the browser shows as text');
    // The plan run.sh imported for org-a: its texts as written, the overdue item said in words.
    await page.goto(`${base}/council/c/${campaign}/org/org-a`);
    const plan = await page.locator('section[aria-labelledby=plan-h]').innerText();
    assert.ok(plan.includes('<script>window.__xss=21</script><b>новый стенд</b>'), 'the measure shows as written');
    assert.ok(plan.includes('31.01.2020'), 'the overdue item is listed');
    assert.equal((plan.match(/— просрочено/g) || []).length, 1, 'one overdue item, said in words');
    await page.goto(`${base}/council/c/${campaign}`);
    const plans = await page.locator('section[aria-labelledby=plans-h]').innerText();
    assert.ok(/1 — просрочено/.test(plans), 'the campaign page counts the overdue item');
    await context.close();
  });

  it('loaded every page without a Content-Security-Policy violation or dialog', () => {
    assert.deepEqual(cspViolations, []);
    assert.ok(audited.length >= 10, `audited ${audited.join(', ')}`);
  });
});

async function expectVisible(page, selector, visible) {
  const loc = page.locator(selector);
  if (visible) await loc.waitFor({ state: 'visible', timeout: 5000 });
  else await loc.waitFor({ state: 'hidden', timeout: 5000 });
}

// A figure as the pages show it: rounded half up to two decimals on its shortest decimal form
// (nok/format/ru_number.h), decimal comma.
function ru2(x) {
  const s = String(Math.abs(x));
  if (/e/i.test(s)) return (x < 0 ? '-' : '') + Math.abs(x).toFixed(2).replace('.', ',');
  const [whole, frac = ''] = s.split('.');
  let digits = whole + (frac + '00').slice(0, 2);
  if ((frac[2] || '0') >= '5') digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  const out = `${digits.slice(0, -2) || '0'},${digits.slice(-2)}`;
  return (x < 0 && /[1-9]/.test(digits) ? '-' : '') + out;
}

async function signIn(page) {
  await page.goto(`${base}/council`);
  await page.locator('#token').fill(councilToken);
  await Promise.all([page.waitForURL(`${base}/council`), page.locator('button[type=submit]').click()]);
}

// RFC 4180: quoted fields may hold the separator, quotes ("") and line breaks.
function parseCsv(text, separator = ',') {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
