import { useState } from 'react';
import { getJson, revoke } from '../api';
import type { Decision } from '../api';
import { Loading } from '../components/common';
import { useWrite, WriteError } from '../components/decision-controls';
import { useApi } from '../use-api';

/** Revoke: the decision stops applying (it stays stored, with the time it was revoked). */
export function RevokeButton({ decision }: { decision: Decision }) {
  const { busy, error, run } = useWrite();
  return (
    <span>
      <button
        type="button"
        className="small"
        disabled={busy}
        aria-label={`Revoke ${decision.kind} ${describeTarget(decision)}`}
        onClick={() => void run(() => revoke(decision.id))}
      >
        Revoke
      </button>
      <WriteError error={error} />
    </span>
  );
}

/** A decision's target in words: actor pairs by the names the decision recorded, else the key itself. */
export function describeTarget(decision: Decision): string {
  const value = (decision.value ?? {}) as { names?: Record<string, string>; name?: string; alias?: string };
  if (decision.target.startsWith('actors:')) {
    const ids = decision.target.slice('actors:'.length).split('+');
    return ids.map((id) => value.names?.[id] ?? id).join(' + ');
  }
  if (decision.target.startsWith('actor:') && value.name) return value.name;
  return decision.target;
}

/** A decision's value in words: what a merge keeps, what a split takes off, the date, position, speaker. */
function describeValue(decision: Decision): string {
  const value = decision.value as Record<string, unknown> | null;
  if (value === null || value === undefined) return '';
  switch (decision.kind) {
    case 'merge-actors': {
      const names = (value.names ?? {}) as Record<string, string>;
      const keep = String(value.keep);
      return `keep ${names[keep] ?? keep}`;
    }
    case 'split-actor':
      return [
        value.alias ? `alias "${String(value.alias)}"` : '',
        value.docs ? `docs ${String(value.docs)}` : '',
      ]
        .filter(Boolean)
        .join(', ');
    case 'set-date':
      return String(value.date);
    case 'set-stance':
      return String(value.position);
    case 'set-speaker':
      return String(value.name ?? value.speaker);
    default:
      return JSON.stringify(value);
  }
}

/** Decisions: every analyst decision in the order made, each with Revoke; revoked ones on demand. */
export function DecisionsPage() {
  const [all, setAll] = useState(false);
  const loaded = useApi(
    () => getJson<{ decisions: Decision[] }>('decisions', { all: all ? 'true' : undefined }),
    `decisions:${all}`,
  );
  return (
    <>
      <p>
        Corrections made by analysts. They apply on every read, so re-ingest and rebuilds keep them; revoking
        one brings back what inference found.
      </p>
      <label className="check">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> Show revoked
        decisions too
      </label>
      <Loading loaded={loaded}>
        {({ decisions }) =>
          decisions.length === 0 ? (
            <p className="muted">No decisions yet.</p>
          ) : (
            <table className="decisions">
              <thead>
                <tr>
                  <th scope="col">Made</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Target</th>
                  <th scope="col">Value</th>
                  <th scope="col">Author</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {decisions.map((decision) => (
                  <tr key={decision.id} data-decision={decision.id} data-target={decision.target}>
                    <td className="nowrap">{decision.createdAt.replace('T', ' ').slice(0, 16)}</td>
                    <td>
                      <span className="tag">{decision.kind}</span>
                    </td>
                    <td className="target">{describeTarget(decision)}</td>
                    <td>{describeValue(decision)}</td>
                    <td>{decision.author}</td>
                    <td>{decision.reason ?? <span className="muted">none given</span>}</td>
                    <td>
                      {decision.revokedAt ? (
                        <span className="muted">revoked {decision.revokedAt.slice(0, 10)}</span>
                      ) : (
                        <RevokeButton decision={decision} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loading>
    </>
  );
}
