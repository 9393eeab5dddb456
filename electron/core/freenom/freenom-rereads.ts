import type { RereadVerdict } from './freenom-caller.js';
import type { FreenomClient } from './freenom-client.js';
import type { DomainInfo } from './freenom-schemas.js';

type Params = Record<string, unknown>;
const same = (a: unknown, b: unknown) =>
  String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase();
const str = (v: unknown) => String(v ?? '');

/**
 * How each PUT/DELETE finds out, after its answer was lost, whether it happened: read the state
 * back. 'applied' carries the answer Freenom would have sent; 'unknown' stops any re-send.
 */
export function createRereads(client: FreenomClient) {
  return {
    modifyDomain: (p: Params): Promise<RereadVerdict> => rereadModifyDomain(client, p),
    deleteDomain: (p: Params): Promise<RereadVerdict> => rereadDeleteDomain(client, p),
    registerNameserver: (p: Params): Promise<RereadVerdict> => rereadRegisterNameserver(client, p),
    deleteNameserver: (p: Params): Promise<RereadVerdict> => rereadDeleteNameserver(client, p),
    registerContact: (p: Params): Promise<RereadVerdict> => rereadRegisterContact(client, p),
    deleteContact: (p: Params): Promise<RereadVerdict> => rereadDeleteContact(client, p),
  };
}

async function rereadModifyDomain(client: FreenomClient, p: Params): Promise<RereadVerdict> {
  const info = await client.getDomainInfo({ domainname: str(p.domainname) });
  const domain = info.ok ? info.value.domain[0] : undefined;
  if (!domain) return { state: 'unknown' };
  const checks = modifiedFieldChecks(domain, p);
  if (checks.length === 0) return { state: 'unknown' };
  if (!checks.every(Boolean)) return { state: 'not-applied' };
  return applied('domain', 'DOMAIN MODIFIED', {
    domainname: str(p.domainname),
    status: 'MODIFIED',
  });
}

/** One check per field the change set that the domain's info can show. */
function modifiedFieldChecks(domain: DomainInfo, p: Params): boolean[] {
  const checks: boolean[] = [];
  if (p.forward_url !== undefined) checks.push(same(domain.forward_url, p.forward_url));
  if (p.forward_mode !== undefined) checks.push(same(domain.forward_mode, p.forward_mode));
  if (Array.isArray(p.nameserver)) {
    const want = p.nameserver.map((h) => str(h).toLowerCase()).sort();
    const have = domain.nameserver.map((n) => n.hostname.toLowerCase()).sort();
    checks.push(want.join() === have.join());
  }
  if (p.autorenew !== undefined && domain.autorenew !== undefined)
    checks.push(same(domain.autorenew, p.autorenew));
  if (p.owner_id !== undefined && domain.owner_contact)
    checks.push(same(domain.owner_contact.contact_id, p.owner_id));
  return checks;
}

async function rereadDeleteDomain(client: FreenomClient, p: Params): Promise<RereadVerdict> {
  const list = await client.listAllDomains();
  if (!list.ok) return { state: 'unknown' };
  const rows = list.value.filter((d) => same(d.domainname, p.domainname));
  if (rows.some((d) => same(d.status, 'ACTIVE'))) return { state: 'not-applied' };
  return applied('domain', 'DOMAIN DELETED', {
    domainname: str(p.domainname),
    status: 'DELETED',
  });
}

async function rereadRegisterNameserver(client: FreenomClient, p: Params): Promise<RereadVerdict> {
  const list = await client.listNameservers({ domainname: str(p.domainname) });
  if (!list.ok) return { state: 'unknown' };
  const entry = list.value.nameserver.find((n) => same(n.hostname, p.hostname));
  if (!entry || !same(entry.ipaddress, p.ipaddress)) return { state: 'not-applied' };
  return applied('nameserver', 'NAMESERVER REGISTERED', {
    domainname: str(p.domainname),
    hostname: str(p.hostname),
    ipaddress: str(p.ipaddress),
    status: 'REGISTERED',
  });
}

async function rereadDeleteNameserver(client: FreenomClient, p: Params): Promise<RereadVerdict> {
  const list = await client.listNameservers({ domainname: str(p.domainname) });
  if (!list.ok) return { state: 'unknown' };
  if (list.value.nameserver.some((n) => same(n.hostname, p.hostname)))
    return { state: 'not-applied' };
  return applied('nameserver', 'NAMESERVER DELETED', {
    domainname: str(p.domainname),
    hostname: str(p.hostname),
    status: 'DELETED',
  });
}

/** A contact with exactly these fields exists: the change (or creation) happened. */
async function rereadRegisterContact(client: FreenomClient, p: Params): Promise<RereadVerdict> {
  const list = await client.listContacts();
  if (!list.ok) return { state: 'unknown' };
  const fields = Object.entries(p).filter(([key]) => key !== 'contact_id');
  const match = list.value.contact.find(
    (c) =>
      (p.contact_id === undefined || c.contact_id === p.contact_id) &&
      fields.every(([key, value]) => same((c as Record<string, unknown>)[key], value)),
  );
  if (!match) return { state: 'not-applied' };
  const status = p.contact_id === undefined ? 'REGISTERED' : 'UPDATED';
  return applied('contact', `CONTACT ${status}`, { contact_id: match.contact_id, status });
}

async function rereadDeleteContact(client: FreenomClient, p: Params): Promise<RereadVerdict> {
  const list = await client.listContacts();
  if (!list.ok) return { state: 'unknown' };
  if (list.value.contact.some((c) => c.contact_id === p.contact_id))
    return { state: 'not-applied' };
  return applied('contact', 'CONTACT DELETED', {
    contact_id: str(p.contact_id),
    status: 'DELETED',
  });
}

function applied(key: string, result: string, item: Record<string, string>): RereadVerdict {
  return { state: 'applied', body: { [key]: [item], result, status: 'OK' } };
}
