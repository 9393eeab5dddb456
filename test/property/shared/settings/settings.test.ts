import fc from 'fast-check';
import { describe, it } from 'vitest';
import { importSettings } from '../../../../electron/core/store/settings-transfer.js';
import { checkSourceUrl } from '../../../../shared/engine/engine-settings.js';
import { HistoryEventSchema } from '../../../../shared/settings/history-event.js';
import { migrateSettings } from '../../../../shared/settings/settings-migrations.js';
import { salvageSettings } from '../../../../shared/settings/settings-salvage.js';
import { SettingsSchema } from '../../../../shared/settings/settings-schema.js';
import { anyText, check, dnsLabel } from '../../property-support.js';

/** A field-level problem a person can act on. */
const isFieldError = (e: { field: string; message: string }) =>
  typeof e.field === 'string' && e.message.trim().length > 3 && !e.message.includes('[object');

const junk = fc.oneof(
  anyText,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
);
const freednsAccount = fc.record(
  {
    id: fc.oneof(fc.constantFrom('main', 'work'), anyText),
    username: fc.oneof(fc.constant('alice'), anyText),
    tier: fc.oneof(fc.constantFrom('free', 'premium'), junk),
    endpoint: fc.oneof(fc.constant('http://127.0.0.1:8080/request'), fc.webUrl(), anyText),
  },
  { requiredKeys: ['id', 'username'] },
);
const host = fc.record(
  {
    id: fc.oneof(fc.constantFrom('h1', 'h2'), anyText),
    accountId: fc.oneof(fc.constantFrom('main', 'work'), anyText),
    label: fc.oneof(dnsLabel, anyText),
    records: fc.array(
      fc.oneof(
        fc.constant({ type: 'A', mode: 'follow' }),
        fc.record({ type: fc.constant('TXT'), value: anyText }),
        junk,
      ),
      {
        maxLength: 3,
      },
    ),
  },
  { requiredKeys: [] },
);
/** Settings documents of every version, mostly well-shaped with wrong values here and there. */
const document = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        version: fc.oneof(fc.constantFrom(1, 2, 3, 99, 0, -1, 1.5), junk),
        accounts: fc.oneof(
          fc.record(
            {
              freedns: fc.array(freednsAccount, { maxLength: 3 }),
              freenom: fc.oneof(fc.constant([]), junk),
            },
            { requiredKeys: [] },
          ),
          junk,
        ),
        hosts: fc.oneof(fc.array(host, { maxLength: 3 }), junk),
        engine: fc.oneof(
          fc.record(
            {
              agreement: fc.integer({ min: -1, max: 7 }),
              pollSeconds: fc.oneof(fc.integer(), junk),
            },
            { requiredKeys: [] },
          ),
          junk,
        ),
        startup: fc.oneof(fc.record({ openAtLogin: fc.oneof(fc.boolean(), junk) }), junk),
        freedns: fc.oneof(fc.record({ username: anyText, premium: fc.boolean() }), junk),
        pollIntervalSec: fc.oneof(fc.integer(), junk),
        theme: fc.oneof(fc.constantFrom('system', 'light', 'dark'), junk),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

describe('settings migration', () => {
  it('reads any document into valid current settings or field errors, never throwing', () => {
    check(document, (value) => {
      const result = migrateSettings(value);
      if (!result.ok) return result.errors.length > 0 && result.errors.every(isFieldError);
      return SettingsSchema.safeParse(result.settings).success;
    });
  });
});

describe('settings salvage', () => {
  it('keeps a valid configuration from any damaged object and lists what it dropped', () => {
    check(
      document.filter(
        (v): v is Record<string, unknown> =>
          typeof v === 'object' && v !== null && !Array.isArray(v),
      ),
      (value) => {
        const { settings, dropped } = salvageSettings(value);
        return (
          SettingsSchema.safeParse(settings).success &&
          dropped.every((field) => typeof field === 'string' && field.length > 0)
        );
      },
    );
  });
});

describe('settings import', () => {
  it('answers any file text with settings or field errors, never throwing', () => {
    const text = fc.oneof(
      anyText,
      document.map((value) => JSON.stringify(value)),
      document.map((value) => JSON.stringify({ format: 'dnstray-settings', settings: value })),
    );
    check(text, (json) => {
      const result = importSettings(json);
      return result.ok
        ? SettingsSchema.safeParse(result.settings).success
        : result.errors.length > 0 && result.errors.every(isFieldError);
    });
  });
});

describe('echo source URL validator', () => {
  it('accepts https anywhere and http only on this machine, and explains every refusal', () => {
    const url = fc.oneof(
      fc.webUrl({ validSchemes: ['https', 'http'] }),
      fc
        .tuple(
          fc.constantFrom('http://127.0.0.1', 'http://localhost', 'http://[::1]'),
          fc.integer({ min: 1, max: 65535 }),
        )
        .map(([h, p]) => `${h}:${p}/ip`),
      anyText,
    );
    check(url, (text) => {
      const problem = checkSourceUrl(text);
      if (problem !== null) return problem.trim().length > 5;
      const parsed = new URL(text);
      return (
        parsed.protocol === 'https:' ||
        ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)
      );
    });
  });
});

describe('history events', () => {
  it('parse or explain any event-like value read back from history.json', () => {
    const event = fc.record(
      {
        id: fc.oneof(fc.nat(), fc.integer(), anyText),
        at: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          anyText,
        ),
        kind: fc.oneof(
          fc.constantFrom('address-changed', 'update-outcome', 'domain-action', 'notice'),
          anyText,
        ),
        level: fc.constantFrom('info', 'warning', 'error', 'fatal'),
        message: fc.oneof(anyText, fc.string({ minLength: 1990, maxLength: 2010 })),
        family: fc.constantFrom('ipv4', 'ipv6', 'ipx'),
        from: fc.option(fc.ipV4()),
        to: fc.option(fc.ipV4()),
        sources: fc.array(anyText, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    check(event, (value) => {
      const parsed = HistoryEventSchema.safeParse(value);
      return (
        parsed.success ||
        parsed.error.issues.every(
          (i) => i.message.trim().length > 3 && !i.message.includes('[object'),
        )
      );
    });
  });
});
