import type { Snippet } from './snippet';

const CODE_FIELD = 'name="otp" autocomplete="one-time-code" inputmode="numeric" maxlength="6"';

/** Code fields the user cannot see: never filled (DESIGN 4.5, issue 6 hostile pages). */
export const HIDDEN_SNIPPETS: readonly Snippet[] = [
  {
    name: 'opacity 0 on an ancestor',
    html: `<div style="opacity: 0"><div><input ${CODE_FIELD}></div></div>`,
  },
  {
    name: 'opacities multiplying below the threshold (0.6 x 0.6)',
    html: `<div style="opacity: 0.6"><div style="opacity: 0.6"><input ${CODE_FIELD}></div></div>`,
  },
  { name: '1x1 px field', html: `<input ${CODE_FIELD} data-rect="10 10 1 1">` },
  { name: 'off-screen left', html: `<input ${CODE_FIELD} data-rect="-9999 10 160 32">` },
  { name: 'off-screen above', html: `<input ${CODE_FIELD} data-rect="10 -500 160 32">` },
  { name: 'right of the page', html: `<input ${CODE_FIELD} data-rect="99999 10 160 32">` },
  {
    name: 'display none on an ancestor',
    html: `<div style="display: none"><input ${CODE_FIELD}></div>`,
  },
  { name: 'hidden attribute on an ancestor', html: `<div hidden><input ${CODE_FIELD}></div>` },
  { name: 'visibility hidden', html: `<input ${CODE_FIELD} style="visibility: hidden">` },
  { name: 'inert ancestor', html: `<div inert><input ${CODE_FIELD}></div>` },
  {
    name: 'clipped away by a 1x1 overflow:hidden wrapper',
    html: `<div style="overflow: hidden" data-rect="0 0 1 1"><input ${CODE_FIELD} data-rect="0 0 160 32"></div>`,
  },
  {
    name: 'an invisible decoy and a visible real field: the visible one',
    html: `<div style="opacity: 0.01"><input ${CODE_FIELD} id="decoy"></div>
      <label for="real">Verification code</label><input id="real" name="code" inputmode="numeric" data-expect>`,
  },
  {
    name: 'below the fold is still visible',
    html: `<input ${CODE_FIELD} data-rect="10 2400 160 32" data-expect>`,
  },
  {
    name: 'opacity 0.7 (a faded form) is still visible',
    html: `<div style="opacity: 0.7"><input ${CODE_FIELD} data-expect></div>`,
  },
];
