// What the headless bundle gets for the JSON-schema validator conf imports at load (ajv 2020
// and ajv-formats). conf builds a validator only when given `schema`, `rootSchema` or
// `ajvOptions` (conf/dist/source/index.js, `#validator`); DNS Tray passes none: settings are
// checked with the shared zod schemas. Bundling ajv cost about 3 MiB resident for nothing.
// Should anyone pass a schema to conf, the shell fails at start with this message.
const refuse = () => {
  throw new Error(
    'conf was given a JSON schema, but the headless bundle leaves ajv out (scripts/headless-bundle.mjs); validate with the shared zod schemas instead',
  );
};
export class Ajv2020 {
  constructor() {
    refuse();
  }
}
export default { default: refuse };
