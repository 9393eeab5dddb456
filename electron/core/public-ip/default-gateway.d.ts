// default-gateway 7 ships no type declarations; only what router-discovery.ts uses.
declare module 'default-gateway' {
  export interface DefaultGateway {
    gateway: string;
    version: 4 | 6;
    int: string | null;
  }
  export function gateway4async(): Promise<DefaultGateway>;
  export function gateway6async(): Promise<DefaultGateway>;
}
