import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { decide, onTokenNeeded } from '../api';
import type { TokenRequest } from '../api';

/** A write's state for one control: the error it answered stays next to that control. */
export function useWrite(): {
  busy: boolean;
  error: string | null;
  run: (write: () => Promise<unknown>) => Promise<boolean>;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (write: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await write();
      return true;
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/** The message a write failed with, announced, beside the control that made it. */
export function WriteError({ error }: { error: string | null }) {
  return error ? (
    <span className="error write-error" role="alert">
      {error}
    </span>
  ) : null;
}

/** The analyst's marks on a fact: confirmed, and how many decisions touched it. */
export function DecisionMarks({ confirmed, decisions }: { confirmed?: boolean; decisions?: string[] }) {
  return (
    <>
      {confirmed ? <span className="tag tag-confirmed">confirmed</span> : null}
      {decisions && decisions.length > 0 && !confirmed ? (
        <span className="tag tag-decided" title={decisions.join(', ')}>
          corrected
        </span>
      ) : null}
    </>
  );
}

/**
 * Confirm and Reject for one fact (`event:…`, `stance:…`, `quote:…`). `what` names the fact for screen
 * readers ("Reject event: talks in Istanbul"). A confirmed fact offers Reject only, and so on back.
 */
export function FactButtons({
  target,
  what,
  confirmed,
}: {
  target: string;
  what: string;
  confirmed?: boolean;
}) {
  const { busy, error, run } = useWrite();
  return (
    <span className="fact-buttons">
      {confirmed ? null : (
        <button
          type="button"
          className="small"
          disabled={busy}
          aria-label={`Confirm ${what}`}
          onClick={() => void run(() => decide({ kind: 'confirm', target }))}
        >
          Confirm
        </button>
      )}
      <button
        type="button"
        className="small danger"
        disabled={busy}
        aria-label={`Reject ${what}`}
        onClick={() => void run(() => decide({ kind: 'reject', target }))}
      >
        Reject
      </button>
      <WriteError error={error} />
    </span>
  );
}

/** "Fix date" on an event: a date input and Save, which records a `set-date` decision. */
export function FixDate({
  eventId,
  current,
  what,
}: {
  eventId: string;
  current: string | null;
  what: string;
}) {
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(current && /^\d{4}-\d{2}-\d{2}$/.test(current) ? current : '');
  const { busy, error, run } = useWrite();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);
  if (!open)
    return (
      <button
        type="button"
        className="small"
        aria-label={`Fix date of ${what}`}
        onClick={() => setOpen(true)}
      >
        Fix date
      </button>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => decide({ kind: 'set-date', target: `event:${eventId}`, value: { date } })))
      setOpen(false);
  };
  return (
    <form className="fix-date" onSubmit={(e) => void submit(e)} aria-label={`Fix date of ${what}`}>
      <label htmlFor={id}>New date</label>{' '}
      <input
        id={id}
        ref={input}
        type="date"
        required
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />{' '}
      <button type="submit" className="small" disabled={busy || date === ''}>
        Save date
      </button>{' '}
      <button type="button" className="small" onClick={() => setOpen(false)}>
        Cancel
      </button>
      <WriteError error={error} />
    </form>
  );
}

/**
 * The write-token form: shown when a write answers 401, it asks once, and the write is retried with the
 * token (kept in sessionStorage for this tab). Cancel gives up the waiting writes.
 */
export function TokenForm() {
  const [request, setRequest] = useState<TokenRequest | null>(null);
  const [token, setToken] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => onTokenNeeded((r) => setRequest(r)), []);
  useEffect(() => {
    if (request) input.current?.focus();
  }, [request]);
  if (!request) return null;
  const close = (answer: string | null) => {
    request.resolve(answer);
    setRequest(null);
    setToken('');
  };
  return (
    <div className="token-backdrop">
      <form
        className="token-form"
        role="dialog"
        aria-modal="true"
        aria-labelledby="token-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (token.trim()) close(token.trim());
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close(null);
        }}
      >
        <h2 id="token-title">Write token</h2>
        <p>This server needs its write token to record a decision. It is kept for this tab only.</p>
        <label>
          Token{' '}
          <input
            ref={input}
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>{' '}
        <button type="submit">Use token</button>{' '}
        <button type="button" onClick={() => close(null)}>
          Cancel
        </button>
      </form>
    </div>
  );
}

/** A reason field shared by the merge and proposal forms. */
export function ReasonInput({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}): ReactNode {
  return (
    <label>
      Reason (optional){' '}
      <input type="text" value={value} onChange={(e) => onChange(e.target.value)} placeholder="why" />
    </label>
  );
}
