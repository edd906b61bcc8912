import { Sidecar, SidecarClaim } from '../../../src/core/sidecar/types';

/** A claim on `quote` at `start`, with whatever else the test cares about. */
export function claim(id: string, quote: string, start: number, more: Partial<Omit<SidecarClaim, 'id'>> = {}): SidecarClaim {
  return { id, anchor: { quote, prefix: '', suffix: '', start, end: start + quote.length }, tags: [], ...more };
}

export function sidecar(...claims: SidecarClaim[]): Sidecar {
  return { schema: 1, document: 'report.txt', offsets: 'utf-16', claims };
}
