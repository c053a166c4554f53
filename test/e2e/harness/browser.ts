/**
 * Headless Debian Chromium driven by playwright-core, with every request accounted for: office.js comes from the
 * @microsoft/office-js package (the CDN URL is intercepted), the bundle from the local server, and anything else is
 * blocked and reported. A test fails if the page logs an error, throws, or any request fails or leaves the machine.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Browser, BrowserContext, Page, Request, chromium } from "playwright-core";
import type { HostApi } from "../host/protocol";
import { ROOT } from "./build";
import { StaticServer } from "./server";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

/**
 * The browser's environment without libfaketime. The page's clock is fixed by the suite (E2E_NOW) whatever the
 * system date is, so moving Chromium's clock proves nothing more, while libfaketime's cost on each of Chromium's
 * clock calls made the 6x-CPU scenario time out when the suite was run under `faketime` (also at today's date).
 */
function browserEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== "LD_PRELOAD" && !key.startsWith("FAKETIME")) env[key] = value;
  }
  return env;
}

export async function launchBrowser(): Promise<Browser> {
  // playwright gives every launch a fresh temporary user-data dir, removed on close.
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    env: browserEnv(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  offMachine: string[];
}

/**
 * office.js itself (not the add-in) opens a telemetry iframe a few seconds after loading, even outside Office.
 * It is blocked like everything else but kept apart, so the tests judge the add-in's own traffic.
 */
const OFFICE_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

export interface Pane {
  page: Page;
  context: BrowserContext;
  problems: Problems;
  /** office.js's own telemetry requests, blocked. */
  officeTelemetry: string[];
  host: HostClient;
  close(): Promise<void>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  userAgent?: string;
  /** taskpane.e2e.html (with the scripted host) or taskpane.html (the production page as shipped). */
  file?: string;
  /** Wait for the tab list; false for pages where the app must not start. */
  waitForApp?: boolean;
  /** The page's clock (the pane's "today"); a fixed day so no scenario depends on when the suite runs. */
  now?: string;
}

/** Word's task pane as a clerk sees it on a laptop: 350 px wide, 720 px of it on screen. */
export const PANE_WIDTH = 350;
export const PANE_HEIGHT = 720;

/** The day every scenario runs on, unless it names another: a Wednesday, so weekday phrases are not trivial. */
export const E2E_NOW = "2026-11-25T09:30:00+07:00";

export async function openPane(browser: Browser, server: StaticServer, options: OpenOptions = {}): Promise<Pane> {
  const {
    width = PANE_WIDTH,
    height = PANE_HEIGHT,
    userAgent,
    file = "taskpane.e2e.html",
    waitForApp = true,
    now = E2E_NOW,
  } = options;
  const context = await browser.newContext({
    viewport: { width, height },
    userAgent,
    locale: "vi-VN",
    acceptDownloads: true,
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  // Date and new Date() in the page answer this instant; timers keep running, so the pane behaves as usual.
  await context.clock.setFixedTime(now);
  const failed: string[] = [];
  const problems: Problems = {
    consoleErrors: [],
    pageErrors: [],
    // Failures, and cancellations no navigation explains.
    get failedRequests() {
      return [...failed, ...aborted.filter((a) => a.load === committed).map((a) => a.failure)];
    },
    offMachine: [],
  };
  const officeTelemetry: string[] = [];

  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      const name = url.slice(OFFICE_CDN.length).split(/[?#]/)[0];
      const local = path.join(OFFICE_DIST, path.normalize(name));
      if (local.startsWith(OFFICE_DIST) && fs.existsSync(local)) {
        return route.fulfill({ path: local, contentType: "text/javascript; charset=utf-8" });
      }
      failed.push(`office.js file missing from the package: ${url}`);
      return route.fulfill({ status: 404, body: "" });
    }
    if (url.startsWith(`${server.origin}/`)) return route.continue();
    if (OFFICE_TELEMETRY.test(url)) officeTelemetry.push(url);
    else problems.offMachine.push(url);
    return route.abort("blockedbyclient");
  });

  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.message));
  // A reload cancels what the page was still fetching (a chunk prefetched after the first screen): not a failure.
  // Each request is tagged with the page load it belongs to: until the new page commits, requests still come from
  // the old one (its timers run on); a cancellation counts only if it belongs to the page now shown.
  let load = 0;
  let committed = 0;
  const loadOf = new WeakMap<Request, number>();
  const aborted: Array<{ load: number; failure: string }> = [];
  page.on("request", (request) => {
    const navigation = request.isNavigationRequest() && request.frame() === page.mainFrame();
    if (navigation) load += 1;
    loadOf.set(request, navigation ? load : committed);
  });
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) committed = load;
  });
  page.on("requestfailed", (request) => {
    const blocked = problems.offMachine.includes(request.url()) || officeTelemetry.includes(request.url());
    const failure = `${request.url()}: ${request.failure()?.errorText}`;
    if (blocked) return;
    if (request.failure()?.errorText === "net::ERR_ABORTED")
      aborted.push({ load: loadOf.get(request) ?? load, failure });
    else failed.push(failure);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.url()}: HTTP ${response.status()}`);
  });

  await page.goto(`${server.origin}/${file}`);
  if (waitForApp) await page.getByRole("tablist").waitFor({ timeout: 15000 });
  return { page, context, problems, officeTelemetry, host: hostClient(page), close: () => context.close() };
}

/** Everything that went wrong in the page, for a single `expect(...).toEqual(NO_PROBLEMS)`. */
export const NO_PROBLEMS: Problems = { consoleErrors: [], pageErrors: [], failedRequests: [], offMachine: [] };

type HostMethod = { [K in keyof HostApi]: HostApi[K] extends (...args: never[]) => unknown ? K : never }[keyof HostApi];

export type HostClient = {
  [K in HostMethod]: (...args: Parameters<HostApi[K]>) => Promise<Awaited<ReturnType<HostApi[K]>>>;
};

/** `window.__host` seen from Node: each call is one page.evaluate. */
function hostClient(page: Page): HostClient {
  return new Proxy({} as HostClient, {
    get:
      (_, name: string) =>
      (...args: unknown[]) =>
        page.evaluate(
          ([method, params]) => {
            const host = (window as unknown as { __host: Record<string, (...a: unknown[]) => unknown> }).__host;
            if (!host) throw new Error("window.__host is missing: was the page built with the scripted host?");
            return host[method](...params);
          },
          [name, args] as const,
        ),
  });
}
