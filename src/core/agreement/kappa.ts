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
  if (total === 0) return { kappa: null, agreeYes, agreeNo, onlyA, onlyB };
  const observed = (agreeYes + agreeNo) / total;
  const yesA = (agreeYes + onlyA) / total;
  const yesB = (agreeYes + onlyB) / total;
  const chance = yesA * yesB + (1 - yesA) * (1 - yesB);
  return { kappa: chance === 1 ? null : (observed - chance) / (1 - chance), agreeYes, agreeNo, onlyA, onlyB };
}
