import {
  type Body,
  type CallContext,
  account,
  domainParam,
  fail,
  findContact,
  invalid,
  required,
  upper,
} from './call-context.js';
import { DAY, FREE_TLDS, newAuthcode, periodMonths, priceOf, tldOf } from './domain-rules.js';
import { addMonths, formatStamp, startOfDay } from './state.js';

/** domain/transfer/price, request, approve, decline and list. */
function transferable(ctx: CallContext, name: string, authcode: string) {
  const held = ctx.data.elsewhere.find((e) => e.domainname === name);
  if (!held || held.authcode === null) invalid(ctx, 'domainname');
  if (held.authcode !== authcode) invalid(ctx, 'authcode');
  return held;
}

/** Always quotes 1Y (docs/freenom.md#transfers). */
export function transferPrice(ctx: CallContext): Body {
  required(ctx, 'domainname');
  const authcode = required(ctx, 'authcode');
  const name = domainParam(ctx);
  const held = transferable(ctx, name, authcode);
  const price = priceOf(ctx, name, '1Y');
  const item = {
    domainname: upper(name),
    domaintype: held.domaintype,
    period: '1Y',
    currency: price?.currency ?? ctx.prices.currency,
    retailprice: price?.retail ?? '0.00',
    partnerprice: price?.partner ?? '0.00',
  };
  return { transfer: [item], result: 'PRICES PROVIDED' };
}

/** Free-TLD names with the right authcode move at once, others stay PENDING (docs/freenom.md#transfers). */
export function requestTransfer(ctx: CallContext): Body {
  required(ctx, 'domainname');
  const authcode = required(ctx, 'authcode');
  const ownerId = required(ctx, 'owner_id');
  const name = domainParam(ctx);
  const months = periodMonths(ctx, 'PAID');
  if (!findContact(ctx, ownerId)) invalid(ctx, 'owner_id');
  transferable(ctx, name, authcode);
  const acct = account(ctx);
  if (acct.transfers.some((t) => t.domainname === name && t.status === 'PENDING'))
    invalid(ctx, 'domainname');
  const immediate = FREE_TLDS.includes(tldOf(name));
  acct.transfers.push({
    domainname: name,
    transfertype: 'INCOMING',
    status: immediate ? 'APPROVED' : 'PENDING',
    newregistrar: '',
    lastupdate: ctx.now,
    authcode,
    ownerId,
    reason: '',
  });
  if (immediate) {
    ctx.data.elsewhere = ctx.data.elsewhere.filter((e) => e.domainname !== name);
    const today = startOfDay(ctx.now);
    acct.domains.push({
      name,
      type: 'PAID',
      registered: today,
      expires: addMonths(today, months),
      deleted: false,
      nameservers: [],
      forwardUrl: null,
      forwardMode: 'cloak',
      ownerId,
      adminId: ownerId,
      techId: ownerId,
      billingId: ownerId,
      authcode: newAuthcode(ctx),
      autorenew: 'disabled',
      idshield: 'disabled',
    });
  }
  return {
    transfer: [{ domainname: upper(name), status: 'REQUESTED' }],
    result: 'TRANSFER REQUESTED',
  };
}

function pendingOutgoing(ctx: CallContext, name: string) {
  const transfer = account(ctx).transfers.find(
    (t) => t.domainname === name && t.transfertype === 'OUTGOING' && t.status === 'PENDING',
  );
  if (!transfer) fail(ctx, 'noPendingTransfer');
  return transfer;
}

export function approveTransfer(ctx: CallContext): Body {
  const name = domainParam(ctx);
  const transfer = pendingOutgoing(ctx, name);
  transfer.status = 'APPROVED';
  transfer.lastupdate = ctx.now;
  const acct = account(ctx);
  const domain = acct.domains.find((d) => d.name === name && !d.deleted);
  acct.domains = acct.domains.filter((d) => d !== domain);
  ctx.data.elsewhere.push({
    domainname: name,
    domaintype: domain?.type ?? 'PAID',
    authcode: null,
  });
  return {
    transfer: [{ domainname: upper(name), status: 'APPROVED' }],
    result: 'TRANSFER APPROVED',
  };
}

export function declineTransfer(ctx: CallContext): Body {
  required(ctx, 'domainname');
  const reason = required(ctx, 'reason');
  const name = domainParam(ctx);
  const transfer = pendingOutgoing(ctx, name);
  transfer.status = 'DECLINED';
  transfer.reason = reason;
  transfer.lastupdate = ctx.now;
  return {
    transfer: [{ domainname: upper(name), status: 'DECLINED' }],
    result: 'TRANSFER DECLINED',
  };
}

/** Finished transfers stay listed for `finishedTransferDays` after their last update. */
export function listTransfers(ctx: CallContext): Body {
  const keep = ctx.config.finishedTransferDays * DAY;
  const items = account(ctx)
    .transfers.filter((t) => t.status === 'PENDING' || ctx.now - t.lastupdate <= keep)
    .map((t) => ({
      domainname: upper(t.domainname),
      transfertype: t.transfertype,
      status: t.status,
      ...(t.transfertype === 'OUTGOING' ? { newregistrar: t.newregistrar } : {}),
      lastupdate: formatStamp(t.lastupdate),
    }));
  return { transfer: items, result: `${items.length} TRANSFERS LISTED` };
}
