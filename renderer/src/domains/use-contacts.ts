import { useCallback, useEffect, useState } from 'react';
import type { Contact } from '../../../shared/contract/domain-schemas.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { messageOf } from './form-check.js';

/** The account's contacts, for the pickers; reloads when the core says contacts changed. */
export function useContacts(): {
  contacts: Contact[];
  error: string | null;
  reload: () => void;
} {
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    dnsTray.contacts.list().then(
      (answer) => (setContacts(answer.contacts), setError(null)),
      (e: unknown) => setError(messageOf(e)),
    );
  }, []);
  useEffect(() => {
    reload();
    return dnsTray.on('domains:changed', (event) => event.reason === 'contacts' && reload());
  }, [reload]);
  return { contacts, error, reload };
}
