// Types for conf-semver.mjs.
declare const semver: Record<string, () => never>;
export default semver;
