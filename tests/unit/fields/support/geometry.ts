import type { Box, Geometry } from '../../../../src/content/fields';

/**
 * happy-dom has no layout (every getBoundingClientRect is 0x0), so tests describe boxes
 * themselves: `data-rect="left top width height"` on any element, else an input is a
 * 160x32 field at (10, 10) and any other element a large block. Styles come from happy-dom's
 * getComputedStyle, which does apply inline styles and <style> rules.
 */
const INPUT_BOX: Box = { left: 10, top: 10, width: 160, height: 32 };
const BLOCK_BOX: Box = { left: 0, top: 0, width: 1280, height: 2000 };

export const testGeometry: Geometry = {
  box(element) {
    const rect = element.getAttribute('data-rect');
    if (rect) {
      const [left = 0, top = 0, width = 0, height = 0] = rect.split(/\s+/).map(Number);
      return { left, top, width, height };
    }
    return element.tagName === 'INPUT' ? INPUT_BOX : BLOCK_BOX;
  },
  style(element) {
    const style = getComputedStyle(element);
    return {
      display: style.display,
      visibility: style.visibility,
      opacity: style.opacity,
      // happy-dom keeps the `overflow` shorthand unexpanded; browsers always give longhands.
      overflowX: style.overflowX || style.overflow,
      overflowY: style.overflowY || style.overflow,
      position: style.position,
    };
  },
  page: () => ({ scrollX: 0, scrollY: 0, width: 1280 }),
};
