/**
 * The echo emulator's three sources (alpha plain, bravo JSON, charlie trace) as engine settings,
 * for every suite and the bench. IPv6 sources get ids ending in "-6" so both families can be on.
 */
export function echoSources(
  sourceUrls: Record<string, string>,
  families: readonly ('ipv4' | 'ipv6')[] = ['ipv4'],
  count = 3,
) {
  return families.flatMap((family) =>
    (['alpha', 'bravo', 'charlie'] as const).slice(0, count).map((name, index) => ({
      id: family === 'ipv4' ? name : `${name}-6`,
      name,
      family,
      url: sourceUrls[`${name}-${family}`]!,
      format: (['plain', 'json', 'trace'] as const)[index]!,
    })),
  );
}
