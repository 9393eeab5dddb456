// What the headless bundle gets for semver, which conf imports at load but uses only to run
// `migrations` (conf/dist/source/index.js, `_migrate`); DNS Tray migrates its settings itself
// (shared/settings/settings-migrations.ts) and passes none. Any use fails with this message.
const refuse = () => {
  throw new Error(
    'conf was given migrations, but the headless bundle leaves semver out (scripts/headless-bundle.mjs); migrate in shared/settings/settings-migrations.ts instead',
  );
};
export default new Proxy({}, { get: () => refuse });
