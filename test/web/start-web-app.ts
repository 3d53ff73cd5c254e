// Test helper: builds the front end into a temporary folder, starts the real server on a free
// port with a temporary data folder, and opens Chromium (the system build, headless, no network).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { startServer } from '../../src/server/index.ts';
import type { ServerConfig } from '../../src/server/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Where screenshots go: docs/screenshots when AFTERWORD_SCREENSHOTS=1 (to refresh the committed
 * ones), else a temporary folder, so a plain `npm test` leaves the working tree clean.
 */
export const SCREENSHOTS =
  process.env.AFTERWORD_SCREENSHOTS === '1' ? join(root, 'docs', 'screenshots') : join(tmpdir(), 'afterword-screenshots');

export interface WebApp {
  url: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests the pages tried to make to any other origin (blocked); must stay empty. */
  externalRequests: string[];
  /** Uncaught page errors and console errors other than expected HTTP failures (401 and friends). */
  pageErrors: string[];
  /** A fresh browser context (another device) on the same server. */
  newContext: () => Promise<BrowserContext>;
  close: () => Promise<void>;
}

export async function startWebApp(
  options: { viewport?: { width: number; height: number }; server?: Partial<ServerConfig>; /** More Chromium flags (a fake microphone, say). */ browserArgs?: string[] } = {},
): Promise<WebApp> {
  const workDir = await mkdtemp(join(tmpdir(), 'afterword-web-'));
  const webDir = join(workDir, 'web');
  await build({
    configFile: join(root, 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webDir, emptyOutDir: true },
  });
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(workDir, 'data'), logger: false, config: { ...options.server, webDir } });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', ...(options.browserArgs ?? [])],
  });
  const externalRequests: string[] = [];
  const newContext = async (): Promise<BrowserContext> => {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      locale: 'en-US',
      timezoneId: 'America/New_York',
      reducedMotion: 'reduce',
    });
    // 15 s, not 8: on a 2-core machine shared with other work a page can take longer than 8 s to
    // show a control it shows at once when the machine is idle (a dictation test waited on its button).
    context.setDefaultTimeout(15_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    // Nothing may leave the machine: any request to another origin fails the test. (The browser's own
    // pages are not requests: its PDF viewer, opened by Print, loads chrome:// styles, and a test that
    // looked while they were loading failed once on a busy machine.)
    await context.route(
      (url) => !url.href.startsWith(server.url) && !/^chrome(?:-extension)?:/.test(url.href),
      (route) => {
        externalRequests.push(route.request().url());
        return route.abort();
      },
    );
    context.on('page', (p) => watch(p));
    return context;
  };
  const pageErrors: string[] = [];
  const watch = (p: Page): void => {
    p.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    p.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      // The browser logs every non-2xx answer; those are part of the flows under test.
      if (/Failed to load resource: the server responded with a status of (401|403|404|409|429)/.test(text)) return;
      pageErrors.push(`console: ${text}`);
    });
  };
  const context = await newContext();
  const page = await context.newPage();
  return {
    url: server.url,
    browser,
    context,
    page,
    externalRequests,
    pageErrors,
    newContext,
    async close() {
      await browser.close();
      await server.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

/** First run: the setup page creates the owner account, the two-step offer is skipped, and "Write a note" opens. */
export async function createOwnerAccount(page: Page, url: string, owner: { name: string; credentials: string; email: string; password: string }): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Credentials').fill(owner.credentials);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill(owner.password);
  await page.getByLabel('Confirm password').fill(owner.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await skipTwoStepOffer(page);
}

/** Right after the owner account is made, two-step sign-in is offered; "Skip for now" goes on to Write. */
export async function skipTwoStepOffer(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Protect your account' }).waitFor();
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.getByRole('heading', { name: 'Write a note' }).waitFor();
}

/**
 * A colleague's first sign-in: the password the owner chose opens only "Choose a new password";
 * `own` replaces it and the page the address asks for opens (Write unless told otherwise).
 */
export async function chooseOwnPassword(page: Page, passwords: { given: string; own: string; opens?: string }): Promise<void> {
  await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  await page.getByLabel('Password from the practice owner').fill(passwords.given);
  await page.getByLabel('New password', { exact: true }).fill(passwords.own);
  await page.getByLabel('Confirm new password').fill(passwords.own);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('heading', { name: passwords.opens ?? 'Write a note' }).waitFor();
}
