import type { Cover, HostHiding } from '../../fixtures/hostile/attacks';

/** The covers and hidings every in-page control is tried with (issue 6, attacks.ts). */
export const covers: readonly Cover[] = [
  'transparent-catcher',
  'opaque-pass-through',
  'svg-pass-through',
  'pseudo-element-pass-through',
  'box-shadow-pass-through',
  'border-pass-through',
  'outline-pass-through',
  'backdrop-pass-through',
  'text-shadow-pass-through',
  'open-shadow-pass-through',
  'closed-shadow-pass-through',
];

export const hidings: readonly HostHiding[] = [
  'host-opacity',
  'ancestor-opacity',
  'host-filter',
  'ancestor-filter',
];
