import type { FunctionSpec } from './freenom-caller.js';
import {
  ContactListSchema,
  ContactStatusSchema,
  DomainInfoSchema,
  DomainListSchema,
  DomainStatusSchema,
  NameserverSchema,
  OrderSchema,
  PingSchema,
  SearchSchema,
  TransferListSchema,
  TransferPriceSchema,
  TransferStatusSchema,
} from './freenom-schemas.js';

/** The 22 functions of Freenom API v2: path under the base URL, documented verb, answer schema. */
export const FREENOM_FUNCTIONS = {
  ping: { path: 'service/ping', verb: 'GET', auth: false, schema: PingSchema },
  searchDomain: { path: 'domain/search', verb: 'GET', auth: true, schema: SearchSchema },
  registerDomain: { path: 'domain/register', verb: 'POST', auth: true, schema: OrderSchema },
  renewDomain: { path: 'domain/renew', verb: 'POST', auth: true, schema: OrderSchema },
  getDomainInfo: { path: 'domain/getinfo', verb: 'GET', auth: true, schema: DomainInfoSchema },
  modifyDomain: { path: 'domain/modify', verb: 'PUT', auth: true, schema: DomainStatusSchema },
  deleteDomain: { path: 'domain/delete', verb: 'DELETE', auth: true, schema: DomainStatusSchema },
  restoreDomain: { path: 'domain/restore', verb: 'POST', auth: true, schema: DomainStatusSchema },
  upgradeDomain: { path: 'domain/upgrade', verb: 'POST', auth: true, schema: DomainStatusSchema },
  listDomains: { path: 'domain/list', verb: 'GET', auth: true, schema: DomainListSchema },
  registerNameserver: {
    path: 'nameserver/register',
    verb: 'PUT',
    auth: true,
    schema: NameserverSchema,
  },
  deleteNameserver: {
    path: 'nameserver/delete',
    verb: 'DELETE',
    auth: true,
    schema: NameserverSchema,
  },
  listNameservers: { path: 'nameserver/list', verb: 'GET', auth: true, schema: NameserverSchema },
  registerContact: {
    path: 'contact/register',
    verb: 'PUT',
    auth: true,
    schema: ContactStatusSchema,
  },
  deleteContact: {
    path: 'contact/delete',
    verb: 'DELETE',
    auth: true,
    schema: ContactStatusSchema,
  },
  getContactInfo: { path: 'contact/getinfo', verb: 'GET', auth: true, schema: ContactListSchema },
  listContacts: { path: 'contact/list', verb: 'GET', auth: true, schema: ContactListSchema },
  getTransferPrice: {
    path: 'domain/transfer/price',
    verb: 'GET',
    auth: true,
    schema: TransferPriceSchema,
  },
  requestTransfer: {
    path: 'domain/transfer/request',
    verb: 'POST',
    auth: true,
    schema: TransferStatusSchema,
  },
  approveTransfer: {
    path: 'domain/transfer/approve',
    verb: 'POST',
    auth: true,
    schema: TransferStatusSchema,
  },
  declineTransfer: {
    path: 'domain/transfer/decline',
    verb: 'POST',
    auth: true,
    schema: TransferStatusSchema,
  },
  listTransfers: {
    path: 'domain/transfer/list',
    verb: 'GET',
    auth: true,
    schema: TransferListSchema,
  },
} as const satisfies Record<string, FunctionSpec<unknown>>;

export type FreenomFunctionName = keyof typeof FREENOM_FUNCTIONS;
