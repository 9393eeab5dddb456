import { formatYmd, type EmulatorData } from './state.js';

/** What GET /_emulator/state shows: everything but passwords, dates as YYYYMMDD. */
export function describeData(data: EmulatorData) {
  return {
    accounts: data.accounts.map((a) => ({
      email: a.email,
      reseller: a.reseller,
      domains: a.domains.map((d) => ({
        domainname: d.name,
        domaintype: d.type,
        registrationdate: formatYmd(d.registered),
        expirationdate: formatYmd(d.expires),
        deleted: d.deleted,
        nameservers: d.nameservers,
        forward_url: d.forwardUrl,
        forward_mode: d.forwardMode,
        owner_id: d.ownerId,
        autorenew: d.autorenew,
        idshield: d.idshield,
      })),
      glue: a.glue,
      contacts: a.contacts,
      transfers: a.transfers.map((t) => ({
        domainname: t.domainname,
        transfertype: t.transfertype,
        status: t.status,
        lastupdate: new Date(t.lastupdate).toISOString(),
        reason: t.reason,
      })),
    })),
    elsewhere: data.elsewhere.map((e) => e.domainname),
  };
}
