import type { FillGrant } from '../shared/model/fill';
import { fillCode, findCodeField, type Geometry } from './fields';
import type { FillOutcome } from './fill-on-demand-protocol';
import { isOpaqueDocument } from './opaque-document';

export interface FillOnDemandDeps {
  /** Asks the background for the code granted to this frame; rejects when there is none. */
  readonly askCode: () => Promise<FillGrant>;
  /** Layout access; unit tests pass their own (happy-dom has no layout). */
  readonly geometry?: Geometry;
}

/**
 * The injected filler's work, in the top frame after a user gesture: find the
 * visible one-time-code field first (no field, no code asked for), then ask for the code,
 * then fill it; `fillCode` checks again that it is the same, visible field (DESIGN 4.5).
 * Never submits; the background copies the code when the settings say so.
 */
export async function fillOnDemand(deps: FillOnDemandDeps): Promise<FillOutcome> {
  if (isOpaqueDocument()) return { status: 'no-field' };
  const options = deps.geometry ? { geometry: deps.geometry } : {};
  const target = findCodeField(document, options);
  if (!target) return { status: 'no-field' };
  let grant: FillGrant;
  try {
    grant = await deps.askCode();
  } catch {
    return { status: 'denied' };
  }
  if (!fillCode(target, grant.code, options)) return { status: 'refused' };
  return { status: 'filled' };
}
