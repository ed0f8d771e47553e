import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserEnv, browserSpecificManifest, currentFamily, GECKO_ID } from '@/utils/browser-env';

const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

describe('browserEnv', () => {
  it('should describe the Chromium family for a Chrome build (the unit tests run as one)', () => {
    expect(currentFamily()).toBe('chromium');
    expect(browserEnv().family).toBe('chromium');
  });

  it('should point Chromium users to "Access to file URLs" and tell Firefox users to use the web address', () => {
    expect(english[browserEnv('chromium').fileAccessAdvice]?.message).toContain('Access to file URLs');
    expect(english[browserEnv('firefox').fileAccessAdvice]?.message).toContain('web address');
  });

  it('should keep each browser to its own restricted sites', () => {
    expect(browserEnv('firefox').restrictedSites).toContain('addons.mozilla.org');
    expect(browserEnv('firefox').restrictedSites).not.toContain('chromewebstore.google.com');
    expect(browserEnv('chromium').restrictedSites).toContain('chromewebstore.google.com');
    expect(browserEnv('chromium').restrictedSites).not.toContain('addons.mozilla.org');
  });
});

describe('browserSpecificManifest', () => {
  it('should give Firefox its add-on id, minimum version and "no data collected"', () => {
    expect(browserSpecificManifest('firefox')).toEqual({
      browser_specific_settings: {
        gecko: { id: GECKO_ID, strict_min_version: '153.0', data_collection_permissions: { required: ['none'] } },
      },
    });
  });

  it.each(['chrome', 'edge', 'opera'])('should add nothing for %s', (browser) => {
    expect(browserSpecificManifest(browser)).toEqual({});
  });

  it('should use an id AMO accepts: a GUID in braces', () => {
    expect(GECKO_ID).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
  });
});
