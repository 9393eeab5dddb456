import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { toFamilyCheckViews } from '../../../../renderer/src/app/status-mappers.js';
import { SourceDoctor } from '../../../../renderer/src/settings/source-doctor.js';
import { SourceCheckSchema } from '../../../../shared/engine/core-status.js';

/** What the core answers on a machine whose IPv4 default route is a WireGuard tunnel. */
const check = SourceCheckSchema.parse({
  families: [
    { family: 'ipv4', state: 'unknown', address: null, detail: 'VPN active (wg0)', answers: [] },
    { family: 'ipv6', state: 'absent', address: null, detail: 'no address', answers: [] },
  ],
  routes: [
    {
      family: 'ipv4',
      interfaceName: 'wg0',
      gateway: null,
      tunnel: 'wireguard',
      bindings: [
        { source: 'ipify', boundTo: 'eth0 (192.168.1.20)' },
        { source: 'Echo sources for wan2 (A)', boundTo: 'eth1 (192.0.2.2)' },
      ],
    },
    { family: 'ipv6', interfaceName: null, gateway: null, tunnel: null, bindings: [] },
  ],
});

describe('SourceDoctor route picture', () => {
  it('shows each family default route, the tunnel and where each source asks from', async () => {
    render(<SourceDoctor onCheck={vi.fn(async () => toFamilyCheckViews(check))} />);
    expect(screen.queryByRole('table', { name: 'Default routes' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Check sources' }));

    const routes = await screen.findByRole('table', { name: 'Default routes' });
    const ipv4 = within(routes).getByRole('row', { name: /IPv4/ });
    expect(
      within(ipv4)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['wg0', 'tunnel: WireGuard']);
    const ipv6 = within(routes).getByRole('row', { name: /IPv6/ });
    expect(
      within(ipv6)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['no route to the internet', 'no']);

    const bindings = screen.getByRole('table', { name: 'Where the sources ask from' });
    const rows = within(bindings).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'ipifyIPv4eth0 (192.168.1.20)',
      'Echo sources for wan2 (A)IPv4eth1 (192.0.2.2)',
    ]);
  });

  it('shows no route tables when the core sent no route picture', async () => {
    const { routes: _, ...withoutRoutes } = check;
    render(<SourceDoctor onCheck={vi.fn(async () => toFamilyCheckViews(withoutRoutes))} />);
    await userEvent.click(screen.getByRole('button', { name: 'Check sources' }));
    expect(await screen.findByTestId('doctor-verdict-ipv4')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Default routes' })).toBeNull();
  });
});
