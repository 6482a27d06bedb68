// Package preservation implements the expedited preservation of stored
// computer data article and the 24/7 network article of the Convention, as
// in [convention.TextVersion], with the non-discrimination clause of the
// general provisions (Cooperation art., para. 3) that reaches both.
//
// A 24/7 point of contact receiving a request at three in the morning calls,
// in this order:
//
//   - [Request.Validate]: is the request complete (para. 2)? Every problem
//     carries its paragraph and the JSON path of its field.
//   - [Assess] (or [Prepare] once, then [Prepared.Assess] as the judgements
//     come in): must the data be preserved, may the request be refused, or
//     which judgement is still needed? [Decision.Summary] says what to do,
//     and until when.
//   - [Obligation], once preservation is effected and on any later day: must
//     the data still be preserved, and until when? [Status.Summary] says so
//     in one line.
//   - [Review] (or [Prepared.Review]), before answering: is the proposed
//     refusal, non-execution or period lawful? It returns the same
//     [Decision] type.
//
// Every decision is a plain value, built without allocating;
// Summary, String, Explain and MarshalJSON render it on demand. Judgements
// the text leaves to a State ("considers", "believes", "reasons to
// believe", "has substantial grounds for believing", "shall then
// determine") are [convention.Judgement] inputs in [Facts]; a decision that
// turns on one still unassessed, where its answer could change the outcome,
// is [convention.Undetermined] and says what each answer would change. The
// requested State's standing position (its dual criminality requirement,
// its para. 4 reservation, the Convention offences its case system
// recognises, its 24/7 contact) is its [Profile].
//
// A request holds what practitioners' forms hold (the Council of Europe
// T-CY data preservation template: see ExampleRequest_tcyTemplate): several
// offences, the legal basis invoked, the original's language and its
// translations, the data with its identifiers (an IP address with port and
// zoned timestamp), contacts, persons, urgency, confidentiality, related
// requests, transmission and attachments. The generators of package
// preservationtest draw all of it; downstream_test.go shows a case system
// using them with rapid.
//
// # Articles
//
// Cooperation art., para. 3 (non-discrimination): [Facts].Discrimination in
// [Assess] and [Review] ([GroundDiscrimination],
// [ViolationDiscriminationNotBelieved]); the DiscriminationFacts argument of
// [ContactAssistance].
//
// Preservation art. (expedited preservation of stored computer data):
//
//   - Para. 1 (a State Party may request preservation of data located in
//     the other's territory, intending an MLA request): [Request] (Basis:
//     [TestUnderConvention]), [Facts].InTerritory in [Assess];
//     [Request.Link] connects the MLA request that follows (MLA art., para.
//     3(d)).
//   - Para. 2(a)-(f) (contents of the request): [Request.Validate], [Rules].
//   - Para. 3 (preserve expeditiously; dual criminality not required):
//     [Assess] ([DutyPreserve]; [GroundNoDualCriminality] always barred;
//     [Decision].Dual is [convention.EvaluateDualCriminality] waived by
//     para. 3), [Review] ([ViolationDualCriminality]).
//   - Para. 4 (reservation): [Profile], [Profile.ReservationOpen], [Assess]
//     and [Review] ([GroundReservation], [ViolationReservation],
//     [Decision].ReservationReaches); the catalogue of Convention offences
//     ([Profile].Catalogue) checked by [Prepare].
//   - Para. 5(a)-(b) (the only other grounds): [Assess], [Review]
//     ([GroundPoliticalOffence] with [Facts].PoliticalOffences per offence
//     and [Decision].Political, [GroundEssentialInterests]; any other ground
//     is [GroundOther], [ViolationUnlistedGround]).
//   - Para. 6 (inform; the requesting State determines): [Assess]
//     ([DutyInform], [FactProceed]), [Review] ([ActionNotExecute],
//     [ViolationNotInformed], [ViolationExecutedAgainstDetermination],
//     [ViolationNotExecutedWithoutDetermination]).
//   - Para. 7 (not less than ninety days; then pending a decision):
//     [MinimumDays], [MinimumEnd], [Obligation], [Events.Validate],
//     [Review] ([ViolationPeriodTooShort]).
//
// 24/7 network art.:
//
//   - Para. 1 (a contact available around the clock; scope over every
//     offence of the matter): [CheckContact], [ContactAssistance]
//     ([Assistance].InScope).
//   - Para. 2(a)-(b) (facilitate, or where permitted carry out, preservation
//     and information): [ContactAssistance], [CheckContact], [Capacity].
//   - Paras. 3-5 (expedited communication; coordination with the MLA or
//     extradition authority; trained and equipped personnel):
//     [CheckContact].
//
// # Reading notes
//
// Each reading is recorded, with the words that decide it, in the registry
// entry of its paragraph ([convention.Provision].Reading).
//
//   - Cooperation art., para. 3 and Preservation art., para. 5. "Nothing in
//     this Convention shall be interpreted as imposing an obligation to
//     extradite or to provide assistance if the requested State Party has
//     substantial grounds for believing ...": preservation is assistance.
//     "In addition, a request for preservation may only be refused if": "in
//     addition" adds (a) and (b) to the reservation of para. 4, and "only"
//     closes the grounds the article gives for refusing an obligation it
//     imposes. Where the belief of para. 3 is held, the Convention imposes
//     no obligation, so there is nothing for para. 5 to confine: the clause
//     is a ground available above the article ([GroundDiscrimination],
//     outcome MayRefuse, the State may still preserve). So [Review] applies
//     para. 5 only where an obligation is imposed: with the belief held, a
//     refusal on no ground, or on a listed ground the State does not hold
//     (para. 4's belief, 5(a), 5(b)), breaks nothing, and rests on
//     Cooperation art., para. 3; with the belief unassessed, it turns on
//     it. A ground the text excludes (para. 3's dual criminality, an
//     unlisted ground, the reservation where it is not open) never makes a
//     refusal lawful and stays a violation as proposed. The belief is one
//     three-valued answer; the listed grounds named are information
//     ([convention.DiscriminationFacts.Note] in the explanation), never a
//     condition.
//   - Cooperation art., para. 3 and the 24/7 network art. The contact's
//     "immediate assistance" is assistance: where the belief is held, no
//     obligation to assist arises ([ContactAssistance] gives MayRefuse);
//     where it is unassessed, the outcome is Undetermined only if the matter
//     is otherwise within para. 1.
//   - Para. 1: "A State Party may request another State Party". A request
//     invoking only another instrument (a treaty such as the Budapest
//     Convention, art. 29, reciprocity, domestic law) is not a request under
//     this article: NotApplicable, in assessment and review alike, with the
//     basis said. A request invoking the Convention (alone or with another
//     basis) is one; a request stating no basis is decided as one, and the
//     explanation says so (value "basis").
//   - Para. 2(b): a request names one offence or several (at most
//     [MaxOffences]); para. 2(c): one item of data or several, each with a
//     category, identifiers, period or text; para. 2(d) asks for "any
//     available information" on the custodian or location: what the
//     requesting State has, a Provider of the data or a Location, and
//     nothing where it has nothing (silence conforms; an express
//     NoneAvailable beside a Provider or Location contradicts itself).
//   - Para. 4 with several offences: the reservation is a right "in respect
//     of offenses other than those established under the Convention". It
//     reaches each such offence ([Decision].ReservationReaches), and is a
//     ground for refusing the request only where every offence the request
//     names is one: the data is preserved once, for every offence, and
//     refusing it would refuse it in respect of the Convention offence too.
//   - Para. 5(a) with several offences: "The request concerns an offence
//     which the requested State Party considers a political offence or an
//     offence connected with a political offence". The State judges each
//     offence ([Facts].PoliticalOffences); the ground is available for the
//     request only where it considers every offence political or connected
//     with one. The "connected" limb covers the ordinary offences bound up
//     with a political one; an ordinary offence not connected with it keeps
//     its obligation, and refusing the whole request would refuse it for
//     that offence too. So adding an offence never removes an obligation
//     another offence creates (a property test says so).
//   - Para. 6: the request's Confidentiality (keep it confidential, do not
//     notify the account holder, and why) informs the requested State's
//     belief that preservation "will threaten the confidentiality of ... the
//     requesting State Party's investigation"; the explanation shows it on
//     that step; it never makes the judgement.
//   - Languages: the article says nothing of them. The request's language
//     and translations are carried and checked for consistency; no decision
//     turns on them.
//   - Para. 4: the reservation is open only where the requested State
//     "requires dual criminality as a condition" for MLA search, seizure or
//     disclosure and has declared it, and only "in respect of offenses other
//     than those established under the Convention"; it is available only
//     where the State "has reasons to believe that at the time of disclosure
//     the condition of dual criminality cannot be fulfilled". Where it is
//     open, [Decision].Dual records today's dual criminality as background;
//     it never decides.
//   - Paras. 4-5: a decision that the request may be refused, and the
//     review of a refusal, rest on the paragraph that gives the ground: the
//     reservation on para. 4 ("may ... reserve the right to refuse"), the
//     grounds of para. 5 on 5(a) or 5(b), the first in the order of the
//     text; Cooperation art., para. 3 only where it is the sole ground; a
//     refusal invoking no ground on para. 5 ("may only be refused if").
//   - Para. 5: [Review] reviews each ground invoked. A refusal citing a
//     ground the text excludes is unlawful as proposed, even if another
//     ground would sustain it.
//   - Para. 6: "it shall promptly so inform the requesting State Party,
//     which shall then determine whether the request should nevertheless be
//     executed". The duty to inform is the requested State's; the decision
//     is the requesting State's ([Facts].Proceed). Yes: the requested State
//     preserves as under para. 3 (a ground, if any, stays open). No: not
//     executing is lawful ([ActionNotExecute]; the assessment is
//     NoObligation) and preserving goes against the determination. Until it
//     determines, the assessment is Undetermined on it, and so is the review
//     of preserving. The determination is one made on being informed of the
//     belief: without the belief, not executing is a refusal and needs a
//     ground. Where a ground of refusal is already available, the assessment
//     stays MayRefuse while the determination is awaited: refusing is lawful
//     whatever the requesting State determines. The review of a refusal does
//     not turn on informing: the requesting State's determination concerns
//     execution, and a refused request is not executed.
//   - Para. 7: "Any preservation effected ... shall be for a period not less
//     than ninety days" sets the duration of the preservation itself, not a
//     time limit running "after" an event: the day preservation is effected
//     is a day on which the data is preserved and is the first of the
//     ninety. The ninety days run through [MinimumEnd](started) = started +
//     89 days, both ends included, as [convention.Period].Days counts them:
//     1 March to 29 May is ninety days. A proposed period ([Review]), the
//     obligation on a given day ([Obligation]) and a release are judged by
//     that one count; keeping the data longer is always lawful ("not less
//     than").
//   - Para. 7: "Following receipt of such a request, the data shall continue
//     to be preserved pending a decision on that request" sets no time
//     limit. A request received after the ninety days ended, while the data
//     is still actually preserved, revives the obligation until the
//     decision; a request received on or after the day of release finds
//     nothing to continue. The decision frees the data from its day. Dates
//     carry no time of day: a request received on the day of release counts
//     as received after it, and a decision and a release on the same day as
//     decision first. A proposed fixed end yields to a pending decision.
//   - 24/7 network art., para. 1: "serious criminal offence" is read with
//     UNTOC art. 2(b) ([convention.Penalty.Serious]); one offence of the
//     matter within either limb brings it within the article.
//   - 24/7 network art., para. 2: "shall include facilitating, or, if
//     permitted by the domestic law and practice of the State Party,
//     directly carrying out": facilitating always discharges the duty;
//     carrying out directly is open only where domestic law and practice
//     permit it, and then is the State's choice, never a duty
//     ([DutyCarryOutPreservation] and [DutyProvideInformation] say so).
//
// # Fidelity
//
// One row per paragraph and sub-paragraph: what the code decides, and the
// tests showing each condition on both sides (table tests name their rows
// after the rule; vectors are the IDs in testdata/vectors.txt). Across all
// rows, TestNeededOnlyWhereItCouldChangeTheOutcome checks that every fact a
// decision lists as needed could change its outcome, and
// TestAssessmentAndReviewNeverDisagree that assessment and review agree.
// The casebook (examples/casebook/cases/preservation, questions
// preservation.* and network.*) states every row again as legal cases in
// JSON, each condition on both sides: PRES-<paragraph>-NN for the
// Preservation article and Cooperation art., para. 3, NET-<paragraph>-NN
// and NET-A-NN for the 24/7 network.
//
//	Cooperation art., para. 3   belief held -> GroundDiscrimination available,  TestAssessTable ("Cooperation para. 3 ..."),
//	  (non-discrimination)      MayRefuse (Assess, ContactAssistance);          TestReviewTable, TestContactAssistanceTable,
//	                            not held -> no ground, a refusal on it          TestCooperationPara3WhatIfAndNote,
//	                            unlawful; unassessed -> Undetermined only       TestCooperationPara3UndeclaredBeliefOrGroundIsInvalid,
//	                            where otherwise obliged; grounds named never    TestPreservationPara5OnlyListedGroundsAvailable,
//	                            decide; Note in the explanation; held, a        TestCooperationPara3BeliefHeldRefusalBreaksNothingInParas3To5,
//	                            refusal on no ground or a listed ground not     vectors C3-01..C3-06
//	                            held breaks nothing (not held: unlawful;
//	                            unassessed: turns on it); an excluded ground
//	                            stays a violation
//	Preservation para. 1        data in the territory -> article applies;       TestAssessTable ("para. 1 ..."), TestReviewTable,
//	                            not -> NotApplicable; unknown -> Undetermined;  TestPreservationPara1LocationWhatIf,
//	                            two different States; profile is the            TestPreservationPara1ProfileMustBeRequestedStates,
//	                            requested State's; basis: the Convention or     TestPreservationPara1LegalBasis,
//	                            none stated -> under the article, another       TestAssessmentAndReviewNeverDisagree, P1-01..P1-04
//	                            basis only -> NotApplicable
//	Para. 2(a)-(f)              each element present / absent; 2(b) one to      TestPreservationPara2EachRuleBrokenAlone,
//	                            MaxOffences offences, each named; 2(c) data     TestPreservationPara2ZeroRequestReportsEveryElement,
//	                            items consistent; 2(d) provider, location,      TestPreservationPara2bSeveralOffences,
//	                            silence or NoneAvailable; contradiction; parts  TestPreservationPara2dCustodianOrNoneAvailable,
//	                            forms carry: consistency only                   TestBrokenReportsExactlyWant (preservationtest)
//	Para. 3                     duty to preserve when no ground; absence of     TestAssessTable ("para. 3 ..."), P3-01, P3-02,
//	                            dual criminality never a ground, whatever the   TestPreservationPara3DualCriminalityWaived,
//	                            characterisations                               TestPreservationPara3DualCriminalityNeverBlocksEstablishedOffence,
//	                                                                            TestPreservationPara3AbsenceOfDualCriminalityAlwaysBarred
//	Para. 4                     reservation available only if: requires dual    TestAssessTable ("para. 4 ..." each condition
//	                            criminality AND declared AND every offence      failing alone), TestReviewTable ("para. 4 ..."),
//	                            not established AND reasons to believe it       TestSeveralOffences ("para. 4 ..."),
//	                            fails at disclosure (yes/no/unassessed); which  TestPreservationPara4ReservationOnlyWhereOpenAndBelieved,
//	                            offences it reaches; catalogue of names;        TestPreservationPara4WhatIfOfTheBelief,
//	                            today's dual criminality recorded, never        TestPreservationPara4DualCriminalityRecordedNotDecisive,
//	                            decisive                                        TestPreservationPara4CatalogueOfConventionOffences,
//	                                                                            TestAddingAnOffenceNeverRemovesAnObligation, P4-01..P4-07
//	Para. 5 (chapeau)           only the listed grounds (and Coop. para. 3);    TestReviewTable ("para. 5 ..."),
//	                            unlisted ground or none -> unlawful (none, or   TestPreservationPara5UnlistedGroundNeverMakesRefusalLawful,
//	                            a listed ground not held: lawful where the      TestPreservationPara5LawfulRefusalRestsOnAvailableGrounds,
//	                            Coop. para. 3 belief is held); an excluded      TestPreservationRefusalRestsOnTheParagraphOfItsGround,
//	                            ground spoils the refusal as proposed;          TestCooperationPara3BeliefHeldRefusalBreaksNothingInParas3To5,
//	                            refusal cites its ground's paragraph
//	                                                                            P5-01, P5-03; casebook PRES-4-*, PRES-5*-*
//	Para. 5(a)                  "considers a political offence", per offence:   TestAssessTable, TestReviewTable ("para. 5(a) ..."
//	                            every one yes -> available, one no ->           considered / not considered / unassessed),
//	                            refusal unlawful, otherwise unassessed ->       TestSeveralOffences ("para. 5(a) ..."),
//	                            Undetermined; which offences it reaches         P5A-01..P5A-04
//	Para. 5(b)                  "considers ... likely to prejudice ...          TestAssessTable, TestReviewTable ("para. 5(b) ..."
//	                            essential interests": same three answers        considered / not considered / unassessed), P5B-01
//	Para. 6                     belief (either limb) -> DutyInform; not         TestAssessTable ("para. 6 ..."), TestReviewTable
//	                            informed -> unlawful; determination yes ->      ("para. 6 ..." each answer, each action),
//	                            preserve, no -> not-execute lawful and          TestPreservationPara6MayRefuseWhileAwaitingDetermination,
//	                            preserving unlawful, awaited -> Undetermined;   TestAssessmentAndReviewNeverDisagree,
//	                            no belief -> not executing unlawful; the        TestPreservationPara6ConfidentialityInformsTheBelief,
//	                            request's confidentiality shown, not decisive   ExampleReview_notExecute, P6-01..P6-08
//	Para. 7 (ninety days)       period of 89 days unlawful, 90 and 91 lawful    TestPreservationPara7ProposedPeriodBoundary,
//	                            (Period.Days, month ends, 29 February);         TestPreservationPara7MinimumEnd,
//	                            MinimumEnd agrees; obligation through day 90,   TestPreservationPara7DayOfEffectCounted,
//	                            release on day 90 unlawful, day 91 lawful       TestPreservationPara7Obligation,
//	                                                                            TestPreservationPara7ProposedPeriodUnderNinetyDaysIsAViolation,
//	                                                                            TestPreservationPara7NeverEndsBeforeDay90, P7-01..P7-04,
//	                                                                            P7-10..P7-15
//	Para. 7 (pending decision)  request received while preserved -> obliged     TestPreservationPara7Obligation,
//	                            until the decision; after release -> nothing;   TestPreservationPara7NeverEndsWhileTimelyRequestAwaitsDecision,
//	                            decision frees from its day; release while      TestPreservationPara7ReleaseIsAViolationExactlyWhenObliged,
//	                            pending unlawful; a fixed end yields            TestPreservationPara7Lifecycle, TestPreservationPara7OnlyEventsSoFarCount,
//	                                                                            TestPreservationPara7FixedEndYieldsToAPendingDecision, P7-05..P7-09
//	24/7 network para. 1        contact designated / not; around the clock      TestCheckContactTable ("para. 1 ..."), N1-01, N1-02;
//	                            yes / no / unknown; scope: one offence          TestContactAssistanceTable ("para. 1 ..."),
//	                            established OR serious (penalty known /         TestContactAssistanceWhatIfs,
//	                            unknown) -> obliged, else NotApplicable         TestAddingAnOffenceNeverRemovesAnObligation, N1-03, N1-04
//	24/7 network para. 2(a)     at least facilitate (none -> breach, unknown    TestCheckContactTable ("para. 2(a) ..."),
//	                            -> Undetermined); carry out directly only if    TestContactAssistanceTable ("para. 2 ..."),
//	                            permitted, and then the State's choice          TestNetworkPara2OneModePerMeasure, N2-01
//	24/7 network para. 2(b)     same, for information that may assist           TestCheckContactTable ("para. 2(b) ..."),
//	                            preservation                                    TestContactAssistanceTable
//	24/7 network para. 3        expedited communication yes / no / unknown      TestCheckContactTable ("para. 3 ...")
//	24/7 network para. 4        part of the authority -> nothing more; not      TestCheckContactTable ("para. 4 ..." each
//	                            part -> must coordinate (yes / no / unknown);   combination), N4-01
//	                            membership unknown decides only where
//	                            coordination fails
//	24/7 network para. 5        trained personnel yes / no / unknown            TestCheckContactTable ("para. 5 ...")
//	24/7 network para. 6        saving clause: nothing to decide                (none)
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
//   - Council of Europe, T-CY, templates for data preservation requests
//     under art. 29 of the Budapest Convention (the shape of [Request]).
//   - The seed text: United States proposals for the international
//     cooperation chapter (Ad Hoc Committee, third session), articles
//     "Expedited preservation of stored computer data", "24/7 network",
//     "Mutual legal assistance" (paras. 1, 3(d), 4, 9-10) and "General
//     provisions on international cooperation" (paras. 2-3).
//   - Council of Europe Convention on Cybercrime (ETS No. 185), arts. 29
//     and 35, which the two articles follow (with ninety days for sixty in
//     art. 29(7)), and its Explanatory Report.
//   - United Nations Convention against Transnational Organized Crime, arts.
//     2(b) (serious crime) and 16(14) (non-discrimination).
package preservation
