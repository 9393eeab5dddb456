import {
  type Body,
  type CallContext,
  account,
  domainParam,
  fail,
  invalid,
  required,
  upper,
} from './call-context.js';
import { isTaken } from './state.js';

/** nameserver/register, delete and list: glue records. */
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-f:]+$/i;

/** Glue may be set for an own domain, or for a free name before registering it with them. */
function glueDomain(ctx: CallContext): string {
  const name = domainParam(ctx);
  const own = account(ctx).domains.some((d) => d.name === name && !d.deleted);
  if (!own && isTaken(ctx.data, name)) fail(ctx, 'notInAccount');
  return name;
}

function hostParam(ctx: CallContext, domain: string): string {
  const host = required(ctx, 'hostname').toLowerCase().replace(/\.$/, '');
  if (!host.endsWith(`.${domain}`)) invalid(ctx, 'hostname');
  return host;
}

export function registerGlue(ctx: CallContext): Body {
  required(ctx, 'domainname');
  required(ctx, 'hostname');
  const ip = required(ctx, 'ipaddress');
  const domain = glueDomain(ctx);
  const hostname = hostParam(ctx, domain);
  if (!IPV4.test(ip) && !(ip.includes(':') && IPV6.test(ip))) invalid(ctx, 'ipaddress');
  const glue = account(ctx).glue;
  const existing = glue.find((g) => g.domain === domain && g.hostname === hostname);
  if (existing) existing.ipaddress = ip;
  else glue.push({ domain, hostname, ipaddress: ip });
  const status = existing ? 'UPDATED' : 'REGISTERED';
  return {
    nameserver: [{ domainname: upper(domain), hostname: upper(hostname), ipaddress: ip, status }],
    result: `NAMESERVER ${status}`,
  };
}

export function deleteGlue(ctx: CallContext): Body {
  required(ctx, 'domainname');
  required(ctx, 'hostname');
  const domain = glueDomain(ctx);
  const hostname = hostParam(ctx, domain);
  const glue = account(ctx).glue;
  const index = glue.findIndex((g) => g.domain === domain && g.hostname === hostname);
  if (index < 0) invalid(ctx, 'hostname');
  glue.splice(index, 1);
  return {
    nameserver: [{ domainname: upper(domain), hostname: upper(hostname), status: 'DELETED' }],
    result: 'NAMESERVER DELETED',
  };
}

export function listGlue(ctx: CallContext): Body {
  const domain = glueDomain(ctx);
  const items = account(ctx)
    .glue.filter((g) => g.domain === domain)
    .map((g) => ({
      hostname: upper(g.hostname),
      ipaddress: g.ipaddress,
      domainname: upper(domain),
    }));
  return { nameserver: items, result: `${items.length} ENTRIES` };
}
