import type { EchoSource } from './engine-settings.js';

/**
 * Echo services run by three independent operators, in the three formats, per family. One
 * operator going down or lying cannot decide the address alone: two must agree by default.
 * In shared/ because the settings check agreement against them and Settings lists them.
 */
export const DEFAULT_ECHO_SOURCES: readonly EchoSource[] = [
  {
    id: 'cloudflare-4',
    name: 'Cloudflare trace',
    family: 'ipv4',
    url: 'https://1.1.1.1/cdn-cgi/trace',
    format: 'trace',
    jsonField: 'ip',
    enabled: true,
  },
  {
    id: 'ipify-4',
    name: 'ipify',
    family: 'ipv4',
    url: 'https://api.ipify.org/?format=json',
    format: 'json',
    jsonField: 'ip',
    enabled: true,
  },
  {
    id: 'identme-4',
    name: 'ident.me',
    family: 'ipv4',
    url: 'https://v4.ident.me/',
    format: 'plain',
    jsonField: 'ip',
    enabled: true,
  },
  {
    id: 'cloudflare-6',
    name: 'Cloudflare trace',
    family: 'ipv6',
    url: 'https://[2606:4700:4700::1111]/cdn-cgi/trace',
    format: 'trace',
    jsonField: 'ip',
    enabled: true,
  },
  {
    id: 'ipify-6',
    name: 'ipify',
    family: 'ipv6',
    url: 'https://api6.ipify.org/?format=json',
    format: 'json',
    jsonField: 'ip',
    enabled: true,
  },
  {
    id: 'identme-6',
    name: 'ident.me',
    family: 'ipv6',
    url: 'https://v6.ident.me/',
    format: 'plain',
    jsonField: 'ip',
    enabled: true,
  },
];
