// Package preservation implements the expedited preservation of stored
// computer data article and the 24/7 network article of the Convention, as
// in [convention.TextVersion].
//
// A 24/7 point of contact receiving a request at three in the morning calls,
// in this order:
//
//   - [Request.Validate]: is the request complete (para. 2)?
//   - [Assess]: must the data be preserved, may the request be refused, or
//     which judgement is still needed? [Decision.Summary] says what to do,
//     and until when.
//   - [Obligation], once preservation is effected and on any later day: must
//     the data still be preserved, and until when? [Status.Summary] says so
//     in one line.
//   - [Review], before answering: is the proposed refusal, or the proposed
//     period, lawful?
//
// Every decision is a plain value, built without allocating;
// Summary, String, Explain and MarshalJSON render it on demand. Judgements
// the text leaves to a State ("considers", "believes", "reasons to
// believe") are [convention.Judgement] inputs in [Facts]; a decision that
// turns on one still unassessed is [convention.Undetermined] and says what
// each answer would change. The requested State's standing position (its
// dual criminality requirement, its para. 4 reservation, its 24/7 contact)
// is its [Profile].
//
// # Articles
//
// Preservation art. (expedited preservation of stored computer data):
//
//   - Para. 1 (a State Party may request preservation of data located in
//     the other's territory, intending an MLA request): [Request],
//     [Facts].InTerritory in [Assess]; [Request.Link] connects the MLA
//     request that follows (MLA art., para. 3(d)).
//   - Para. 2(a)-(f) (contents of the request): [Request.Validate], [Rules].
//   - Para. 3 (preserve expeditiously; dual criminality not required):
//     [Assess] ([DutyPreserve]; [GroundNoDualCriminality] always barred;
//     [Decision].Dual is [convention.EvaluateDualCriminality] waived by
//     para. 3), [Review] ([ViolationDualCriminality]).
//   - Para. 4 (reservation): [Profile], [Profile.ReservationOpen], [Assess]
//     and [Review] ([GroundReservation], [ViolationReservation]).
//   - Para. 5(a)-(b) (the only other grounds): [Assess], [Review]
//     ([GroundPoliticalOffence], [GroundEssentialInterests]; any other
//     ground is [GroundOther], [ViolationUnlistedGround]).
//   - Para. 6 (inform; the requesting State determines): [Assess]
//     ([DutyInform], [FactProceed]), [Review] ([ViolationNotInformed]).
//   - Para. 7 (not less than ninety days; then pending a decision):
//     [MinimumEnd], [Obligation], [Events.Validate], [Review]
//     ([ViolationPeriodTooShort]).
//
// 24/7 network art.:
//
//   - Para. 1 (a contact available around the clock; scope): [CheckContact],
//     [ContactAssistance].
//   - Para. 2(a)-(b) (facilitate, or where permitted carry out, preservation
//     and information): [ContactAssistance], [CheckContact], [Capacity].
//   - Paras. 3-5 (expedited communication; coordination with the MLA or
//     extradition authority; trained and equipped personnel):
//     [CheckContact].
//
// # Reading para. 7
//
// "A period not less than ninety days" is counted from the day after
// preservation is effected, as the depositary counts "the ninetieth day
// after" an event: the ninety days run through [MinimumEnd](started) =
// started + 90 days, inclusive. Only this reading guarantees ninety full
// days when the day of effect is known only as a date; a State that counts
// the day of effect as day 1 would release a day too early.
//
// "Following receipt of such a request, the data shall continue to be
// preserved pending a decision on that request" sets no time limit. A
// request received after the ninety days ended, while the data is still
// actually preserved, revives the obligation until the decision; a request
// received on or after the day of release finds nothing to continue. The
// decision frees the data from its day. Dates carry no time of day: a
// request received on the day of release counts as received after it, and
// a decision and a release on the same day as decision first.
//
// # Other readings
//
//   - Para. 2(d) asks for "any available information" on the custodian or
//     location. Validate requires Custodian or Location, or an express
//     NoneAvailable, so that silence is never read as "none available".
//   - Para. 4: the reservation is open only where the requested State
//     requires dual criminality for MLA search, seizure or disclosure and has
//     declared it, and only for an offence not established under the
//     Convention; it is available only where the State has reason to
//     believe dual criminality cannot be fulfilled at disclosure. Where it
//     is open, [Decision].Dual records today's dual criminality as
//     background; it never decides.
//   - Para. 5: [Review] reviews each ground invoked. A refusal citing a
//     ground the text excludes is unlawful as proposed, even if another
//     ground would sustain it.
//   - Para. 6: until the requesting State determines whether to proceed,
//     the decision is Undetermined with [FactProceed] needed; Yes gives
//     Obliged, No gives NoObligation.
//   - 24/7 network art., para. 1: "serious criminal offence" is read with
//     UNTOC art. 2(b) ([convention.Penalty.Serious]).
//
// # Left to domestic law
//
//   - Para. 3: the "appropriate measures" and how preservation is ordered
//     or obtained are domestic law; the package says that the duty arises.
//   - Para. 7: what happens to the data after the decision on the MLA
//     request is for the MLA article and domestic law.
//   - 24/7 network art., para. 2: whether domestic law and practice permit
//     the contact to act directly is the State's own statement
//     ([CapacityCarryOut]).
//   - 24/7 network art., para. 6 is a saving clause with nothing to decide.
//
// # References
//
//   - The seed text: United States proposals for the international
//     cooperation chapter (Ad Hoc Committee, third session), articles
//     "Expedited preservation of stored computer data", "24/7 network",
//     "Mutual legal assistance" (paras. 1, 3(d), 4, 9-10) and "General
//     provisions on international cooperation" (para. 2).
//   - Council of Europe Convention on Cybercrime (ETS No. 185), arts. 29
//     and 35, which the two articles follow (with ninety days for sixty in
//     art. 29(7)), and its Explanatory Report.
//   - United Nations Convention against Transnational Organized Crime, art.
//     2(b) (serious crime).
//   - European Convention on the Calculation of Time-Limits (ETS No. 76),
//     art. 3.
package preservation
