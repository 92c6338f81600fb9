import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.PORT ?? 3100);

// Playwright cannot download its own browser here: use the system Chromium when there is one.
const systemChromium =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));

export const chromiumLaunchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// The server under test saves imports into a copy of content/, so test runs never change the repository.
const e2eContentDir = path.resolve('.e2e-content');
if (!process.env.TEST_WORKER_INDEX) {
  rmSync(e2eContentDir, { recursive: true, force: true });
  cpSync('content', e2eContentDir, { recursive: true });
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions },
      testIgnore: /phone\.spec\.ts/,
    },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions: chromiumLaunchOptions },
      testMatch: /phone\.spec\.ts/,
    },
  ],
  webServer: {
    command: `npx next start -p ${port} -H 127.0.0.1`,
    env: { SAHPATH_CONTENT_DIR: e2eContentDir },
    url: `http://127.0.0.1:${port}/en`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
