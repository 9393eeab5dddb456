import type {
  InterfaceReader,
  LocalAddress,
} from '../../electron/core/public-ip/interface-source.js';

/** The machine's interfaces as a test sets them. */
export class FakeInterfaceReader implements InterfaceReader {
  addresses: LocalAddress[] = [];
  reads = 0;

  async list(): Promise<LocalAddress[]> {
    this.reads += 1;
    return this.addresses.map((entry) => ({ ...entry }));
  }
}
