// The one zod every production module imports: zod/mini (about 1.8 MiB less resident in the
// headless shell than zod's classic API, and a smaller renderer bundle), with zod's English
// messages. Classic zod sets English itself; mini loads no locale, so without this every
// message would be the generic "Invalid input". From locales/en.js, not the locales index,
// which the headless bundle stubs (scripts/bundle-stubs/zod-locales.mjs).
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export { z };
