// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  findQrCandidates,
  readPageScan,
  scanRules,
} from '../../../src/background/import/page-scanner';

// Issue 5: the scanner injected into the tab points at QR-like elements (img, canvas, svg,
// open shadow roots), largest first; geometry comes from `data-rect` (happy-dom lays nothing
// out) and visibility from `data-hidden`.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [x = 0, y = 0, width = 0, height = 0] = (this.getAttribute('data-rect') ?? '')
      .split(' ')
      .map(Number);
    return DOMRect.fromRect({ x, y, width, height });
  });
  Element.prototype.checkVisibility = function (this: Element) {
    return !this.hasAttribute('data-hidden');
  };
  vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(1280);
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(800);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('findQrCandidates', () => {
  it('reports square images, canvases and svgs, largest first, in shadow roots too', () => {
    document.body.innerHTML = `
      <img id="small" data-rect="10 10 100 100">
      <canvas data-rect="300 40 200 210"></canvas>
      <svg data-rect="600 40 150 150"><svg data-rect="600 40 150 150"></svg></svg>
      <div id="host"></div>`;
    const host = document.getElementById('host');
    const shadow = host?.attachShadow({ mode: 'open' });
    if (shadow) shadow.innerHTML = '<img data-rect="900 300 260 260">';

    const scan = findQrCandidates(scanRules);
    expect(scan.rects.map((rect) => rect.x)).toEqual([900, 300, 600, 10]);
    expect(scan.viewportWidth).toBe(1280);
  });

  it('leaves out small, long, hidden and off-screen elements, and other tags', () => {
    document.body.innerHTML = `
      <img data-rect="0 0 40 40">
      <img data-rect="0 0 300 80">
      <img data-rect="0 0 200 200" data-hidden>
      <img data-rect="0 900 200 200">
      <img data-rect="-400 0 200 200">
      <div data-rect="0 0 200 200"></div>
      <video data-rect="0 0 200 200"></video>
      <img id="kept" data-rect="50 50 120 120">`;
    expect(findQrCandidates(scanRules).rects).toEqual([{ x: 50, y: 50, width: 120, height: 120 }]);
  });

  it('applies the size and shape rules it is passed, those of the in-page capture', () => {
    document.body.innerHTML = `
      <img id="edge" data-rect="0 0 48 48">
      <img data-rect="100 0 47 47">
      <img id="tall" data-rect="200 0 100 135">
      <img data-rect="400 0 100 140">`;
    expect(findQrCandidates(scanRules).rects.map((rect) => rect.x)).toEqual([200, 0]);
    const stricter = { ...scanRules, minSide: 60, maxAspect: 1.2 };
    expect(findQrCandidates(stricter).rects).toEqual([]);
  });

  it('keeps at most eight candidates', () => {
    document.body.innerHTML = Array.from(
      { length: 12 },
      (_, index) => `<img data-rect="${index * 70} 0 ${64 + index} ${64 + index}">`,
    ).join('');
    expect(findQrCandidates(scanRules).rects).toHaveLength(8);
  });
});

describe('findQrCandidates: what the page itself did not draw', () => {
  /** happy-dom loads no frames: a cross-origin frame is one whose document reads as null. */
  const crossOrigin = (frame: Element | null) => {
    if (frame) Object.defineProperty(frame, 'contentDocument', { value: null });
  };

  it('lists frames of another origin, embeds and objects, in shadow roots too', () => {
    document.body.innerHTML = `
      <iframe id="other" data-rect="500 100 300 300"></iframe>
      <embed data-rect="0 400 200 200">
      <object data-rect="300 400 100 100"></object>
      <div id="host"></div>`;
    crossOrigin(document.getElementById('other'));
    const shadow = document.getElementById('host')?.attachShadow({ mode: 'open' });
    if (shadow) shadow.innerHTML = '<iframe data-rect="900 0 200 200"></iframe>';
    crossOrigin(shadow?.querySelector('iframe') ?? null);

    expect(
      findQrCandidates(scanRules)
        .foreignFrames.map((rect) => rect.x)
        .sort(),
    ).toEqual([0, 300, 500, 900]);
  });

  it('leaves out the page’s own frames, unless they hold another site’s', () => {
    document.body.innerHTML = `
      <iframe id="own" data-rect="0 0 300 300"></iframe>
      <iframe id="nesting" data-rect="400 0 300 300"></iframe>
      <iframe id="gone" data-rect="0 0 0 0"></iframe>`;
    const nesting = document.getElementById('nesting') as HTMLIFrameElement;
    const inner = document.implementation.createHTMLDocument('inner');
    inner.body.innerHTML = '<iframe></iframe>';
    crossOrigin(inner.querySelector('iframe'));
    Object.defineProperty(nesting, 'contentDocument', { value: inner });
    const own = document.getElementById('own') as HTMLIFrameElement;
    Object.defineProperty(own, 'contentDocument', {
      value: document.implementation.createHTMLDocument('own'),
    });
    crossOrigin(document.getElementById('gone'));

    expect(findQrCandidates(scanRules).foreignFrames).toEqual([
      { x: 400, y: 0, width: 300, height: 300 },
    ]);
  });
});

describe('readPageScan', () => {
  it('accepts a well-formed answer', () => {
    const scan = {
      rects: [{ x: 1, y: 2, width: 3, height: 4 }],
      foreignFrames: [{ x: 5, y: 6, width: 7, height: 8 }],
      viewportWidth: 800,
      devicePixelRatio: 2,
    };
    expect(readPageScan(scan)).toEqual(scan);
  });

  it.each([
    null,
    'text',
    { rects: [], viewportWidth: 0, devicePixelRatio: 1 },
    { rects: [], viewportWidth: 800, devicePixelRatio: Number.NaN },
    { rects: 'many', foreignFrames: [], viewportWidth: 800, devicePixelRatio: 1 },
    // Where other sites' frames are must be known in full, or nothing is bound.
    { rects: [], viewportWidth: 800, devicePixelRatio: 1 },
    { rects: [], foreignFrames: [{ x: 'a' }], viewportWidth: 800, devicePixelRatio: 1 },
    {
      rects: [],
      foreignFrames: Array.from({ length: 300 }, () => ({ x: 0, y: 0, width: 1, height: 1 })),
      viewportWidth: 800,
      devicePixelRatio: 1,
    },
  ])('refuses %j', (value) => {
    expect(readPageScan(value)).toBe(null);
  });

  it('drops malformed rects and keeps eight at most', () => {
    const good = { x: 0, y: 0, width: 10, height: 10 };
    const rects = [{ x: 'a' }, { ...good, width: -1 }, ...Array.from({ length: 10 }, () => good)];
    const scan = { rects, foreignFrames: [], viewportWidth: 800, devicePixelRatio: 1 };
    expect(readPageScan(scan)?.rects).toHaveLength(8);
  });
});
