import { useState } from 'react';
import {
  ModifyRequestSchema,
  type ModifyRequest,
} from '../../../shared/contract/domain-channels.js';
import type { DomainDetails } from '../../../shared/contract/domain-schemas.js';
import { SelectField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import {
  ContactRoleSelects,
  NO_CONTACTS,
  chosenContacts,
  type ContactChoice,
} from './contact-select.js';
import { useDomainsCore } from './domains-core.js';
import { DomainForm, SubmitButton } from './domain-form.js';
import { useContacts } from './domains-queries.js';
import { checkForm, reportFailure, type FieldErrors } from './form-check.js';
import { TargetFields, targetRequest, type TargetDraft } from './target-fields.js';

type Shield = 'keep' | 'enabled' | 'disabled';
interface Changes {
  people: ContactChoice;
  shield: Shield;
  renewal: Shield;
}

/** Only what the user changed: a part left on "keep" is absent from the request. */
function modifyRequest(domain: string, target: TargetDraft, changes: Changes): ModifyRequest {
  return {
    domain,
    ...targetRequest(target),
    ...chosenContacts(changes.people),
    ...(changes.shield === 'keep' ? {} : { idShield: changes.shield === 'enabled' }),
    ...(changes.renewal === 'keep' ? {} : { autoRenew: changes.renewal === 'enabled' }),
  };
}

function targetOf(details: DomainDetails): TargetDraft {
  return {
    mode: 'keep',
    nameservers: details.nameservers.map((ns) => ns.hostname.toLowerCase()).join('\n'),
    forwardUrl: details.forwardUrl,
    forwardMode: details.forwardMode === '301_redirect' ? '301_redirect' : 'cloak',
  };
}

/** The form's state and its save: checked first, then sent, and what Freenom said. */
function useModify(details: DomainDetails, onDone: () => void) {
  const core = useDomainsCore();
  const [target, setTarget] = useState<TargetDraft>(() => targetOf(details));
  const [changes, setChanges] = useState<Changes>({
    people: NO_CONTACTS,
    shield: 'keep',
    renewal: 'keep',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const domain = details.domain.toLowerCase();

  const save = async () => {
    setFailure(null);
    setDone(null);
    const request = modifyRequest(domain, target, changes);
    const checked = checkForm(ModifyRequestSchema, request);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    try {
      const result = await core.domains.modify(request);
      setDone(`${domain}: ${result.status}`);
      onDone();
    } catch (e) {
      reportFailure(e, setErrors, setFailure);
    }
  };
  return { target, setTarget, changes, setChanges, errors, failure, done, save };
}

/** Change where a domain points, its contacts or ID Shield; untouched parts stay as they are. */
export function ModifyForm({ details, onDone }: { details: DomainDetails; onDone: () => void }) {
  const { target, setTarget, changes, setChanges, errors, failure, done, save } = useModify(
    details,
    onDone,
  );
  return (
    <section className="stack" aria-labelledby="modify-title" data-testid="modify-form">
      <h3 id="modify-title">Modify</h3>
      <DomainForm className="stack" onSubmit={save} errors={errors}>
        <TargetFields value={target} onChange={setTarget} errors={errors} allowKeep />
        <ModifyChoices details={details} value={changes} onChange={setChanges} />
        <div className="row">
          <SubmitButton busyLabel="Saving">Save changes</SubmitButton>
        </div>
      </DomainForm>
      {failure && <Notice kind="error">{failure}</Notice>}
      {done && <Notice kind="success">{done}</Notice>}
    </section>
  );
}

interface ModifyChoicesProps {
  details: DomainDetails;
  value: Changes;
  onChange: (value: Changes) => void;
}

/** New contacts, ID Shield and (paid domains) Freenom's auto-renew, each "keep" by default. */
function ModifyChoices({ details, value, onChange }: ModifyChoicesProps) {
  const { contacts } = useContacts();
  return (
    <div className="row">
      <ContactRoleSelects
        value={value.people}
        onChange={(people) => onChange({ ...value, people })}
        contacts={contacts}
        labelFor={(role) => `New ${role}`}
        noneLabelFor={() => 'Keep'}
      />
      <SelectField
        label="ID Shield"
        value={value.shield}
        onChange={(shield) => onChange({ ...value, shield })}
        options={[
          { value: 'keep', label: 'Keep' },
          { value: 'enabled', label: 'Enable' },
          { value: 'disabled', label: 'Disable' },
        ]}
      />
      {details.type === 'PAID' && (
        <SelectField
          label="Freenom auto-renew"
          value={value.renewal}
          onChange={(renewal) => onChange({ ...value, renewal })}
          options={[
            { value: 'keep', label: details.autoRenew ? 'Keep (on)' : 'Keep (off)' },
            { value: 'enabled', label: 'Turn on' },
            { value: 'disabled', label: 'Turn off' },
          ]}
        />
      )}
    </div>
  );
}
