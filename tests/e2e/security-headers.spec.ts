/**
 * Every page and state: the server's security headers, and a Content-Security-Policy
 * for scripts with no 'unsafe-inline' (a response header on server-rendered
 * pages, a <meta http-equiv> on prerendered ones).
 */
import { expect, test } from '@playwright/test';
import { openTarget } from '../support/open-target.ts';
import { allPages } from '../support/pages.ts';

for (const target of allPages()) {
  test(`security headers: ${target.name}`, async ({ page }) => {
    const response = await openTarget(page, target);
    const headers = await response.allHeaders();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toMatch(/^(same-origin|no-referrer)$/);
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['content-security-policy'] ?? '').toContain("frame-ancestors 'none'");
    const meta = page.locator('meta[http-equiv="content-security-policy"]');
    const metaCsp = (await meta.count()) > 0 ? await meta.getAttribute('content') : null;
    const policies = [headers['content-security-policy'] ?? '', metaCsp ?? ''].join(', ');
    const scriptSrc = /script-src ([^;,]+)/.exec(policies)?.[1];
    expect(scriptSrc, 'no script-src in any Content-Security-Policy').toBeTruthy();
    expect(scriptSrc).not.toContain("'unsafe-inline'");
  });
}
