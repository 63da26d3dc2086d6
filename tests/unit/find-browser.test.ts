import { describe, expect, it } from 'vitest';
import {
  BrowserNotFoundError,
  chromiumSpec,
  findBrowser,
  firefoxSpec,
} from '../../scripts/find-browser';

describe('findBrowser', () => {
  it('fails with an install hint when no candidate exists (e2e never skips)', () => {
    const missing = { ...chromiumSpec, candidates: ['/nonexistent/chromium', 'no-such-chromium'] };
    expect(() => findBrowser(missing, { PATH: '/nonexistent' })).toThrow(
      new BrowserNotFoundError(
        'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its executable.',
      ),
    );
  });

  it('names the Firefox package and variable in its hint', () => {
    const missing = { ...firefoxSpec, candidates: ['no-such-firefox'] };
    expect(() => findBrowser(missing, { PATH: '' })).toThrow(
      /apt-get install -y firefox-esr.*FIREFOX_PATH/,
    );
  });

  it('refuses an environment override that is not executable, instead of falling back silently', () => {
    expect(() =>
      findBrowser(chromiumSpec, { CHROME_PATH: '/nonexistent/chrome', PATH: '' }),
    ).toThrow(/CHROME_PATH is set to "\/nonexistent\/chrome", which is not an executable file/);
  });

  it('uses the override when it is executable', () => {
    expect(findBrowser(chromiumSpec, { CHROME_PATH: process.execPath })).toBe(process.execPath);
  });

  it('searches PATH for bare names', () => {
    const dir = process.execPath.slice(0, process.execPath.lastIndexOf('/'));
    const spec = { ...firefoxSpec, candidates: ['node'] };
    expect(findBrowser(spec, { PATH: `/nonexistent:${dir}` })).toBe(`${dir}/node`);
  });
});
