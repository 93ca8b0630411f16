/** Launch Debian's headless Chromium with the flags this machine needs (no sandbox as root, no background network). */
import { chromium, type Browser } from 'playwright-core';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const appUrl = (): string => process.env.PAYLAB_URL ?? 'http://127.0.0.1:4173/';
