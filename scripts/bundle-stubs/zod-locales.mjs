// What the headless bundle gets for zod's locale index: English only. zod configures English
// itself and exports the other 40-odd locales as `z.locales`, which nothing in DNS Tray reads;
// bundled, they were 300 KiB of source V8 keeps resident.
export { default as en } from 'zod/v4/locales/en.js';
