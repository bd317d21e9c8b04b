import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, exampleOperations } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { SEED_ARTICLE, testGraph, WRITE_TOKEN } from './helpers.js';

/**
 * The pages in a real headless Chromium (Debian's package, driven by playwright-core), against the
 * app served over HTTP as src/index.ts serves it. Every page must load from this origin alone.
 * Screenshots go to .screenshots/ (git-ignored) for a person to look at.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const SCREENSHOTS = join(ROOT, '.screenshots');
const SEED = JSON.parse(readFileSync(join(ROOT, 'seed', 'openai-open-source-de.json'), 'utf8')) as {
  statements: Array<{ text: string }>;
};

const DESK_TEXT = `Browsertest Redaktion: Altman wirbt in München für offene Forschung

MÜNCHEN. OpenAI-Chef Sam Altman hat bei einem Besuch in München für offene Forschung geworben. „Offene Forschung macht die Modelle am Ende sicherer“, sagte Altman vor Studierenden der TU München. Google wollte sich dazu nicht äußern.`;

function chromiumPath(): string {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium is missing: "apt-get install -y chromium" (.ci/run installs it when missing).');
  }
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const graph = testGraph();
const app = createApp({ graph, config: { ...loadConfig(), API_TOKEN: WRITE_TOKEN } });
const server = createServer(app);
let base = '';
let browser: Browser;
let context: BrowserContext | undefined;
/** Whatever a page asked of another origin, or threw: both must stay empty. */
let foreign: string[] = [];
let failures: string[] = [];
const ingested: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  base = await listen(server);
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
});

afterAll(async () => {
  for (const slug of ingested) {
    await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
      body: JSON.stringify({
        query: 'mutation($slug: String!) { removeArticle(slug: $slug) }',
        variables: { slug },
      }),
    });
  }
  await browser?.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await app.dispose();
});

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(message.text());
  });
  await page.goto(`${base}${path}`);
  return page;
}

afterEach(async () => {
  await context?.close();
  context = undefined;
  expect(foreign, 'requests to other origins').toEqual([]);
  expect(failures, 'errors in the page').toEqual([]);
  foreign = [];
  failures = [];
});

const text = async (locator: Locator) => (await locator.textContent()) ?? '';
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

describe('pages without a CDN', () => {
  it('serves GraphiQL and the explorer with only same-origin scripts and styles', async () => {
    const pages = [
      ['/graphql', { accept: 'text/html' }],
      ['/explore', {}],
      [`/explore/entity/sam-altman`, {}],
      [`/explore/article/${SEED_ARTICLE}`, {}],
    ] as const;
    for (const [path, headers] of pages) {
      const response = await fetch(`${base}${path}`, { headers });
      const html = await response.text();
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toContain("script-src 'self'");
      const urls = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
      expect(urls.length, path).toBeGreaterThan(0);
      expect(
        urls.filter((url) => /^(https?:)?\/\//.test(url ?? '')),
        path,
      ).toEqual([]);
    }
  });
});

describe('GraphiQL', () => {
  it('renders from local files and runs its first tab, which shows its own query', async () => {
    const first = exampleOperations()[0];
    const name = /^(?:query|mutation)\s+(\w+)/m.exec(first?.query ?? '')?.[1];
    expect(name).toBeTruthy();
    const page = await open('/graphql');
    // Monaco shows spaces as no-break spaces.
    const editor = async () => (await text(page.locator('.graphiql-query-editor'))).replace(/\u00a0/g, ' ');
    await expect.poll(editor, { timeout: 30_000 }).toContain(`query ${name}`);
    expect(await editor()).not.toContain('Welcome');
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => text(response), { timeout: 30_000 }).toContain('"data"');
    expect(await text(response)).not.toContain('"errors"');
    await shot(page, 'graphiql');
  });
});

describe('explorer', () => {
  it("shows Sam Altman's neighbourhood with OpenAI and the TUM event, and evidence on request", async () => {
    const page = await open('/explore/entity/sam-altman');
    const picture = page.locator('#picture');
    await picture.locator('canvas').first().waitFor();
    const nodes = (await picture.getAttribute('data-nodes'))?.split(' ') ?? [];
    expect(nodes).toEqual(expect.arrayContaining(['sam-altman', 'openai', 'sam-altman-at-tum-2023']));
    const openai = page.locator('.connections li', { hasText: 'OpenAI' });
    await openai.getByRole('button', { name: 'Evidence' }).click();
    await expect
      .poll(() => text(page.locator('.selection')), { timeout: 15_000 })
      .toContain('OpenAIs Open-Source-Zeiten');
    await page.locator('#statements-list .statement').first().waitFor();
    await page.locator('#timeline svg.chart').waitFor();
    await page.locator('#co-mentions li').first().waitFor();
    await shot(page, 'entity-sam-altman');
  });

  it('draws the path from Google to Sam Altman on the picture', async () => {
    const page = await open('/explore/entity/google');
    await page.locator('#picture canvas').first().waitFor();
    await page.fill('#path-target', 'sam-altman');
    await page.press('#path-target', 'Enter');
    await page.locator('#path-result ol.path').first().waitFor();
    const drawn = (await page.locator('#picture').getAttribute('data-path'))?.split(' ') ?? [];
    expect(drawn[0]).toBe('google');
    expect(drawn.at(-1)).toBe('sam-altman');
    expect(await text(page.locator('#path-result ol.path').first())).toContain('Sam Altman');
    await shot(page, 'path-google-sam-altman');
  });

  it("lists the seed article's 14 statements in article order, speakers linked", async () => {
    const page = await open(`/explore/article/${SEED_ARTICLE}`);
    const statements = page.locator('#article-statements li.statement');
    await statements.first().waitFor();
    expect(await statements.count()).toBe(14);
    const texts = await statements.locator('blockquote').allTextContents();
    const unquoted = texts.map((text) => text.replace(/^„/, '').replace(/“$/, ''));
    expect(unquoted).toEqual(SEED.statements.map((s) => s.text));
    expect(await statements.locator('.speaker a[href^="/explore/entity/"]').count()).toBe(14);
    await shot(page, 'article-seed');
  });

  it('is usable by keyboard and fits a phone screen', async () => {
    const page = await open('/explore', { width: 390, height: 844 });
    await page.focus('#search-input');
    await page.keyboard.type('Whisper');
    await page.keyboard.press('Enter');
    const result = page.locator('#search-entities a', { hasText: 'Whisper' }).first();
    await result.waitFor();
    await result.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page.locator('h1')), { timeout: 15_000 }).toContain('Whisper');
    // Focus lands on the new page's heading once it has loaded.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 15_000 })
      .toBe('H1');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, 'phone-whisper');
  });
});

describe('newsroom desk', () => {
  it('drafts a German text, takes an edit, ingests it with the write token, and search finds it', async () => {
    const page = await open('/explore/desk');
    await page.fill('#token', WRITE_TOKEN);
    await page.fill('#desk-input', DESK_TEXT);
    await page.click('#draft');
    await page.locator('#draft-fields').waitFor();
    expect(await page.locator('#desk-source mark.quote').count()).toBeGreaterThan(0);
    expect(await page.locator('#desk-source mark.speaker').count()).toBeGreaterThan(0);
    const percents = (await page.locator('#desk-unsure li button').allTextContents()).map((t) =>
      Number.parseInt(t, 10),
    );
    expect(percents).toEqual([...percents].sort((a, b) => a - b));

    const slug = await page.inputValue('[id="field-article.slug"]');
    ingested.push(slug);
    await page.fill('[id="field-article.url"]', `https://example.org/${slug}`);
    await page.fill('[id="field-article.publishedOn"]', '2024-03-01');
    await page.fill(
      '[id="field-statements.0.translation"]',
      'Open research makes the models safer in the end.',
    );
    await expect.poll(() => text(page.locator('#desk-todo')), { timeout: 15_000 }).toContain('Nothing left');
    await shot(page, 'desk-draft');

    await page.click('#ingest');
    const result = page.locator('#desk-result');
    await result.waitFor();
    expect(await text(result)).toMatch(/Ingested/);
    expect(await text(result)).toMatch(/conflicts|No conflicts/);
    await result.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'desk-ingested.png') });

    await page.fill('#search-input', 'Browsertest');
    await page.press('#search-input', 'Enter');
    await page.locator(`#search-articles a[href="/explore/article/${slug}"]`).waitFor();
    await shot(page, 'desk-search');
  });
});
