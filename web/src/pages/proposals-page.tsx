import { useId, useState } from 'react';
import { decide, getJson } from '../api';
import type { Proposal } from '../api-types';
import { citationHref, CiteChip, Loading } from '../components/common';
import { ReasonInput, useWrite, WriteError } from '../components/decision-controls';
import { href, Link } from '../router';
import { useApi } from '../use-api';

const SIGNALS: Record<string, string> = {
  'same-name': 'same name',
  'same-surname': 'same surname, given names differ',
  'shared-alias': 'an alias in common',
  'similar-name': 'names one letter apart',
  'shared-role': 'the same role',
};

/** One proposal: the pair, why they look alike, the evidence, and Accept (merge) or Reject (keep apart). */
function ProposalItem({ proposal }: { proposal: Proposal }) {
  const [keep, setKeep] = useState(proposal.actors[0]);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useWrite();
  const group = useId();
  const [a, b] = proposal.names;
  const names = Object.fromEntries(proposal.actors.map((id, i) => [id, proposal.names[i] ?? id]));
  return (
    <li className="proposal" data-target={proposal.target}>
      <h2>
        {a} <span className="muted">and</span> {b}
      </h2>
      <p>
        <span className="tag">{proposal.kind}</span>{' '}
        {proposal.signals.map((signal) => (
          <span key={signal} className="tag tag-signal">
            {SIGNALS[signal] ?? signal}
          </span>
        ))}{' '}
        <span className="muted">score {proposal.score}</span>
      </p>
      <dl className="evidence-list">
        <dt>Shared aliases</dt>
        <dd>
          {proposal.sharedAliases.length ? (
            proposal.sharedAliases.join(', ')
          ) : (
            <span className="muted">none</span>
          )}
        </dd>
        <dt>Shared roles</dt>
        <dd>
          {proposal.sharedRoles.length ? (
            proposal.sharedRoles.join('; ')
          ) : (
            <span className="muted">none</span>
          )}
        </dd>
        <dt>Articles mentioning both</dt>
        <dd>
          {proposal.coMentions.length ? (
            <span className="chips">
              {proposal.coMentions.map((doc) => (
                <Link key={doc} className="chip" to={citationHref(doc)}>
                  {doc.replace(/^doc_/, '')}
                </Link>
              ))}
            </span>
          ) : (
            <span className="muted">none</span>
          )}
        </dd>
        <dt>In context</dt>
        <dd>
          <ul className="context">
            {proposal.context.map((sentence) => (
              <li key={sentence.actor}>
                <Link to={href('/actors', { id: sentence.actor })}>
                  {names[sentence.actor] ?? sentence.actor}
                </Link>
                : <q>{sentence.text}</q>{' '}
                <CiteChip cite={{ doc: sentence.doc, span: sentence.span, text: sentence.text }} />
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <div className="decide-row">
        <fieldset>
          <legend>Keep the name</legend>
          {proposal.actors.map((id) => (
            <label key={id} className="check">
              <input type="radio" name={group} checked={keep === id} onChange={() => setKeep(id)} />{' '}
              {names[id]}
            </label>
          ))}
        </fieldset>
        <ReasonInput value={reason} onChange={setReason} />
        <button
          type="button"
          disabled={busy}
          aria-label={`Accept: merge ${a} and ${b}`}
          onClick={() =>
            void run(() =>
              decide({ kind: 'merge-actors', target: proposal.target, value: { keep, names }, reason }),
            )
          }
        >
          Accept
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          aria-label={`Reject: keep ${a} and ${b} apart`}
          onClick={() => void run(() => decide({ kind: 'reject', target: proposal.target, reason }))}
        >
          Reject
        </button>
        <WriteError error={error} />
      </div>
    </li>
  );
}

/** Proposals: actor pairs resolution kept apart that look alike; the analyst accepts or rejects each. */
export function ProposalsPage() {
  const loaded = useApi(() => getJson<{ proposals: Proposal[] }>('proposals'), 'proposals');
  return (
    <>
      <p>
        Actors that look alike but were not merged, because resolution merges only on exact rules. Accept
        merges them; Reject keeps them apart and they are not proposed again.
      </p>
      <Loading loaded={loaded}>
        {({ proposals }) =>
          proposals.length === 0 ? (
            <p className="muted" role="status">
              No proposals: the queue is empty.
            </p>
          ) : (
            <>
              <p role="status">{proposals.length} proposal(s), best first.</p>
              <ol className="proposals">
                {proposals.map((proposal) => (
                  <ProposalItem key={proposal.target} proposal={proposal} />
                ))}
              </ol>
            </>
          )
        }
      </Loading>
    </>
  );
}
