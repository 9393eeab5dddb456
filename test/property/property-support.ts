import fc from 'fast-check';

/** Every property in this folder runs at least this many generated cases. */
export const RUNS = 10_000;

/**
 * Text as users paste it and servers send it: mostly short ASCII (where the validators' edge
 * cases live), plus full Unicode, lone surrogates, control characters and long strings.
 */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 200, maxLength: 600 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.constantFrom(
          'a',
          'Z',
          '0',
          '9',
          '-',
          '.',
          '_',
          ':',
          ' ',
          '\t',
          '\n',
          '"',
          '@',
          '%',
          '+',
          'é',
        ),
        {
          maxLength: 30,
        },
      )
      .map((parts) => parts.join('')),
  },
);

/** A validator verdict is either "fine" (null) or one readable sentence, never empty. */
export function isVerdict(problem: unknown): boolean {
  if (problem === null) return true;
  return (
    typeof problem === 'string' && problem.trim().length > 3 && !/undefined|\[object/.test(problem)
  );
}

/** Runs a property with RUNS cases and a fixed seed from the environment when given. */
export function check<T>(
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => boolean | void,
): void {
  const seed = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined;
  fc.assert(fc.property(arbitrary, predicate), {
    numRuns: RUNS,
    ...(seed === undefined ? {} : { seed }),
  });
}

/** A DNS label: letters, digits, inner hyphens, 1-63 characters. */
export const dnsLabel: fc.Arbitrary<string> = fc.stringMatching(
  /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/,
);

/** A top-level label that is not all digits. */
export const alphaTld: fc.Arbitrary<string> = fc.stringMatching(/^[a-zA-Z]{2,12}$/);
