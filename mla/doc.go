// Package mla implements the mutual legal assistance, joint investigations
// and law enforcement cooperation articles of the Convention, as in
// [convention.TextVersion].
//
// A [Request] carries what a request form does (the OAS form, national
// content-of-request lists; see Example_oasForm): the legal basis invoked,
// the contents of para. 16 ([Contents], reusable on its own, with the data
// sought typed), the purposes of para. 3 ([Purposes]), the offences (up
// to [MaxOffences]; decisions answer per offence in [OffenceSet]s), and the
// urgency, channel, form, language with its translations and transmission
// of paras. 14-15, with related requests, contacts and attachments. [Request.Validate] reports
// every missing or inconsistent element at once. A request that lacks an
// element of para. 16, or is made orally or through INTERPOL without
// urgency, is not an error for the decisions: it is "not made in
// conformity with the provisions of this article", and [Assess] says what
// the requested State may do about it (paras. 17 and 22(a)); only input
// the library cannot read is an error. The requested State's
// standing position towards the requesting State is a [Profile]; its
// judgements on the case ("considers", "would be prohibited",
// "disproportionate") are [Facts], each a [convention.Judgement] that may be
// unassessed. Decisions return a [Decision]: the shared
// [convention.Result] over the package's vocabulary [Term], with the
// [Regime] that governs and the purposes that cannot be served. Decisions
// evaluate every ground, never choose where the text says "may", and return
// [convention.Undetermined] with the facts needed and what each would
// change when a judgement they turn on is unassessed. Deciding allocates
// nothing; Explain and String render the reasoning.
//
// Package mlatest generates valid requests, requests broken in known
// ways, profiles, judgements and responses for property tests; see
// TestDownstreamScreenNeverPassesAnUnlawfulRefusal in downstream_test.go
// for a downstream suite using them with rapid.
//
// A case system that decides one request many times, as the requested
// State's judgements come in or as responses are drafted, validates it
// once with [Prepare] and decides the [Prepared] request with
// [Prepared.Assess] and [Prepared.Review], which check only the new
// judgements and response: the error of every decision is only the
// Problems of its inputs ([Request.Validate], [Facts.Validate]: every
// judgement a declared value, on the request's offences;
// [Response.Validate]), each with its paragraph and JSON path; a legal
// outcome, refusal included, is never an error.
//
// The article governs assistance between States Parties only. Under para.
// 32 it creates no right of a private person to obtain or exclude evidence
// or to impede the execution of a request, and nothing in this package
// confers or decides such a right: its outcomes are the States' duties and
// powers towards each other.
//
// # Articles
//
// Mutual legal assistance article:
//
//   - Para. 1 (widest measure: offences established under the Convention,
//     electronic evidence of serious offences; offence by offence,
//     Decision.Within; the requested State's catalogue of offences,
//     Profile.Recognised; the State's judgements per offence,
//     [Facts.Validate]): [Scope], [Assess].
//   - Para. 2 (legal persons, to the fullest extent possible, for offences
//     established under the Convention): [Scope].
//   - Para. 3 (purposes (a)-(m); conditions of 3(e), (f), (m), under every
//     regime; preserved data in 3(d)): [Purpose], [Purposes],
//     [Request.Validate], [Assess] (Decision.Unserved); [FollowUp] starts
//     the request that follows a preservation request, and
//     [Request.Follows] tells whether a request connects to one
//     (Preservation art., paras. 1 and 7).
//   - Para. 4 (electronic evidence of serious offences): [Scope].
//   - Para. 5 (spontaneous transmission): [SpontaneousTransmission].
//   - Para. 6 (confidentiality of spontaneous information, exculpatory
//     disclosure): [SpontaneousUse] for a proposed use,
//     [ReviewSpontaneousUse] for one already made.
//   - Para. 7 (other treaties unaffected): [DecideRegime]; a request that
//     invokes another treaty and not the Convention is outside the article
//     ([Assess], [Review], Request.Basis).
//   - Para. 8 (no refusal for bank secrecy, within the article's scope,
//     under either regime): [Assess] (barred ground), [Review] (violation).
//   - Para. 9 ("requests made pursuant to this article"; paras. 10-30 or
//     the MLA treaty): Request.Basis, [DecideRegime], [Regime];
//     every decision on paras. 10-30 takes the regime and, where the treaty
//     governs, does not apply them and says so.
//   - Para. 10 (dual criminality on each offence's conduct, de minimis,
//     other provisions): [Assess] (Decision.WithoutDualCriminality),
//     through [convention.DualCriminalityMet]; [Review] of a refusal in
//     part (Response.Offences).
//   - Paras. 11-12 (transfer of detained persons; credit for time served):
//     [DecideTransfer], [Transfer], [CreditDays].
//   - Para. 13 (protection of the transferred person): [SafeConduct] with
//     [BasisTransfer], [DecideTransfer].
//   - Para. 14 (central authority and channels): [CheckForm], [Assess]
//     (ground 22(a)), [Request.Validate].
//   - Para. 15 (form, language and translations, oral requests):
//     [CheckForm], [Assess] (ground 22(a)), [Request.Validate]. The request
//     is in an acceptable language when the original or a translation is
//     (convention.Languages). Languages match as
//     [convention.LanguageAcceptable] matches: a regional variant of a
//     notified language is acceptable ("fr-CA" where "fr" was notified,
//     "en-US" where "en-GB" was); another script is not ("zh-Hant" where
//     "zh", Simplified Chinese, was).
//   - Para. 16 (contents): [Contents.Validate], [Request.Validate],
//     [ContentRules], [Rules], and [Assess], which decides a request that
//     lacks an element (ground 22(a), para. 17).
//   - Para. 17 (additional information): [Assess] ([GroundMoreInformation]).
//   - Para. 18 (execution under domestic law and specified procedures):
//     [Execution], [Assess].
//   - Para. 19 (video conference, at the requesting State's request):
//     [VideoHearing].
//   - Para. 20 (use of evidence, exculpatory disclosure): [EvidenceUse] for
//     a proposed use, [ReviewEvidenceUse] for one already made.
//   - Para. 21 (confidentiality of the request, with its reasons; not
//     notifying the person concerned): [Assess], [Review].
//   - Para. 22 (grounds of refusal): [Assess], [Review].
//   - Para. 23 (fiscal matters never the sole ground): [Assess], [Review].
//   - Para. 24 (reasons for any refusal): [Assess], [Review].
//   - Para. 25 (speed, deadlines, progress; the requesting State informs
//     when assistance is no longer required): [Assess].
//   - Para. 26 (postponement): [Assess], [Review].
//   - Para. 27 (consultation before refusal or postponement; the requesting
//     State complies with conditions it accepts): [Assess], [Review].
//   - Para. 28 (safe conduct): [SafeConduct], [Stay], [Status].
//   - Para. 29 (costs; conditions agreed on substantial costs): [Costs],
//     [Assess], [Review].
//   - Para. 30 (government records): [GovernmentRecords], [Assess],
//     [Review] (with [Request.GovernmentRecords], [Facts.RecordsPublic]).
//   - Para. 32 (no private rights): stated above.
//
// Joint investigations article: [JointInvestigation].
//
// # Reading notes
//
// Each reading, with the words that decide it; the provision registry
// (convention.Registry, Provision.Reading) records the same.
//
//   - Para. 2, "offences for which a legal person may be held liable in
//     accordance with article [on liability of legal persons] of this
//     Convention": offences established under the Convention. Para. 2 adds
//     the duty to assist "to the fullest extent possible" in proceedings on
//     them ([DutyFullestExtent]); it never brings another offence within the
//     article, whatever the requesting State's own law on legal persons.
//   - Para. 9, "Paragraphs 10 to 30 of this article shall apply ... [or] the
//     corresponding provisions of that treaty": only paragraphs 10 to 30
//     give way to a treaty. Paras. 1-8 and Cooperation art., para. 3 decide
//     under the treaty too: a ground of Cooperation art., para. 3 ("Nothing
//     in this Convention shall be interpreted as imposing an obligation")
//     or of para. 3(e), (f), (m) makes the outcome MayRefuse under every
//     regime, and an unassessed belief under that clause makes a
//     treaty-governed assessment Undetermined, because it could change it.
//     While the regime is unknown, an outcome both regimes give is
//     reported (a bank-secrecy refusal is Unlawful either way); otherwise
//     Undetermined.
//   - Paras. 7 and 9, "requests made pursuant to this article" and "shall
//     not affect the obligations under any other treaty": a request
//     invoking this Convention, alone or with a treaty, is within the
//     article and para. 9 picks the regime; one invoking only another
//     treaty is outside it (NotApplicable citing para. 7), even where the
//     profile records no such treaty between the States (decided as
//     invoked, and the explanation names the basis); one invoking only
//     reciprocity or domestic law is outside it (citing para. 9); one
//     silent on its basis is decided as a request under the Convention,
//     and the explanation says so. Review and assessment agree.
//   - Paras. 1, 4 and 10 with several offences, "in relation to the
//     offences established under this Convention": offence by offence.
//     The request is within the article when any offence brings it in;
//     para. 10's ground ("may decline to render mutual legal assistance
//     ... on the ground of absence of dual criminality", on the conduct)
//     reaches each offence within the article whose conduct is not criminal
//     in the requested State, and 3(e)'s ("criminal offenses for which
//     real-time collection of traffic data would be available") each
//     offence for which collection would not be. Each is a ground for the
//     request as a whole (Available, MayRefuse) only where it reaches every
//     offence decided on; otherwise the duty the other offences create
//     stands, the ground supports a refusal in part as to the offences it
//     reaches (Response.Offences), and a refusal of the whole request on it
//     rests on no ground (ViolationNoGround, para. 1). While no offence
//     meets dual criminality and some are unassessed, the answer waits.
//     Adding an offence never removes an obligation another creates.
//   - Para. 15, "in a language acceptable to the requested State Party":
//     the original or a translation sent with it.
//   - Para. 8, "pursuant to this article": the bar binds within the
//     article's scope only. A request outside it (paras. 1, 2, 4) is
//     reviewed NotApplicable, like its assessment, under every regime.
//   - Para. 22(a), "not made in conformity with the provisions of this
//     article": the provisions on the request itself, its channel (para.
//     14), form and language (para. 15) and contents (para. 16, "shall
//     contain"). A request lacking an element of para. 16, or made orally
//     or through INTERPOL without urgency, is decided, not rejected: 22(a)
//     is available with reasons (para. 24) and prior consultation (para.
//     27) owed. Input the library cannot read (an undeclared value, no
//     States, inconsistent dates or references) stays an error; a language
//     not given is unassessed.
//   - Para. 17, "when it appears necessary ... or when it can facilitate
//     such execution": the requested State's judgement
//     ([Facts.MoreInformation]); what para. 16 says a request "shall
//     contain" can facilitate execution by definition, so lacking it opens
//     the course.
//   - Para. 16(e), "As appropriate": a person must be identified when the
//     purposes are 3(a), (b) or (k), the specified communications (an item
//     or account) when they are 3(e) or (f); an identity the request says
//     is not yet known ([Subject.Unidentified]) is not demanded.
//   - Para. 27, "Before refusing a request pursuant to paragraph 22 ... or
//     postponing": a refusal resting only on para. 3(e), (f), (m), para.
//     10, para. 30(b) or Cooperation art., para. 3 grounds needs reasons
//     (para. 24) but no prior consultation.
//   - Conditions (para. 27) are lawful where the State could refuse or
//     postpone, where para. 30(b) allows them ("subject to such conditions
//     as it deems appropriate"), or where para. 29 consultation on
//     substantial costs determined them ("consult to determine the terms
//     and conditions"); otherwise executing on conditions is a violation.
//     A requesting State that accepts conditions "shall comply with the
//     conditions" ([DutyComplyConditions]).
//   - Para. 30(b), "May, at its discretion, provide ... in whole, in part or
//     subject to such conditions": declining non-public government records
//     is a lawful refusal of that part, with reasons (para. 24, "any
//     refusal"); public ones "Shall" be provided ([DutyProvidePublic]).
//   - A refusal is lawful when one invoked ground is available; invoking
//     bank secrecy is always a violation (para. 8: "shall not decline ... on
//     the ground of bank secrecy"); fiscal matters are a violation only
//     when no other invoked ground is available (para. 23: "sole ground").
//   - Para. 21, "may require that the requested State Party keep
//     confidential": the requirement binds the requested State
//     ([DutyKeepConfidential]) unless it cannot comply, when it "shall
//     promptly inform" the requesting State instead.
//   - Para. 25, "The requesting State Party shall promptly inform ... when
//     the assistance sought is no longer required": a standing duty of the
//     requesting State, listed with the requested State's
//     ([DutyInformNoLongerRequired]).
//   - Paras. 6 and 20, notice of an exculpatory disclosure: "in advance"
//     (para. 6) or "prior to the disclosure and, if so requested, consult"
//     (para. 20); "If, in an exceptional case, advance notice is not
//     possible", information "without delay". A disclosure made with
//     neither advance notice nor information afterwards is unlawful
//     whatever the case; one informed afterwards is Undetermined while the
//     exceptional case is unassessed.
//   - Dual criminality (para. 10) is tested on the conduct, never on the
//     offence's name; the requesting State's characterisation is the
//     request's offence, which it investigates as criminal.
//   - Para. 14: a request through diplomatic channels to a State that does
//     not require them, or by another route, is not transmitted as para. 14
//     says; the only consequence is the optional ground of para. 22(a).
//   - Para. 19, "at the request of the other": the requested State may
//     permit a hearing by video conference only where the requesting State
//     asked for one ([Hearing.AskedFor]).
//   - Safe conduct (para. 28): the day of official notice is not counted;
//     the fifteen (or agreed) days of opportunity are the following days;
//     any day on which leaving was not possible restarts the count; a
//     voluntary return ends protection on the day of return. See
//     [SafeConduct].
//   - Para. 13: the text sets no period; the protection runs until the
//     sending State agrees otherwise or the person is returned to it, the
//     day after which the person is no longer "in the territory of the
//     State to which that person is transferred" under the transfer.
//   - Credit for time served (para. 12(d)) counts both the day of transfer
//     and the day of return: see [CreditDays].
//   - Joint investigations art., "In the absence of such agreements or
//     arrangements, joint investigations may be undertaken by agreement on
//     a case-by-case basis": an agreement of one kind or the other is the
//     only basis; "The States Parties involved shall ensure that the
//     sovereignty of the State Party in whose territory such investigation
//     is to take place is fully respected" forbids a plan that does not,
//     where a basis exists. Without one no investigation is undertaken
//     under the article and the clause decides nothing (NotApplicable,
//     whatever the plan); while the case-by-case agreement is unassessed
//     a plan that does not respect sovereignty waits on it.
//   - A decision waits (Undetermined) on a judgement only where its answers
//     could change the outcome; where every answer gives the same outcome
//     it is decided, and Needed lists the judgements a duty still waits on
//     (para. 18: "shall be executed" whatever the procedure; para. 21: a
//     review of a response that did not inform waits on whether
//     confidentiality can be kept; paras. 6 and 20: the review of a
//     disclosure made waits on its exculpatory nature only where notice,
//     consent or the restrictions decide differently; para. 20:
//     consultation "if so requested" goes with prior notice, so it waits
//     on the exceptional case unless prior notice was given).
//
// # Left to domestic law
//
//   - Para. 31 (considering further agreements) is a treaty-making policy
//     duty with no case-level test.
//   - What the State "considers" or "deems appropriate" (paras. 10, 22(b),
//     26, 30(b)), the conditions of real-time collection and interception
//     (3(e), (f)), and what its domestic law permits or prohibits (3(m),
//     18, 22(c), 22(e), 30) are the State's judgements, taken as [Facts].
//   - Whether "forthwith" (para. 15), "as soon as possible" (para. 25),
//     "promptly" (paras. 21, 25) or "without delay" (paras. 6, 12(b), 20)
//     were met is not counted in days by the text; the library reports the
//     duty, and takes "informed without delay" as the case system's fact
//     ([Use.InformedWithoutDelay]).
//   - Law enforcement cooperation article (paras. 1-3): measures each State
//     adopts "consistent with their respective domestic legal and
//     administrative systems", agreements it considers, and cooperation
//     "within their means": no test a request or case can be checked
//     against. The registry records why.
//   - Transfer of sentenced persons article: "may consider entering into
//     ... agreements"; no rule a case can be tested against (registered
//     with the Cooperation articles).
//   - Joint investigations article: whether to conclude agreements is each
//     State's consideration.
//
// # Fidelity
//
// One row per paragraph or sub-paragraph: what the code decides, with its
// conditions, and the tests that show each condition on both sides (test
// functions in package mla_test; "vector X" is an entry of
// testdata/vectors.txt, run by TestMLAVectors; "case X" is a case of the
// casebook, examples/casebook/cases/mla, whose cases are named after the
// paragraph they decide: MLA-22b-01 and MLA-22b-02 are the two sides of
// para. 22(b)).
//
//	Para.   | What the code decides (conditions)                          | Tests (both sides)
//	--------+-------------------------------------------------------------+------------------------------------------------
//	1       | Obliged (widest measure) for an offence established under   | TestMLAScope; vectors MLA-1-obliged,
//	        | the Convention or electronic evidence of a serious offence; | MLA-1-out-of-scope, MLA-4-*;
//	        | NotApplicable otherwise; Undetermined on an unknown penalty;| TestMLAReviewAndAssessmentNeverDisagreeOnScope,
//	        | per offence; unknown established names rejected; the        | TestMLAPara10ReachesEachOffenceWithinTheArticle,
//	        | State's judgements per offence only on the request's        | TestMLAAddingAnOffenceNeverRemovesAnObligationAnotherCreates,
//	        | offences (Facts.Validate, the decisions)                    | TestMLAPara1CatalogueOfRecognisedOffences,
//	        |                                                             | TestMLAPara1JudgementsAreOnTheRequestsOffences
//	2       | DutyFullestExtent only for a Convention offence for which a | TestMLAScope ("para. 2 ..." cases); vectors
//	        | legal person may be liable; never a basis of its own        | MLA-2-legal-person-convention-offence, -other-offence
//	3(a)-(m)| purposes typed; at least one required                       | TestMLAPara16EveryRuleBreaksAlone, TestPurposesTextRoundTrip
//	3(d)    | preserved data only with purpose 3(d); FollowUp, Follows    | TestMLAPara3dPreservedDataNeedsPurpose3d,
//	        |                                                             | TestMLAPara3dFollowUpConnectsToThePreservationRequest
//	3(e)(f) | ground when collection unavailable (for every offence; in   | TestMLAAssessGrounds (3(e), 3(f), purpose not sought),
//	        | part for some) / not                                        |
//	(m)     | permitted, under every regime; only for a purpose sought    | TestMLAPara3ConditionsHoldWhateverTheRegime,
//	        |                                                             | TestMLAPara3eTrafficDataPerOffence; vector
//	        |                                                             | MLA-3e-traffic-data-under-treaty
//	4       | DutyElectronicEvidence for electronic evidence of a serious | TestMLAScope (serious / not serious / unknown)
//	        | offence                                                     |
//	5       | Permitted when the authority believes it could assist;      | TestMLAPara5SpontaneousTransmission
//	        | NotApplicable when not; Undetermined while unassessed       |
//	6       | restrictions bind; exculpatory disclosure permitted with    | TestMLAPara6SpontaneousUse, TestMLAPara6ReviewOfAUseAlreadyMade,
//	        | advance notice, or information without delay in an         | TestMLAPara6And20NoticeDecidesAnExculpatoryDisclosureMade,
//	        | exceptional case; review of a use made, waiting on the      | TestMLAPara6And20ReviewNeverAcceptsAProhibitedUse,
//	        | exculpatory nature only where it decides                    | TestMLAPara6And20ReviewWaitsOnTheExculpatoryNatureOnlyWhereItDecides,
//	        |                                                             | TestMLAPara6And20UndeterminedOnlyWhereAnAnswerCouldChangeTheOutcome
//	7, 9    | the basis invoked: the Convention (or silent) within, other | TestMLAPara9TheLegalBasisInvoked, TestMLAPara9Regime,
//	        | bases only outside; regime: article where no treaty or      | TestMLAPara9TreatyGovernedNeverCitesParas10To30,
//	        | agreed in lieu, treaty otherwise; paras. 10-30 only give    | TestMLAReviewUnderTreatyChecksOnlyPara8,
//	        | way; unknown: both regimes' common outcome                  | TestMLAPara9ReviewWhileRegimeUnknown, vectors MLA-9-*
//	8       | bank secrecy barred, never available; refusal on it         | TestMLAPara8BankSecrecyNeverAvailable,
//	        | Unlawful under either regime, within the scope only         | TestMLAPara8BindsWithinTheArticlesScopeWhateverTheRegime,
//	        |                                                             | vectors MLA-8-*
//	10      | grounds: no dual criminality (each offence's conduct), de   | TestMLAAssessGrounds, TestMLAPara10DualCriminalityComparesConductAndLeavesDiscretion,
//	        | minimis, available otherwise; reasons, no consultation;     | TestMLAReview ("para. 27 refusal under para. 10 ..."),
//	        | dual criminality: whole request only when it reaches every  | TestMLAPara10ReachesEachOffenceWithinTheArticle,
//	        | offence, else refusal in part of the offences reached (a    | TestMLAPara10SeveralOffencesTheGroundReachesEachOffenceAlone,
//	        | whole refusal on it refused-without-ground)                 | TestMLAResponseOffencesOnlyARefusalNamesThem,
//	        |                                                             | TestMLAAddingAnOffenceNeverRemovesAnObligationAnotherCreates,
//	        |                                                             | vectors MLA-10-several-offences-*
//	11      | Permitted with informed consent and both authorities'       | TestMLAPara11Transfer
//	        | agreement; Prohibited when either fails; NotApplicable off  |
//	        | its purposes, detention or Convention offences              |
//	12(a)-(d)| custody unless waived; return; no extradition; credit     | TestMLAPara11Transfer, TestMLAPara12dCreditDays,
//	        | counting both ends                                          | TestMLAPara12dCreditCountsBothEnds
//	13      | protection until the sending State agrees or the return     | TestMLAPara28And13SafeConduct ("para. 13 ..." cases)
//	14      | central authority, diplomatic channels where required,      | TestMLACheckForm ("para. 14 ..."), TestMLAPara14InterpolOnlyWhenUrgent,
//	        | INTERPOL when urgent and agreed; else 22(a); designation    | TestMLAPara22aNonconformingRequestMayBeRefusedOrCompleted, TestMLAAssessDuties
//	15      | writing or record; oral only urgent and agreed (confirm in  | TestMLACheckForm, TestMLAPara15OralRequestOnlyWhenUrgent,
//	        | writing); notified language (variants, not scripts);        | TestMLAPara22aNonconformingRequestMayBeRefusedOrCompleted,
//	        | authenticity; language not given: unassessed; a translation | TestMLAMalformedRequestStaysAnError; vectors MLA-15-*,
//	        | into an acceptable language conforms                        | TestMLAPara15ATranslationIntoAnAcceptableLanguageMakesTheRequestConform
//	16(a)-(f)| every element required (16(c) not for service only); a   | TestMLAPara16EveryRuleBreaksAlone, TestMLAPara16cServiceOnlyNeedsNoSummaryOfFacts,
//	        | request lacking one is decided under 22(a) and 17           | TestMLAPara22aNonconformingRequestMayBeRefusedOrCompleted,
//	        |                                                             | TestMLAPara22aNonconformingRequestIsDecided; vectors MLA-16*, MLA-22a-*
//	16(e)   | person for 3(a), (b), (k); communications for 3(e), (f);    | TestMLAPara16eIdentityAsAppropriate, TestMLAPara16eNationalityOnlyForPersons;
//	        | identity not demanded when not yet known                    | vectors MLA-16e-identity-not-yet-known, -identity-missing
//	17      | more information: the State's judgement, or lacking para.   | TestMLAAssessGrounds ("para. 17 ..."),
//	        | 16 elements                                                 | TestMLAPara22aNonconformingRequestMayBeRefusedOrCompleted (more column)
//	18      | execute under domestic law; specified procedure where not   | TestMLAPara18Execution, TestMLAAssessDuties,
//	        | contrary and possible; Obliged while the procedure is open  | TestMLAPara18ExecutionIsOwedWhileTheProcedureIsOpen
//	19      | Discretionary: witness or expert in the territory, asked    | TestMLAPara19VideoHearing; cases MLA-19-*
//	        | for, appearance impracticable, possible and consistent;     |
//	        | conductor by agreement (value "conductor")                  |
//	20      | other proceedings need prior consent; exculpatory           | TestMLAPara20EvidenceUse, TestMLAPara20ReviewOfAUseAlreadyMade,
//	        | disclosure with prior notice (and consultation if asked) or | TestMLAPara6And20NoticeDecidesAnExculpatoryDisclosureMade,
//	        | information without delay; review of a use made;            | TestMLAPara20ConsultationGoesWithPriorNotice
//	        | consultation goes with prior notice                         |
//	21      | keep confidential as required, or inform promptly when it   | TestMLAAssessDuties (para. 21 cases), TestMLAReview (para. 21 cases),
//	        | cannot; violation when not informed; review waits while     | vector MLA-21-confidentiality-cannot-be-kept,
//	        | whether it can is unassessed and it did not inform          | TestMLAPara21ReviewWaitsOnWhetherConfidentialityCanBeKept
//	22(a)   | non-conformity with paras. 14-16                            | TestMLAPara22aNonconformingRequestMayBeRefusedOrCompleted, vectors MLA-22a-*
//	22(b)-(e)| grounds on the State's judgements; consultation first     | TestMLAAssessGrounds, TestMLAReview, TestMLAPara22MayRefuseIffRefusalGroundAvailable,
//	        |                                                             | TestMLAPara22AddingAGroundNeverTurnsMayRefuseIntoObliged
//	23      | fiscal barred; violation only as the sole ground            | TestMLAReview (para. 23 cases), TestMLAPara23FiscalSoleGroundNeverLawful,
//	        |                                                             | TestMLAPara23FiscalElementNeverMakesRefusalLawful
//	24      | reasons for any refusal                                     | TestMLAReview ("para. 24 ..."), TestMLAPara24And27AcceptedRefusalHadReasonsAndConsultation,
//	        |                                                             | TestMLAPara30bNonPublicRecordsAreAtTheStatesDiscretion
//	25      | execute soon; reasoned deadline only; progress; requesting  | TestMLAAssessDuties ("para. 25 ..." cases), vector MLA-25-*
//	        | State informs when no longer required                       |
//	26      | postponement only on interference; consultation first       | TestMLAReview (para. 26 cases), vector MLA-26-postponement
//	27      | consultation before a para. 22 refusal or postponement,     | TestMLAReview (para. 27 cases), TestMLAPara27RequestingStateCompliesWithConditionsItAccepts,
//	        | not other refusals; conditions' bases; duty to comply       | TestMLAPara29ConditionsAgreedOnSubstantialCosts, vectors MLA-27-*, MLA-29-*
//	28      | protected from arrival; ceases after the period with an     | TestMLAPara28And13SafeConduct, TestMLAPara28OnceCeasedNeverRevives,
//	        | opportunity of leaving, or on a voluntary return            | TestMLAPara28InterruptionRestartsTheConsecutiveCount,
//	        |                                                             | TestMLAPara28VoluntaryReturnEndsItAtOnce, TestMLAPara28AgreedPeriodReplacesFifteenDays,
//	        |                                                             | TestMLAPara28InterruptionsCountAsDaysNotAsAList
//	29      | ordinary costs unless agreed; consult on substantial costs; | TestMLAPara29Costs, TestMLAPara29ConditionsAgreedOnSubstantialCosts
//	        | conditions so agreed lawful                                 |
//	30(a)   | public records: Obliged, DutyProvidePublic                  | TestMLAPara30GovernmentRecords, TestMLAPara30bNonPublicRecordsAreAtTheStatesDiscretion
//	30(b)   | non-public: Discretionary; declining or conditions lawful   | TestMLAPara30bNonPublicRecordsAreAtTheStatesDiscretion,
//	        |                                                             | TestMLAPara30bDecliningNonPublicRecordsIsNeverAViolation, vectors MLA-30b-*
//	31      | not encoded (treaty-making policy)                          | registry Reason
//	32      | only States Parties; requesting and requested distinct      | TestMLAPara16EveryRuleBreaksAlone (Requesting, Requested)
//	Coop. 3 | ground under every regime; unassessed belief undetermined   | TestMLACoop3GroundShowsInTheOutcomeWhateverTheRegime,
//	        | only where it could change the outcome; note on grounds     | TestMLACoop3UnassessedBeliefOnlyWhereItCouldChangeTheOutcome, vectors MLA-Coop3-*
//	Joint   | basis: agreement or case agreement, else NotApplicable      | TestJointInvestigations,
//	        | whatever the plan; with a basis, sovereignty respected,     | TestJointInvestigationsSovereigntyBindsAnInvestigationWithABasis
//	        | else Prohibited                                             |
//	Law enf.| not encoded (measures, policy, within means)                | registry Reason
//
// # References
//
//   - The seed text: United States proposal, MUTUAL LEGAL ASSISTANCE (paras.
//     1-32), JOINT INVESTIGATIONS and LAW ENFORCEMENT COOPERATION articles;
//     GENERAL PROVISIONS ON INTERNATIONAL COOPERATION, paras. 2-3.
//   - United Nations Convention against Transnational Organized Crime
//     (UNTOC), arts. 18 (the source of the MLA article), 19 and 27; art.
//     2(b) for "serious crime".
//   - Council of Europe Convention on Cybercrime (ETS No. 185), arts. 29-34
//     for purposes 3(d)-(f).
//   - golang.org/x/text/language for the matching of languages.
package mla
