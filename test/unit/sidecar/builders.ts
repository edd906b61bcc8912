import { Sidecar, SidecarClaim } from '../../../src/core/sidecar/types';

export function claimOf(id: string, quote: string, start: number, extra: Partial<SidecarClaim> = {}): SidecarClaim {
  return {
    id,
    anchor: { quote, prefix: 'before ', suffix: ' after', start, end: start + quote.length },
    tags: ['finding'],
    ...extra,
  };
}

export function sidecarOf(claims: readonly SidecarClaim[], document = 'report.txt'): Sidecar {
  return { schema: 1, document, offsets: 'utf-16', claims };
}
