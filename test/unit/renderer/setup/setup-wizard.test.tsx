import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { HostStatusView } from '../../../../renderer/src/hosts/record-status.js';
import { SetupWizard, type SetupActions } from '../../../../renderer/src/setup/setup-wizard.js';

const input = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const stepTitle = () => screen.getByRole('heading', { level: 2 }).textContent;

function renderWizard(overrides: Partial<SetupActions> = {}, status: HostStatusView | null = null) {
  const actions: SetupActions = {
    saveAccount: vi.fn(async () => ({
      outcome: 'stored' as const,
      storage: 'encrypted' as const,
      message: 'Encrypted.',
    })),
    saveHost: vi.fn(async () => undefined),
    updateNow: vi.fn(async () => undefined),
    ...overrides,
  };
  const onDone = vi.fn();
  const onSkip = vi.fn();
  const view = render(
    <SetupWizard actions={actions} statusOf={() => status} onDone={onDone} onSkip={onSkip} />,
  );
  return { actions, onDone, onSkip, view };
}

async function fillAccount(user: ReturnType<typeof userEvent.setup>) {
  await user.type(input('User name'), 'alice');
  await user.type(input('Password'), 'hunter2');
  await user.click(screen.getByRole('button', { name: 'Next' }));
}

describe('SetupWizard', () => {
  it('starts in the user name field and names each missing account field', async () => {
    renderWizard();
    expect(document.activeElement).toBe(input('User name'));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(
      screen.getByRole('textbox', {
        name: 'User name',
        description: 'Enter the freedns.io user name.',
      }),
    ).toBeTruthy();
    expect(input('Password').getAttribute('aria-invalid')).toBe('true');
    expect(stepTitle()).toBe('Step 1 of 3: Connect your freedns.io account');
  });

  it('refuses a host name that is not one label, then runs the first update', async () => {
    const { actions } = renderWizard();
    const user = userEvent.setup();
    await fillAccount(user);
    expect(stepTitle()).toBe('Step 2 of 3: Choose your first host');
    expect(document.activeElement).toBe(input('Host name'));
    await user.type(input('Host name'), 'bad_label!');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(input('Host name').getAttribute('aria-invalid')).toBe('true');
    expect(stepTitle()).toBe('Step 2 of 3: Choose your first host');

    await user.clear(input('Host name'));
    await user.type(input('Host name'), 'home');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(stepTitle()).toBe('Step 3 of 3: Run the first update');
    expect(screen.getByText(/uses one of the two updates the host gets per day/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save and run the first update' }));
    expect(actions.saveAccount).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'alice', username: 'alice' }),
      'hunter2',
      undefined,
    );
    expect(actions.saveHost).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'alice-home', accountId: 'alice', label: 'home' }),
    );
    expect(actions.updateNow).toHaveBeenCalledWith('alice-home');
  });

  it('keeps what was typed when going Back', async () => {
    renderWizard();
    const user = userEvent.setup();
    await fillAccount(user);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(input('User name').value).toBe('alice');
  });

  it('shows why the first update could not run, and stays on the step', async () => {
    const { actions } = renderWizard({
      saveAccount: vi.fn(async () => ({
        outcome: 'not-stored' as const,
        storage: 'none' as const,
        message: 'No keyring.',
      })),
    });
    const user = userEvent.setup();
    await fillAccount(user);
    await user.type(input('Host name'), 'home');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Save and run the first update' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No keyring.');
    expect(actions.saveHost).not.toHaveBeenCalled();
  });

  it('offers "Go to Hosts" once the record is in sync', async () => {
    const status: HostStatusView = {
      hostId: 'alice-home',
      records: [{ type: 'A', state: { kind: 'in-sync', value: '203.0.113.7', at: null } }],
      lastUpdate: null,
      updatesLeftToday: 1,
      dailyLimit: 2,
      pausedReason: null,
    };
    const { onDone } = renderWizard({}, status);
    const user = userEvent.setup();
    await fillAccount(user);
    await user.type(input('Host name'), 'home');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Save and run the first update' }));
    await user.click(await screen.findByRole('button', { name: 'Go to Hosts' }));
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('setup-result').textContent).toContain('in sync');
  });

  it('can be skipped at any step', async () => {
    const { onSkip } = renderWizard();
    await userEvent.click(screen.getByRole('button', { name: 'Skip setup' }));
    expect(onSkip).toHaveBeenCalledTimes(1);
  });
});
