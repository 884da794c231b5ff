// Shared by the UI tests: the Loop server (started by scripts/ui-test, restartable here), the
// Debian chromium driven by playwright-core, and a page that fails on console or page errors.
import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = path.resolve(ROOT, '../shared/fixtures/media');
export const SCREENS = path.join(ROOT, 'target/ui-screens');
export const PORT = process.env.LOOP_UI_PORT || '19510';
export const BASE = `http://localhost:${PORT}`;
mkdirSync(SCREENS, { recursive: true });

export const fixture = (name) => path.join(FIXTURES, name);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A page whose console errors and page errors are collected in `errors`. An API answer the UI
 * handled (Chromium logs every 4xx/5xx and refused connection as "Failed to load resource") is
 * not an error of the page; anything else is: script errors, CSP violations, missing assets.
 */
export async function openPage(browser, viewport) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = (m.location() && m.location().url) || '';
    if (m.text().startsWith('Failed to load resource') && new URL(url, BASE).pathname.startsWith('/api/')) return;
    errors.push(`console: ${m.text()} (${url})`);
  });
  page.on('dialog', (d) => d.accept());
  if (process.env.LOOP_UI_FROM_SOURCE) await serveFromSource(context); // edit-reload without a rebuild
  return { context, page, errors };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
async function serveFromSource(context) {
  const { readFile } = await import('node:fs/promises');
  await context.route(/^[^?]*\/(index\.html|js\/.*|css\/.*)?$/, async (route) => {
    const p = new URL(route.request().url()).pathname;
    if (p.startsWith('/api/')) return route.continue();
    const file = path.join(ROOT, 'src/main/webapp', p === '/' ? 'index.html' : p);
    return route.fulfill({ body: await readFile(file), contentType: TYPES[path.extname(file)] });
  });
}

export async function ready(page) {
  await page.goto(`${BASE}/`);
  await page.waitForSelector('html[data-ready="true"]');
}

export async function api(method, route, body) {
  const res = await fetch(`${BASE}/api/${route}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  return res.json();
}

async function waitReady(limitMs) {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    try {
      const r = await fetch(`${BASE}/health/ready`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await sleep(300);
  }
  throw new Error(`Loop did not become ready on ${BASE}`);
}

/** Stops the server scripts/ui-test started (Liberty's own stop; scripts/run then exits). */
export async function stopServer() {
  await promisify(execFile)(path.join(ROOT, 'target/liberty/wlp/bin/server'), ['stop', 'loop-dev']);
}

/** Starts Loop again with scripts/run on the same port and data dir; resolves when ready. */
export async function startServer() {
  const log = openSync(path.join(ROOT, 'target/ui-test-restart.log'), 'a');
  const child = spawn(path.join(ROOT, 'scripts/run'), [], {
    env: { ...process.env, LOOP_HTTP_PORT: PORT },
    stdio: ['ignore', log, log],
  });
  child.unref();
  await waitReady(180000);
  return child;
}
