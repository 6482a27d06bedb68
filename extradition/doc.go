// Package extradition implements the extradition article of the Convention,
// as in [convention.TextVersion], with the two paragraphs of the general
// provisions on international cooperation that bear on it (Cooperation
// art., paras. 2-3).
//
// It serves the case systems of central authorities and prosecutors that
// check an incoming or outgoing request for extradition. A [Request]
// carries the two States, the person sought (where the person is, whether a
// national of the requested State), the offences with both States'
// characterisation of their conduct, the purpose (prosecution or the
// enforcement of a sentence) and what the requesting State asks for beyond
// surrender. A [Profile] holds the requested State's position on the legal
// basis of extradition; [Facts] hold its judgements in the case. The
// decisions compute their consequences:
//
//   - [DecideScope]: does the article apply, offence by offence, and may the
//     requested State extend it to other serious crimes (paras. 1-2)?
//   - [DecideBasis]: on what legal basis (paras. 3-6)?
//   - [Assess]: the whole article: the grounds of refusal available and
//     barred, the courses left to the requested State, the duties
//     triggered, and whether it is obliged to extradite.
//   - [DecideProvisional]: may it take the person into custody (para. 9)?
//   - [Review]: is a proposed response (extradite, extradite conditionally,
//     refuse, refuse and submit for prosecution) lawful, and if not, which
//     paragraph does it break?
//
// Judgements stay with the State. What the text leaves to the requested
// State ("substantial grounds for believing", "upon being satisfied",
// "where appropriate", "may apply", "may consider") is an input, a
// [convention.Judgement]; a decision that turns on one not yet assessed is
// [convention.Undetermined] and lists the facts it needs, with what each
// would change. Where the text says "may", the result says the course is
// open and leaves it to the State: the library never applies the article
// to an offence under para. 2, nor takes the Convention as the legal basis
// under para. 4, on the State's behalf.
//
// No paragraph of the article sets a time limit ("without undue delay" in
// para. 10 is not a period), so the decisions take no date.
//
// Deciding allocates nothing; explanations ([Assessment.Explain],
// [Verdict.String]) are rendered on demand.
//
// # Articles
//
//   - Cooperation art., para. 2 (dual criminality on the conduct, whatever
//     its name): [DecideScope], through [convention.EvaluateDualCriminality];
//     [FactCriminalRequested].
//   - Cooperation art., para. 3 (non-discrimination): [Assess], through
//     [convention.EvaluateNonDiscrimination]: no obligation to extradite,
//     [GroundDiscrimination]. It takes the place of UNTOC art. 16(14), which
//     the extradition article does not repeat.
//   - Para. 1 (scope; the person's presence a condition): [DecideScope],
//     [Scope.Applies], [Request.Validate].
//   - Para. 2 (several separate serious crimes): [DecideScope],
//     [Scope.Offence], [CourseAccessory], [Facts.Accessory].
//   - Para. 3 (offences deemed included in existing treaties):
//     [DecideBasis], [BasisTreaty].
//   - Para. 4 (the Convention as the legal basis): [DecideBasis],
//     [BasisConvention], [CourseConventionBasis], [GroundNoBasis].
//   - Para. 5(a) (notification to the Secretary-General): [Profile.Notification],
//     [DutyNotify]; the depositary record of the notification is
//     convention.ActionExtraditionBasis. Para. 5(b): [DutySeekTreaties].
//   - Para. 6 (offences recognised as extraditable): [DecideBasis],
//     [BasisDomesticLaw], [DutyRecognise].
//   - Para. 7 (conditions and grounds of domestic law and treaties): [Assess]
//     ([GroundMinimumPenalty], [GroundDomestic]), [Review]
//     ([ViolationNoGround], [ViolationGroundNotAvailable]).
//   - Para. 9 (custody and other measures): [DecideProvisional].
//   - Para. 10 (submission for prosecution): [Assess] ([DutySubmit]),
//     [Review] ([ViolationNoSubmission]).
//   - Para. 11 (conditional surrender discharges para. 10): [Review],
//     [ActionExtraditeConditionally], [CourseConditional].
//   - Para. 12 (enforcement of the sentence): [Assess]
//     ([DutyConsiderEnforcement]), [Review]
//     ([ViolationEnforcementNotConsidered]).
//   - Para. 13 (fair treatment): [DutyFairTreatment], noted by [Assess] and
//     [Review].
//   - Para. 14 (fiscal matters never the sole ground): [GroundFiscal] is
//     barred; [Review] ([ViolationFiscalSole]).
//   - Para. 15 (consultation before refusing): [DutyConsult], [Review]
//     ([ViolationNoConsultation]).
//
// # Left to domestic law
//
//   - Para. 7: the conditions and grounds of refusal themselves are those
//     of the requested State's law and treaties. The library takes the
//     State's findings as inputs ([Facts.MinimumPenaltyMet],
//     [Facts.DomesticGround]) and computes their place in the article. Nor
//     does the article make nationality a ground of refusal: it attaches
//     duties (paras. 10-12) to a refusal domestic law allows.
//   - Para. 3, second sentence (include the offences in future treaties),
//     para. 8 (expedite procedures, simplify evidentiary requirements) and
//     para. 16 (conclude agreements) are undertakings and obligations of
//     effort with no test on a request.
//   - Para. 10, second and third sentences: how the competent authorities
//     decide ("in the same manner as ... any other offence of a grave
//     nature") and cooperate is for them; [DutySubmit] states it.
//   - Para. 13: whether treatment was fair is for the courts;
//     [DutyFairTreatment] records the guarantee.
//
// # Readings
//
//   - Para. 1 reads "and the person ... is located"; UNTOC art. 16(1), its
//     source, reads "where". The library reads the presence of the person
//     as a condition of the article applying.
//   - The requesting State's law: the request states that the conduct is an
//     offence under it; dual criminality turns on the requested State's
//     characterisation ([Charge.Requested]).
//   - Para. 2: the power extends to an offence the article does not cover
//     when that offence is a serious crime (UNTOC art. 2(b), on the
//     requesting State's maximum penalty) and the request includes at least
//     one covered offence. The requested State's choice is one for all the
//     latter offences, as the text speaks of them together.
//   - Para. 4 and 5(a): the notification stands for the State's choice
//     until it decides the case otherwise ([DecideBasis]).
//   - Paras. 10 and 12: para. 10 governs extradition sought for
//     prosecution, para. 12 extradition sought to enforce a sentence.
//   - Para. 7: the grounds of domestic law and treaties, nationality among
//     them, leave refusal to the requested State ([convention.MayRefuse]);
//     whether a condition not met compels refusal is for that law, so the
//     article forbids no surrender and [Review] never finds one unlawful.
//   - A refusal must rest on a ground available in the case where a legal
//     basis makes extradition owed; a ground relied on that is not available
//     is a violation even beside one that is ([ViolationGroundNotAvailable]).
//   - Para. 10 "solely": a refusal relying on nationality and on no other
//     available ground declines to extradite solely because of nationality;
//     a fiscal element or an unavailable ground adds nothing.
//
// # References
//
//   - The seed text, International Cooperation chapter: general provisions
//     on international cooperation, paras. 2-3; extradition, paras. 1-16.
//   - United Nations Convention against Transnational Organized Crime
//     (UNTOC), arts. 2(b) and 16, from which the article is adapted.
//   - United Nations Convention against Corruption (UNCAC), arts. 43 and
//     44(15).
package extradition
