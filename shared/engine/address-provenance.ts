/** One source that answered another address than the agreed one. */
export interface Disagreement {
  source: string;
  address: string;
}

/** "agreed alpha, charlie; bravo answered 93.184.216.34": who said what, for people. */
export function describeProvenance(
  agreed: readonly string[],
  disagreed: readonly Disagreement[] = [],
): string {
  const parts = agreed.length > 0 ? [`agreed ${agreed.join(', ')}`] : [];
  for (const { source, address } of disagreed) parts.push(`${source} answered ${address}`);
  return parts.join('; ');
}
