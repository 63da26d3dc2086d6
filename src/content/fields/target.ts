/**
 * Where a code goes: one input, or a row of one-character boxes filled box by box.
 * A target remembers what its inputs looked like when found, so the fill-time check
 * (DESIGN 4.5, fillable.ts) can refuse a field that was swapped, moved or retyped since.
 */
export interface TargetSnapshot {
  readonly signatures: readonly string[];
  readonly parents: readonly (Element | null)[];
  readonly roots: readonly Node[];
  readonly forms: readonly (HTMLFormElement | null)[];
}

export type CodeTarget =
  | { readonly kind: 'single'; readonly input: HTMLInputElement; readonly snapshot: TargetSnapshot }
  | {
      readonly kind: 'segmented';
      readonly inputs: readonly HTMLInputElement[];
      readonly snapshot: TargetSnapshot;
    };

export function singleTarget(input: HTMLInputElement): CodeTarget {
  return { kind: 'single', input, snapshot: snapshotOf([input]) };
}

export function segmentedTarget(inputs: readonly HTMLInputElement[]): CodeTarget {
  return { kind: 'segmented', inputs: [...inputs], snapshot: snapshotOf(inputs) };
}

export function targetInputs(target: CodeTarget): readonly HTMLInputElement[] {
  return target.kind === 'single' ? [target.input] : target.inputs;
}

/** Still in the page, in the same place, with the same type, name and limits as when found. */
export function isStillSameTarget(target: CodeTarget): boolean {
  const now = snapshotOf(targetInputs(target));
  const then = target.snapshot;
  return targetInputs(target).every(
    (input, index) =>
      input.isConnected &&
      now.signatures[index] === then.signatures[index] &&
      now.parents[index] === then.parents[index] &&
      now.roots[index] === then.roots[index] &&
      now.forms[index] === then.forms[index],
  );
}

function snapshotOf(inputs: readonly HTMLInputElement[]): TargetSnapshot {
  return {
    signatures: inputs.map(signatureOf),
    parents: inputs.map((input) => input.parentElement),
    roots: inputs.map((input) => input.getRootNode()),
    forms: inputs.map((input) => input.form),
  };
}

function signatureOf(input: HTMLInputElement): string {
  return JSON.stringify([
    input.type,
    input.name,
    input.id,
    input.getAttribute('autocomplete'),
    input.maxLength,
    input.inputMode,
  ]);
}
