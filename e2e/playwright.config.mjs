// Browser tests against the release build in dist/, served by scripts/serve.mjs (a plain
// static server), in Debian's Chromium. Never downloads a browser.
import { defineConfig } from '@playwright/test';

const PORT = 8123;
const SUBPATH_PORT = 8124;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
        '--no-default-browser-check', '--disable-features=Translate,OptimizationHints,MediaRouter',
      ],
    },
  },
  webServer: [
    { command: `node ../scripts/serve.mjs --dir ../dist --port ${PORT}`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false },
    { command: `node ../scripts/serve.mjs --dir ../dist --port ${SUBPATH_PORT} --base /kommunal/digikompass/`, url: `http://127.0.0.1:${SUBPATH_PORT}/kommunal/digikompass/`, reuseExistingServer: false },
  ],
});
export { PORT, SUBPATH_PORT };
