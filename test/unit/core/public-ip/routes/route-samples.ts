/** Outputs recorded from real machines (addresses changed to documentation ones). */

// Linux, OpenVPN with redirect-gateway def1: 0/1 and 128/1 through tun0 beside eth0's default.
export const LINUX_OPENVPN_ROUTE = `Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0
tun0\t00000000\t0100080A\t0003\t0\t0\t0\t00000080\t0\t0\t0
tun0\t00000080\t0100080A\t0003\t0\t0\t0\t00000080\t0\t0\t0
tun0\t0000080A\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0
eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0
`;
export const LINUX_PLAIN_ROUTE = `Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0
eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0
`;
export const LINUX_IPV6_ROUTE = `20010db8000100000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0
fe800000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0
00000000000000000000000000000000 00 00000000000000000000000000000000 00 fe800000000000000000000000000001 00000400 00000001 00000000 00000003     eth0
00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo
`;
// wg-quick: the main table keeps eth0; a policy rule sends everything to table 51820 (wg0).
export const LINUX_WG_ROUTE_GET_V4 = `[{"dst":"1.1.1.1","dev":"wg0","table":"51820","prefsrc":"10.64.0.2","flags":[],"uid":0,"cache":[]}]\n`;
export const LINUX_ETH_ROUTE_GET_V6 = `[{"dst":"2606:4700:4700::1111","gateway":"fe80::1","dev":"eth0","protocol":"ra","prefsrc":"2001:db8:1::20","metric":1024,"flags":[],"pref":"medium"}]\n`;
export const LINUX_SYSFS: Record<string, string> = {
  '/sys/class/net/eth0/type': '1\n',
  '/sys/class/net/eth0/uevent': 'INTERFACE=eth0\nIFINDEX=2\n',
  '/sys/class/net/wg0/type': '65534\n',
  '/sys/class/net/wg0/uevent': 'DEVTYPE=wireguard\nINTERFACE=wg0\nIFINDEX=5\n',
  '/sys/class/net/tun0/type': '65534\n',
  '/sys/class/net/tun0/uevent': 'INTERFACE=tun0\nIFINDEX=4\n',
  '/sys/class/net/tun0/tun_flags': '0x1001\n',
};

export const DARWIN_WIREGUARD_INET = `Routing tables

Internet:
Destination        Gateway            Flags               Netif Expire
0/1                utun4              USc                 utun4
default            192.168.1.1        UGScg                 en0
default            link#22            UCSIg               utun4
10.64.0.2          10.64.0.2          UH                  utun4
127                127.0.0.1          UCS                   lo0
127.0.0.1          127.0.0.1          UH                    lo0
128.0/1            utun4              USc                 utun4
169.254            link#6             UCS                   en0      !
192.168.1          link#6             UCS                   en0      !
192.168.1.1/32     link#6             UCS                   en0      !
192.168.1.1        a4:2b:b0:c1:12:34  UHLWIir               en0   1172
224.0.0/4          link#6             UmCS                  en0      !
`;
export const DARWIN_PLAIN_INET6 = `Routing tables

Internet6:
Destination                             Gateway                                 Flags               Netif Expire
default                                 fe80::1%en0                             UGcg                  en0
default                                 fe80::%utun0                            UGcIg               utun0
default                                 fe80::%utun1                            UGcIg               utun1
::1                                     ::1                                     UHL                   lo0
2001:db8:1::/64                         link#6                                  UC                    en0
fe80::%lo0/64                           fe80::1%lo0                             UcI                   lo0
`;

export const WINDOWS_NET_ROUTE = JSON.stringify([
  {
    DestinationPrefix: '0.0.0.0/0',
    NextHop: '192.168.1.1',
    InterfaceAlias: 'Ethernet',
    RouteMetric: 0,
    InterfaceMetric: 25,
  },
  {
    DestinationPrefix: '0.0.0.0/0',
    NextHop: '0.0.0.0',
    InterfaceAlias: 'Office',
    RouteMetric: 0,
    InterfaceMetric: 5,
  },
  {
    DestinationPrefix: '192.168.1.0/24',
    NextHop: '0.0.0.0',
    InterfaceAlias: 'Ethernet',
    RouteMetric: 256,
    InterfaceMetric: 25,
  },
  {
    DestinationPrefix: '::/0',
    NextHop: 'fe80::1',
    InterfaceAlias: 'Ethernet',
    RouteMetric: 0,
    InterfaceMetric: 25,
  },
]);
export const WINDOWS_NET_ADAPTER = JSON.stringify([
  { Name: 'Ethernet', InterfaceDescription: 'Intel(R) Ethernet Connection (7) I219-V' },
  { Name: 'Office', InterfaceDescription: 'WireGuard Tunnel' },
]);
// One route only: ConvertTo-Json prints an object, not an array, and PowerShell may add a BOM.
export const WINDOWS_SINGLE_ROUTE =
  '\uFEFF{"DestinationPrefix":"0.0.0.0/0","NextHop":"10.0.0.1","InterfaceAlias":"Local Area Connection 2","RouteMetric":0,"InterfaceMetric":1}';
export const WINDOWS_TAP_ADAPTER =
  '{"Name":"Local Area Connection 2","InterfaceDescription":"TAP-Windows Adapter V9"}';

// Linux with the cable out: only the link route of a stale address, no default.
export const LINUX_NO_DEFAULT_ROUTE = `Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0
`;
// macOS with Wi-Fi off: loopback and link-local only.
export const DARWIN_NO_DEFAULT_INET = `Routing tables

Internet:
Destination        Gateway            Flags               Netif Expire
127                127.0.0.1          UCS                   lo0
127.0.0.1          127.0.0.1          UH                    lo0
`;
// Windows with every adapter down: loopback routes only.
export const WINDOWS_LOOPBACK_ONLY = `[{"DestinationPrefix":"127.0.0.0/8","NextHop":"0.0.0.0","InterfaceAlias":"Loopback Pseudo-Interface 1","RouteMetric":256,"InterfaceMetric":75},{"DestinationPrefix":"::1/128","NextHop":"::","InterfaceAlias":"Loopback Pseudo-Interface 1","RouteMetric":256,"InterfaceMetric":75}]`;
