import {
  type Body,
  type CallContext,
  account,
  fail,
  findContact,
  invalid,
  required,
} from './call-context.js';
import type { ContactRecord } from './state.js';

/** contact/register, delete, getinfo and list. */
const REQUIRED = [
  'contact_firstname',
  'contact_lastname',
  'contact_address',
  'contact_city',
  'contact_zipcode',
  'contact_statecode',
  'contact_countrycode',
  'contact_phone',
  'contact_email',
] as const;
const OPTIONAL = ['contact_organization', 'contact_title', 'contact_middlename', 'contact_fax'];
const PHONE = /^\+\d[\d .-]{4,20}$/;

function checkFormats(ctx: CallContext): void {
  const p = ctx.params;
  if (!/^[A-Z]{2}$/i.test(p.get('contact_countrycode')!)) invalid(ctx, 'contact_countrycode');
  if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/i.test(p.get('contact_statecode')!))
    invalid(ctx, 'contact_statecode');
  if (!PHONE.test(p.get('contact_phone')!)) invalid(ctx, 'contact_phone');
  const fax = p.get('contact_fax');
  if (fax !== undefined && !PHONE.test(fax)) invalid(ctx, 'contact_fax');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.get('contact_email')!)) invalid(ctx, 'contact_email');
}

export function registerContact(ctx: CallContext): Body {
  for (const name of REQUIRED) required(ctx, name);
  checkFormats(ctx);
  const id = ctx.params.get('contact_id');
  const existing = id === undefined ? undefined : findContact(ctx, id);
  if (id !== undefined && !existing) invalid(ctx, 'contact_id');
  const fields = Object.fromEntries(
    [...REQUIRED, ...OPTIONAL].map((name) => [name, ctx.params.get(name) ?? '']),
  );
  if (existing) Object.assign(existing, fields);
  else
    account(ctx).contacts.push({
      ...(fields as Omit<ContactRecord, 'contact_id'>),
      contact_id: `C${ctx.data.nextContactId++}`,
    } as ContactRecord);
  const contactId = existing?.contact_id ?? account(ctx).contacts.at(-1)!.contact_id;
  const status = existing ? 'UPDATED' : 'REGISTERED';
  return { contact: [{ contact_id: contactId, status }], result: `CONTACT ${status}` };
}

function linkedDomains(ctx: CallContext, id: string) {
  const links: { domainname: string; type: string }[] = [];
  for (const d of account(ctx).domains) {
    if (d.deleted) continue;
    const roles = { owner: d.ownerId, tech: d.techId, admin: d.adminId, billing: d.billingId };
    for (const [type, contactId] of Object.entries(roles))
      if (contactId === id) links.push({ domainname: d.name.toUpperCase(), type });
  }
  return links;
}

export function deleteContact(ctx: CallContext): Body {
  const id = required(ctx, 'contact_id');
  if (!findContact(ctx, id)) invalid(ctx, 'contact_id');
  if (linkedDomains(ctx, id).length > 0) fail(ctx, 'contactInUse');
  const contacts = account(ctx).contacts;
  contacts.splice(
    contacts.findIndex((c) => c.contact_id === id),
    1,
  );
  return { contact: [{ contact_id: id, status: 'DELETED' }], result: 'CONTACT DELETED' };
}

function describe(ctx: CallContext, contact: ContactRecord): Body {
  return { ...contact, contact_domain: linkedDomains(ctx, contact.contact_id) };
}

export function getContactInfo(ctx: CallContext): Body {
  required(ctx, 'contact_id');
  const contacts = ctx.params.all('contact_id').map((id) => {
    const contact = findContact(ctx, id);
    if (!contact) invalid(ctx, 'contact_id');
    return describe(ctx, contact);
  });
  return { contact: contacts, result: 'CONTACTS LISTED' };
}

/** Accepts `contact_id` as a filter, as the doc's getinfo example calls contact/list (inferred). */
export function listContacts(ctx: CallContext): Body {
  const filter = ctx.params.all('contact_id');
  const contacts = account(ctx)
    .contacts.filter((c) => filter.length === 0 || filter.includes(c.contact_id))
    .map((c) => describe(ctx, c));
  return { contact: contacts, result: 'CONTACTS LISTED' };
}
