// Types for conf-without-ajv.mjs (what the headless bundle gets instead of ajv).
export declare class Ajv2020 {}
declare const formats: { default: () => never };
export default formats;
