import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi, type Mock } from 'vitest';
import type { EventPayload } from '../../../../shared/contract/index.js';
import type { FreenomStatus } from '../../../../shared/contract/domain-channels.js';
import type {
  Contact,
  DomainDetails,
  DomainSummary,
} from '../../../../shared/contract/domain-schemas.js';
import { DnsTrayError } from '../../../../shared/contract/errors.js';
import {
  DomainsCoreProvider,
  type DomainsCore,
} from '../../../../renderer/src/domains/domains-core.js';

type Calls = Omit<DomainsCore, 'onReminder'>;
type Namespace = keyof Calls;

/** Every call of the real DomainsCore as a vi.fn typed like it, so a test sets its answers. */
export type CoreDouble = {
  [NS in Namespace]: {
    [M in keyof Calls[NS]]: Mock<Extract<Calls[NS][M], (...a: never[]) => unknown>>;
  };
} & {
  core: DomainsCore;
  /** The calls that would change something at Freenom, in order ("domains.register", ...). */
  sent(): string[];
  /** Hands a reminder to the window as the core's event would. */
  remind(reminder: EventPayload<'domains:reminder'>): void;
};

/** Reads answer with nothing by default; everything else must be answered by the test. */
const READS: Record<string, () => unknown> = {
  'freenom.status': () => connectedStatus,
  'contacts.list': () => ({ contacts: [] }),
  'contacts.get': () => ({ contacts: [] }),
  'glue.list': () => ({ records: [] }),
  'transfers.list': () => ({ transfers: [] }),
  'domains.list': () => ({ total: 0, page: 1, pageSize: 500, domains: [], fetchedAt: null }),
};

const METHODS: { [NS in Namespace]: (keyof Calls[NS])[] } = {
  freenom: ['status', 'connect', 'probe'],
  domains: [
    'search',
    'register',
    'renew',
    'list',
    'getInfo',
    'modify',
    'delete',
    'restore',
    'upgrade',
    'setAutoRenew',
  ],
  glue: ['list', 'register', 'delete'],
  contacts: ['list', 'get', 'register', 'delete'],
  transfers: ['price', 'request', 'approve', 'decline', 'list'],
};

/**
 * A stand-in for the core behind the Domains window, typed against the real DomainsCore: each
 * call is a mock whose answer the test controls (mockResolvedValueOnce, or a deferred promise
 * to look at the form while the call runs). A call the test did not answer rejects, so it
 * shows up as a failure in the window.
 */
export function coreDouble(): CoreDouble {
  const order: string[] = [];
  const listeners = new Set<(reminder: EventPayload<'domains:reminder'>) => void>();
  const double: Record<string, Record<string, Mock>> = {};
  // The order is kept apart from the mocks, so a test's mockImplementation keeps the record.
  for (const [ns, methods] of Object.entries(METHODS)) {
    double[ns] = {};
    for (const method of methods as string[]) {
      const name = `${ns}.${method}`;
      double[ns][method] = vi.fn(async () => {
        const read = READS[name];
        if (read) return read();
        throw new Error(`The test gave no answer for ${name}.`);
      });
    }
  }
  const core = Object.fromEntries(
    Object.entries(double).map(([ns, methods]) => [
      ns,
      Object.fromEntries(
        Object.entries(methods).map(([method, mock]) => [
          method,
          (...args: unknown[]) => {
            order.push(`${ns}.${method}`);
            return mock(...args);
          },
        ]),
      ),
    ]),
  ) as unknown as Calls;
  return {
    ...(double as unknown as Omit<CoreDouble, 'core' | 'sent' | 'remind'>),
    core: {
      ...core,
      onReminder: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    sent: () => order.filter((name) => !(name in READS) && name !== 'domains.getInfo'),
    remind: (reminder) => listeners.forEach((listener) => listener(reminder)),
  };
}

/** Renders a Domains component the way the window does: its core and a fresh query cache. */
export function renderWithCore(ui: ReactElement, double: CoreDouble = coreDouble()) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={client}>
      <DomainsCoreProvider core={double.core}>{ui}</DomainsCoreProvider>
    </QueryClientProvider>,
  );
  return { ...view, user, double, client };
}

/** The core refusing one field at its boundary, as the bridge throws it. */
export function refusal(field: string, message: string): DnsTrayError {
  return new DnsTrayError({
    code: 'invalid-input',
    field: `request.${field}`,
    message: `request.${field}: ${message}`,
  });
}

/** Freenom (or the core) failing the call, naming no field. */
export function failure(message: string): DnsTrayError {
  return new DnsTrayError({ code: 'failed', message });
}

export const connectedStatus: FreenomStatus = {
  connected: true,
  email: 'reseller@example.com',
  baseUrl: 'https://api.freenom.com/v2',
  testMode: false,
  passwordSet: true,
  passwordStorage: 'encrypted',
};

export const dana: Contact = {
  id: 'C1001',
  title: '',
  firstName: 'Dana',
  middleName: '',
  lastName: 'Demo',
  organization: '',
  address: 'Main Street 1',
  city: 'Amsterdam',
  zipCode: '1011AA',
  stateCode: 'NL-NH',
  countryCode: 'NL',
  phone: '+31-20-1234567',
  fax: '',
  email: 'dana@example.com',
  domains: [],
};

export function summaryOf(domain: string, patch: Partial<DomainSummary> = {}): DomainSummary {
  return {
    domain,
    type: 'FREE',
    status: 'ACTIVE',
    registrationDate: '2026-01-01',
    expirationDate: '2026-12-20',
    daysLeft: 18,
    autoRenew: false,
    renewal: { opens: '2026-12-06', closes: '2026-12-20', state: 'open' },
    ...patch,
  };
}

export function detailsOf(domain: string, patch: Partial<DomainDetails> = {}): DomainDetails {
  return {
    domain: domain.toUpperCase(),
    type: 'FREE',
    status: 'ACTIVE',
    expirationDate: '2026-12-20',
    forwardUrl: '',
    forwardMode: '',
    nameservers: [
      { hostname: 'NS1.EXAMPLE.NET', ipAddress: '' },
      { hostname: 'NS2.EXAMPLE.NET', ipAddress: '' },
    ],
    authCode: 'AUTH-1',
    autoRenew: false,
    prices: [],
    contacts: {},
    ...patch,
  };
}
