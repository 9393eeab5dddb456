import type { ContactSeed, DateSpec, FreenomSeed } from './seed.js';

/** The emulator's data: plain JSON so test_mode can snapshot and roll it back. */
export interface DomainRecord {
  name: string; // lower case
  type: 'FREE' | 'PAID';
  registered: number; // epoch ms, UTC midnight
  expires: number;
  deleted: boolean;
  nameservers: string[]; // lower case
  forwardUrl: string | null;
  forwardMode: 'cloak' | '301_redirect';
  ownerId: string;
  adminId: string;
  techId: string;
  billingId: string;
  authcode: string;
  autorenew: 'enabled' | 'disabled';
  idshield: 'enabled' | 'disabled';
}

export interface GlueRecord {
  domain: string;
  hostname: string;
  ipaddress: string;
}

export type ContactRecord = ContactSeed;

export interface TransferRecord {
  domainname: string;
  transfertype: 'INCOMING' | 'OUTGOING';
  status: 'PENDING' | 'APPROVED' | 'DECLINED';
  newregistrar: string;
  lastupdate: number;
  authcode: string;
  ownerId: string;
  reason: string;
}

export interface Account {
  email: string;
  password: string;
  reseller: boolean;
  domains: DomainRecord[];
  glue: GlueRecord[];
  contacts: ContactRecord[];
  transfers: TransferRecord[];
}

export interface ElsewhereRecord {
  domainname: string;
  domaintype: 'FREE' | 'PAID';
  authcode: string | null;
}

export interface EmulatorData {
  accounts: Account[];
  elsewhere: ElsewhereRecord[];
  nextContactId: number;
  nextCode: number;
}

const DAY = 86_400_000;

export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

export function resolveDate(spec: DateSpec, now: number): number {
  if (typeof spec === 'string')
    return Date.UTC(+spec.slice(0, 4), +spec.slice(4, 6) - 1, +spec.slice(6, 8));
  return startOfDay(now) + spec.daysFromNow * DAY;
}

export function formatYmd(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');
}

/** `YYYY-MM-DD HH:MM:SS` as the API writes timestamps. */
export function formatStamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
}

export function loadData(seed: FreenomSeed, now: number): EmulatorData {
  let code = 1;
  const accounts = seed.accounts.map((a) => ({
    email: a.email.toLowerCase(),
    password: a.password,
    reseller: a.reseller,
    contacts: a.contacts.map((c) => ({ ...c })),
    glue: a.domains.flatMap((d) =>
      d.glue.map((g) => ({
        domain: d.domainname.toLowerCase(),
        hostname: g.hostname.toLowerCase(),
        ipaddress: g.ipaddress,
      })),
    ),
    domains: a.domains.map((d): DomainRecord => ({
      name: d.domainname.toLowerCase(),
      type: d.domaintype,
      registered: resolveDate(d.registered, now),
      expires: resolveDate(d.expires, now),
      deleted: d.status === 'CANCELLED',
      nameservers: d.forward_url ? [] : d.nameservers.map((n) => n.toLowerCase()),
      forwardUrl: d.forward_url ?? null,
      forwardMode: d.forward_mode,
      ownerId: d.owner_id ?? '',
      adminId: d.admin_id ?? d.owner_id ?? '',
      techId: d.tech_id ?? d.owner_id ?? '',
      billingId: d.billing_id ?? d.owner_id ?? '',
      authcode: d.authcode ?? `AUTH-${String(code++).padStart(6, '0')}`,
      autorenew: d.autorenew,
      idshield: d.idshield,
    })),
    transfers: a.transfers.map((t): TransferRecord => ({
      domainname: t.domainname.toLowerCase(),
      transfertype: t.transfertype,
      status: t.status,
      newregistrar: t.newregistrar,
      lastupdate: resolveDate(t.lastupdate, now),
      authcode: '',
      ownerId: '',
      reason: '',
    })),
  }));
  return {
    accounts,
    elsewhere: seed.elsewhere.map((e) => ({
      domainname: e.domainname.toLowerCase(),
      domaintype: e.domaintype,
      authcode: e.authcode ?? null,
    })),
    nextContactId: 5001,
    nextCode: code,
  };
}

/** A name is taken when an active domain of any account, or a registration elsewhere, holds it. */
export function isTaken(data: EmulatorData, name: string): boolean {
  const lower = name.toLowerCase();
  return (
    data.elsewhere.some((e) => e.domainname === lower) ||
    data.accounts.some((a) => a.domains.some((d) => d.name === lower && !d.deleted))
  );
}
