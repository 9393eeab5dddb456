import { familyLabel } from '../../../shared/engine/family-label.js';
import type { RouteCheck } from '../../../shared/engine/route-check.js';
import { TableHead } from '../ui/table-head.js';

const TUNNEL_NAMES: Record<string, string> = {
  wireguard: 'WireGuard',
  tun: 'tun (OpenVPN)',
  tap: 'tap (OpenVPN)',
  utun: 'utun',
  ipsec: 'IPsec',
  ppp: 'PPP',
};

/** The doctor's route picture: each family's default route, and where each source asks from. */
export function DoctorRoutes({ routes }: { routes: readonly RouteCheck[] }) {
  if (routes.length === 0) return null;
  return (
    <div className="stack">
      <DefaultRoutesTable routes={routes} />
      <BindingsTable routes={routes} />
    </div>
  );
}

/** One row a family: the interface its default route leaves by, and whether that is a tunnel. */
function DefaultRoutesTable({ routes }: { routes: readonly RouteCheck[] }) {
  return (
    <table className="data" data-testid="doctor-routes">
      <caption>Default routes</caption>
      <TableHead headers={['Family', 'Interface', 'Tunnel']} />
      <tbody>
        {routes.map((route) => (
          <tr key={route.family} data-testid="doctor-route-row">
            <th scope="row">{familyLabel(route.family)}</th>
            <td>
              <RouteInterface route={route} />
            </td>
            <td>
              <RouteTunnel route={route} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The interface name, or why there is none: no route, or a routing table that could not be read. */
function RouteInterface({ route }: { route: RouteCheck }) {
  if (route.interfaceName !== null) return <>{route.interfaceName}</>;
  if (route.unreadable) return <em>unknown: the routing table could not be read</em>;
  return <em>no route to the internet</em>;
}

function RouteTunnel({ route }: { route: RouteCheck }) {
  if (!route.tunnel) return <>no</>;
  return (
    <span className="badge badge-warn">tunnel: {TUNNEL_NAMES[route.tunnel] ?? route.tunnel}</span>
  );
}

/** One row a source and family: the address or interface that source's requests are bound to. */
function BindingsTable({ routes }: { routes: readonly RouteCheck[] }) {
  return (
    <table className="data" data-testid="doctor-bindings">
      <caption>Where the sources ask from</caption>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Family</th>
          <th scope="col">Asks from</th>
        </tr>
      </thead>
      <tbody>
        {routes.flatMap((route) =>
          route.bindings.map((binding) => (
            <tr key={`${route.family}:${binding.source}`} data-testid="doctor-binding-row">
              <td>{binding.source}</td>
              <td>{familyLabel(route.family)}</td>
              <td className="wrap">{binding.boundTo}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
