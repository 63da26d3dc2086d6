/** A running score with the short reason ids that explain it (never field values). */
export interface FieldScore {
  readonly score: number;
  readonly reasons: readonly string[];
}

/** Far below any threshold: an excluded field can never be picked, whatever the bonuses. */
export const EXCLUDED_SCORE = -1000;

export class ScoreSheet {
  private total = 0;
  private readonly reasons: string[] = [];

  add(points: number, reason: string): void {
    if (points === 0) return;
    this.total += points;
    this.reasons.push(reason);
  }

  has(reason: string): boolean {
    return this.reasons.includes(reason);
  }

  result(): FieldScore {
    return { score: this.total, reasons: [...this.reasons] };
  }
}

export function excludedScore(reason: string): FieldScore {
  return { score: EXCLUDED_SCORE, reasons: [reason] };
}
