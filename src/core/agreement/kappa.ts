/** Two people's yes/no for one tag over the same claims. */
export interface TagAgreement {
  /** Cohen's kappa; null when it is undefined (both people gave the same answer to every claim, or there were no claims). */
  readonly kappa: number | null;
  readonly agreeYes: number;
  readonly agreeNo: number;
  /** Claims only A gave the tag. */
  readonly onlyA: number;
  /** Claims only B gave the tag. */
  readonly onlyB: number;
}

/**
 * Cohen's kappa from the 2×2 table: (observed − chance agreement) / (1 − chance agreement), where
 * chance agreement is what two people with these rates of yes would reach by accident.
 */
export function tagAgreement(agreeYes: number, agreeNo: number, onlyA: number, onlyB: number): TagAgreement {
  const total = agreeYes + agreeNo + onlyA + onlyB;
  // In whole counts, so that one division gives the result (0 is 0, not −3e-16):
  // κ = (n·agreed − chance) / (n² − chance), chance = yesA·yesB + noA·noB.
  const chance = (agreeYes + onlyA) * (agreeYes + onlyB) + (agreeNo + onlyB) * (agreeNo + onlyA);
  const denominator = total * total - chance;
  return { kappa: denominator === 0 ? null : (total * (agreeYes + agreeNo) - chance) / denominator, agreeYes, agreeNo, onlyA, onlyB };
}
