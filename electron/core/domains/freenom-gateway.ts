import type { z } from '../../../shared/validators/z.js';
import type {
  ModifyRequestSchema,
  OrderResult,
  ProbeResult,
  RegisterRequestSchema,
  SearchResult,
  TransferPrice,
  TransferRequestSchema,
  UpgradeRequestSchema,
} from '../../../shared/contract/domain-channels.js';
import type {
  Contact,
  ContactInputSchema,
  DomainDetails,
  DomainSummary,
  DomainTypeValue,
  GlueRecord,
  Transfer,
} from '../../../shared/contract/domain-schemas.js';

export type RegisterOrder = z.output<typeof RegisterRequestSchema>;
export type ModifyOrder = z.output<typeof ModifyRequestSchema>;
export type UpgradeOrder = z.output<typeof UpgradeRequestSchema>;
export type TransferOrder = z.output<typeof TransferRequestSchema>;
export type ContactOrder = z.output<typeof ContactInputSchema>;

/**
 * One row of domain/list: the listed part of the contract's DomainSummary (dates YYYY-MM-DD),
 * with Freenom's own auto-renew flag, null when it gave none.
 */
export type ListedDomain = Pick<
  DomainSummary,
  'domain' | 'type' | 'status' | 'registrationDate' | 'expirationDate'
> & { autoRenew: boolean | null };

export interface Outcome {
  domain: string;
  status: string;
}

/**
 * Every Freenom API v2 function, in the Domains window's terms. The handlers need only this;
 * an adapter over the Freenom client implements it. A failure is thrown as an Error whose
 * message is Freenom's own text (or a transport sentence), never containing the password.
 */
export interface FreenomGateway {
  /** Can Freenom be reached, and may this account use the API? Never throws. */
  probe(): Promise<ProbeResult>;
  search(domain: string, type: DomainTypeValue): Promise<SearchResult>;
  register(order: RegisterOrder): Promise<OrderResult>;
  renew(domain: string, period: string): Promise<OrderResult>;
  listPage(page: number, perPage: number): Promise<{ total: number; domains: ListedDomain[] }>;
  getInfo(domain: string): Promise<DomainDetails>;
  modify(order: ModifyOrder): Promise<Outcome>;
  deleteDomain(domain: string): Promise<Outcome>;
  restore(domain: string): Promise<Outcome>;
  upgrade(order: UpgradeOrder): Promise<Outcome>;
  listGlue(domain: string): Promise<GlueRecord[]>;
  registerGlue(domain: string, hostname: string, ipAddress: string): Promise<Outcome>;
  deleteGlue(domain: string, hostname: string): Promise<Outcome>;
  listContacts(): Promise<Contact[]>;
  getContacts(ids: readonly string[]): Promise<Contact[]>;
  registerContact(contact: ContactOrder): Promise<{ id: string; status: string }>;
  deleteContact(id: string): Promise<{ id: string; status: string }>;
  transferPrice(domain: string, authCode: string): Promise<TransferPrice>;
  requestTransfer(order: TransferOrder): Promise<Outcome>;
  approveTransfer(domain: string): Promise<Outcome>;
  declineTransfer(domain: string, reason: string): Promise<Outcome>;
  listTransfers(): Promise<Transfer[]>;
}

/** How to reach one account; the password stays in the core. */
export interface FreenomConnection {
  email: string;
  password: string;
  baseUrl: string;
  testMode: boolean;
}

export type OpenGateway = (connection: FreenomConnection) => FreenomGateway;
