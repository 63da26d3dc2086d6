import { exclusionReason } from './exclusions';
import { sendsElsewhere } from './form-destination';
import { browserGeometry, type Geometry } from './geometry';
import { isStillSameTarget, targetInputs, type CodeTarget } from './target';
import { invisibilityReason } from './visibility';

/**
 * The fill-time re-check (DESIGN 4.5): still the same field, still one a user can type into,
 * visible with a real size and effective opacity, for segmented boxes still one row, and in
 * no form that submits to another origin. Returns a short reason id when the target must not
 * be filled, else null.
 */
export function fillProblem(
  target: CodeTarget,
  geometry: Geometry = browserGeometry,
): string | null {
  if (!isStillSameTarget(target)) return 'changed';
  const inputs = targetInputs(target);
  const segment = target.kind === 'segmented';
  for (const input of inputs) {
    const reason = exclusionReason(input, segment) ?? invisibilityReason(input, geometry);
    if (reason) return reason;
  }
  if (segment && !inOneRow(inputs, geometry)) return 'hidden:not-a-row';
  if (inputs.some(sendsElsewhere)) return 'form:elsewhere';
  return null;
}

export function isFillable(target: CodeTarget, geometry: Geometry = browserGeometry): boolean {
  return fillProblem(target, geometry) === null;
}

/** Side by side: every box's top within one box height of the first box's top. */
export function inOneRow(inputs: readonly Element[], geometry: Geometry): boolean {
  const [first, ...rest] = inputs.map((input) => geometry.box(input));
  if (!first) return false;
  return rest.every((box) => Math.abs(box.top - first.top) <= first.height);
}
