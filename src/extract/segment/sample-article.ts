/**
 * An article written for this project (not taken from any outlet), about 5 kB, with the noise segmentation
 * meets in practice: a title and subheads without punctuation, abbreviations, quotes closing sentences,
 * curly quotes, an ellipsis, a list, a table row, blank lines and single newlines. The tests use it for
 * invariants and determinism, and `check-seeds.ts --bench` for speed.
 */
export const SAMPLE_ARTICLE = `Envoys Gather in Geneva as Ceasefire Deadline Nears
By a staff reporter

GENEVA — Delegations from Kyiv, Moscow and Washington arrived on Tuesday for a third round of talks, the host government said. Officials expect the meetings to last until Friday.

Lt. Col. Anna Reyes, who leads the U.S. liaison team, told reporters the agenda was "narrow but serious." She declined to say whether prisoner exchanges would be discussed.
“We are not here to sign anything yet,” a senior Ukrainian negotiator said. “We are here to find out whether the other side is willing to listen.”

The talks began at 9 a.m. in a lakeside villa rented by the Swiss foreign ministry. Gen. Petrov and Dr. Klein arrived separately, and Mr. Haller of the E.U. delegation joined them after lunch.

What Is on the Table

Three issues dominate the agenda, according to a briefing note seen by this newspaper:
- a ceasefire along the current line of contact, monitored by a neutral mission;
- the return of civilians held in occupied areas;
- a timetable for talks on reconstruction funds worth $65 billion.

"Will the guns fall silent by spring?" asked one diplomat. "Nobody in this building can promise that."
Moscow's envoy struck a different tone. He said: "We are ready." Then he walked past the cameras without another word.

Analysts were cautious. Such a meeting will happen soon... we will see whether it changes anything, said a researcher at a Zurich institute, who asked that her name not be used. She noted that the last round, held on Feb. 3, ended without a joint statement.

The European Union has pledged 3.5 billion euros for demining, and the U.K. has promised engineers. A spokesperson at No. 10 Downing Street said Britain would "stand with Ukraine for as long as it takes."

Numbers Behind the Talks
| Item | Figure |
| Pledged reconstruction funds | $65 billion |

Observers noted that the talks with the U.S. The next round, they said, could move to Istanbul if the Swiss venue becomes unavailable. Washington has not confirmed the date.

“Nothing is agreed until everything is agreed,” the mediator told the press on Wednesday evening. ‘We keep going,’ an aide added.

Prime Minister Sarah Quinn, speaking in Ottawa, urged both sides to keep the channel open. "If this fails, the next chance may be months away," she warned. Sen. Marcus Hale and Rep. Dana Ortiz, who visited the front line in Jan., said congressional support remained firm.

Frequently Asked Questions

Who is taking part? Delegations from Ukraine, Russia and the United States, with Swiss officials as hosts.
When will the talks end? The host government expects them to close on Friday, though extensions are common.
Where could the next round be held? Istanbul and Riyadh have both been mentioned, but no venue is confirmed.

A Long Road
The first round, in St. Gallen, produced only a list of working groups. The second produced a prisoner swap of 90 people on each side. Diplomats say this third round is the first where the map itself is discussed.

"We are talking about lines on a map, and behind every line there are people," said Maria Kovalenko, a negotiator for Kyiv. "That is why it takes time."
Her counterpart was brief: "Our position has not changed." He then left for the airport.

The talks continue on Thursday at 10 a.m. with a session on humanitarian corridors. A press conference is planned for Friday at 4 p.m. in the villa's garden, weather permitting.

Residents of frontline towns follow the talks closely. "We hear about Geneva on the radio every night," said a teacher in a village near the line, "but here the shelling has not stopped." Another resident was blunter: "Talk is cheap."

Officials from the Organization for Security and Co-operation in Europe are expected to brief the delegations on monitoring options. A previous mission, deployed in 2014, was withdrawn in 2022 after the full-scale invasion.

Back in Kyiv, parliament held a closed hearing on the talks. Deputies asked the foreign minister whether any territory would be discussed, and he replied that the constitution did not allow it. Opposition members said they wanted a public vote on any agreement before it is signed.

In Moscow, state television gave the talks two minutes on its evening bulletin. The presenter said the delegation had "clear instructions" and would not accept conditions set in advance. Independent outlets, most of them now operating from abroad, reported that the envoy had been chosen only days earlier.

Aid groups in Geneva used the occasion to press their own case. A coalition of charities delivered a letter asking the delegations to guarantee safe passage for convoys, and two of its directors waited outside the villa for most of the afternoon.

The mediator closed Tuesday's session with a short statement. "Today we listened. Tomorrow we will try to write something down," he said. Whether anything is written down by Friday remains, in the words of one delegate, "the only question that matters."
`;
