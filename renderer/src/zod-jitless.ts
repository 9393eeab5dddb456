// The renderer's CSP has no 'unsafe-eval', and zod 4 probes `new Function('')` when it builds
// an object schema, which Chromium reports as a violation even though zod catches it. main.tsx
// imports this first, so the JIT is off before shared/ builds any schema.
import { z } from '../../shared/validators/z.js';

z.config({ jitless: true });
