import { useState } from 'react';
import {
  ModifyRequestSchema,
  type ModifyRequest,
} from '../../../shared/contract/domain-channels.js';
import type { DomainDetails } from '../../../shared/contract/domain-schemas.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { ActionButton } from '../ui/action-button.js';
import { SelectField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import {
  ContactRoleSelects,
  NO_CONTACTS,
  chosenContacts,
  type ContactChoice,
} from './contact-select.js';
import { checkForm, fieldErrorOf, messageOf, type FieldErrors } from './form-check.js';
import { TargetFields, targetRequest, type TargetDraft } from './target-fields.js';
import { useContacts } from './use-contacts.js';

type Shield = 'keep' | 'enabled' | 'disabled';

/** Change where a domain points, its contacts or ID Shield; untouched parts stay as they are. */
export function ModifyForm({ details, onDone }: { details: DomainDetails; onDone: () => void }) {
  const [target, setTarget] = useState<TargetDraft>({
    mode: 'keep',
    nameservers: details.nameservers.map((ns) => ns.hostname.toLowerCase()).join('\n'),
    forwardUrl: details.forwardUrl,
    forwardMode: details.forwardMode === '301_redirect' ? '301_redirect' : 'cloak',
  });
  const [people, setPeople] = useState<ContactChoice>(NO_CONTACTS);
  const [shield, setShield] = useState<Shield>('keep');
  const [renewal, setRenewal] = useState<Shield>('keep');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { contacts } = useContacts();
  const domain = details.domain.toLowerCase();

  const save = async () => {
    setFailure(null);
    setDone(null);
    const request: ModifyRequest = {
      domain,
      ...targetRequest(target),
      ...chosenContacts(people),
      ...(shield === 'keep' ? {} : { idShield: shield === 'enabled' }),
      ...(renewal === 'keep' ? {} : { autoRenew: renewal === 'enabled' }),
    };
    const checked = checkForm(ModifyRequestSchema, request);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    try {
      const result = await dnsTray.domains.modify(request);
      setDone(`${domain}: ${result.status}`);
      onDone();
    } catch (e) {
      const field = fieldErrorOf(e);
      if (field) setErrors(field);
      else setFailure(messageOf(e));
    }
  };

  return (
    <section className="stack" aria-labelledby="modify-title" data-testid="modify-form">
      <h3 id="modify-title">Modify</h3>
      <TargetFields value={target} onChange={setTarget} errors={errors} allowKeep />
      <div className="row">
        <ContactRoleSelects
          value={people}
          onChange={setPeople}
          contacts={contacts}
          labelFor={(role) => `New ${role}`}
          noneLabelFor={() => 'Keep'}
        />
        <SelectField
          label="ID Shield"
          value={shield}
          onChange={setShield}
          options={[
            { value: 'keep', label: 'Keep' },
            { value: 'enabled', label: 'Enable' },
            { value: 'disabled', label: 'Disable' },
          ]}
        />
        {details.type === 'PAID' && (
          <SelectField
            label="Freenom auto-renew"
            value={renewal}
            onChange={setRenewal}
            options={[
              { value: 'keep', label: details.autoRenew ? 'Keep (on)' : 'Keep (off)' },
              { value: 'enabled', label: 'Turn on' },
              { value: 'disabled', label: 'Turn off' },
            ]}
          />
        )}
      </div>
      <div className="row">
        <ActionButton variant="primary" onAction={save} busyLabel="Saving">
          Save changes
        </ActionButton>
      </div>
      {failure && <Notice kind="error">{failure}</Notice>}
      {done && <Notice kind="success">{done}</Notice>}
    </section>
  );
}
