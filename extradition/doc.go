// Package extradition implements the extradition article of the Convention,
// as in [convention.TextVersion], with the two paragraphs of the general
// provisions on international cooperation that bear on it (Cooperation
// art., paras. 2-3).
//
// It serves the case systems of central authorities and prosecutors that
// check an incoming or outgoing request for extradition. A [Request]
// carries what a real request holds: the two States, the person sought
// (where the person is, whether a national of the requested State, in what
// capacity), the offences with both States' characterisation of their
// conduct, the purpose (prosecution or the enforcement of a sentence), what
// the requesting State asks for beyond surrender, the legal basis it
// invokes, the original's language and its translations, urgency with
// reasons, transmission, contacts, attachments and related requests (the
// parts convention shares across request types). A [Profile] holds the
// requested State's position on the legal basis of extradition and the
// Convention offences its case system recognises; [Facts] hold its
// judgements in the case and what its law and treaties provide. The
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
// Assess and Review return one [Decision]; [Prepare] validates a request
// once, and [Prepared.Assess] and [Prepared.Review] decide it as often as
// the requested State's judgements come in. Problems carry their citation
// and their JSON path. A decision's explanation carries the values it
// computed, by name (see [Decision]).
//
// Judgements stay with the State. What the text leaves to the requested
// State ("substantial grounds for believing", "upon being satisfied", "may
// apply", "may consider"), what its law and treaties provide (para. 7,
// nationality and the substance of a domestic ground included), and what
// must be found in the case ("where appropriate") are inputs, each a
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
// Deciding allocates nothing; explanations ([Decision.Explain],
// [Decision.String]) are rendered on demand. A request of hostile size (a
// million offences, attachments or related requests, a huge string, deep
// JSON) is refused with one problem or handled in linear time: see
// [Request], [MaxOffences] and [MaxListed].
//
// Package extraditiontest draws valid and broken inputs for property tests;
// downstream_test.go in this package shows a case system using it with
// rapid.
//
// # Articles
//
//   - Cooperation art., para. 2 (dual criminality on the conduct, whatever
//     its name): [DecideScope], through [convention.DualCriminalityMet];
//     [FactCriminalRequested].
//   - Cooperation art., para. 3 (non-discrimination): [Assess], [Review],
//     through [convention.NoObligationArises]: no obligation to extradite,
//     [GroundDiscrimination], [FactDiscriminationBelief]; the explanation
//     notes the listed grounds named ([convention.DiscriminationFacts.Note]).
//     It takes the place of UNTOC art. 16(14), which the extradition article
//     does not repeat.
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
//     ([GroundMinimumPenalty], [GroundDomestic], [GroundNationality] with
//     [FactNationalityGround]), [Review] ([ViolationNoGround],
//     [ViolationGroundNotAvailable]).
//   - Para. 9 (custody and other measures): [DecideProvisional].
//   - Para. 10 (submission for prosecution): [Assess] ([DutySubmit]),
//     [Review] ([ViolationNoSubmission], [TestSolelyNationality]).
//   - Para. 11 (conditional surrender discharges para. 10): [Review],
//     [ActionExtraditeConditionally], [CourseConditional].
//   - Para. 12 (enforcement of the sentence): [Assess]
//     ([DutyConsiderEnforcement]), [Review]
//     ([ViolationEnforcementNotConsidered]).
//   - Para. 13 (fair treatment): [DutyFairTreatment], noted by [Assess],
//     [Review] and [DecideProvisional].
//   - Para. 14 (fiscal matters never the sole ground): [GroundFiscal] is
//     barred, and so is a ground of domestic law whose substance it is
//     ([FactDomesticGroundFiscal]); [Review] ([ViolationFiscalSole]).
//   - Para. 15 (consultation before refusing): [DutyConsult], [Review]
//     ([ViolationNoConsultation]).
//
// # Left to domestic law
//
//   - Para. 7: the conditions and grounds of refusal themselves are those
//     of the requested State's law and treaties. The library takes the
//     State's findings as inputs ([Facts.MinimumPenaltyMet],
//     [Facts.DomesticGround], [Facts.NationalityGround],
//     [Facts.DomesticGroundFiscal]) and computes their place in the
//     article. The article makes nationality no ground of refusal: it
//     attaches duties (paras. 10-12) to a refusal that law or treaty allows.
//   - Para. 3, second sentence (include the offences in future treaties),
//     para. 8 (expedite procedures, simplify evidentiary requirements) and
//     para. 16 (conclude agreements) are undertakings and obligations of
//     effort with no test on a request; so is the Transfer of sentenced
//     persons article ("may consider entering into ... agreements").
//   - Para. 10, second and third sentences: how the competent authorities
//     decide ("in the same manner as ... any other offence of a grave
//     nature") and cooperate is for them; [DutySubmit] states it.
//   - Para. 13: whether treatment was fair is for the courts;
//     [DutyFairTreatment] records the guarantee.
//
// # Readings
//
// Each reading the library takes, with the words that decide it; the
// provision registry (convention.Registry, field Reading) records the same.
//
//   - Para. 1, "and the person ... is located": UNTOC art. 16(1), its
//     source, reads "where". The presence of the person is a condition of
//     the article applying. "punishable under the domestic law of both":
//     the request is the requesting State's statement that its law punishes
//     the conduct; the requested State's characterisation of the conduct
//     decides ([Charge.Requested], Cooperation art., para. 2).
//   - Para. 2, "several separate serious crimes, some of which are not
//     covered": the power extends to an offence the article does not cover
//     when that offence is a serious crime (UNTOC art. 2(b), on the
//     requesting State's maximum penalty) and the request includes at least
//     one covered offence. "may apply": the State's choice, one for all the
//     latter offences, as the text speaks of them together; never made by
//     the library.
//   - Paras. 4 and 5(a), "may consider this Convention the legal basis":
//     the choice is the State's, case by case ([Facts.ConventionBasis]);
//     while it is unmade, the notification under para. 5(a) stands for it
//     ([DecideBasis]); with neither, the outcome is Discretionary.
//   - Para. 3, "deemed to be included as an extraditable offence in any
//     extradition treaty existing between States Parties": the article
//     applies as para. 1 says whatever legal basis the request invokes, and
//     a request under an extradition treaty is a request under the article.
//     The basis on which the requested State extradites is found on its
//     position ([Profile]), not on the words of the request: the basis
//     invoked ([Request.Basis]) is compared with it in the explanation
//     (value basis-invoked; a treaty invoked that is not in force; para.
//     4's choice; no reciprocity basis for a treaty-conditional State), and
//     a request silent on its basis is decided as any other and said to be.
//   - Para. 6, "between themselves": the requested State's own position
//     decides the basis on which it extradites.
//   - Para. 7, "the grounds upon which the requested State Party may refuse
//     extradition" are those "provided for by the domestic law of the
//     requested State Party or by applicable extradition treaties": the
//     article itself gives none. Nationality is a ground only where that law
//     or treaty provides it ([Facts.NationalityGround]); a law under which
//     the State is "permitted ... to extradite or otherwise surrender one
//     of its nationals only upon the condition" of return (para. 11) is
//     such a law. Whether a condition not met compels refusal is for that
//     law: the article forbids no surrender, and [Review] never finds one
//     unlawful.
//   - Para. 7: where a legal basis makes extradition owed, a refusal must
//     rest on a ground available in the case ([ViolationNoGround]), and a
//     ground relied on that is not available is a violation even beside one
//     that is ([ViolationGroundNotAvailable]). Each defect is counted once:
//     a refusal relying only on grounds not available is
//     ViolationGroundNotAvailable, one relying only on the fiscal element
//     para. 14's ViolationFiscalSole, and ViolationNoGround is a refusal
//     that relies on nothing the text names. Where nothing obliges the
//     State to extradite (no legal basis, para. 4; the belief of
//     Cooperation art., para. 3), the ground a refusal gives breaks nothing
//     in para. 7: the grounds are the conditions to which an obligation is
//     "subject"; paras. 10, 12, 14 and 15 still bind the refusal.
//   - Cooperation art., para. 3, "Nothing in this Convention shall be
//     interpreted as imposing an obligation to extradite": the belief held
//     lifts the obligation whatever the legal basis (NoObligation), and a
//     refusal then breaks nothing in para. 7, whatever ground it states.
//     The assessment answers whether the State must extradite; NoObligation,
//     MayRefuse and Discretionary all leave it free to refuse, so an
//     unassessed belief leaves the outcome Undetermined only where nothing
//     else frees the State: with a ground of para. 7 available, the outcome
//     is MayRefuse either way. The listed grounds named are information,
//     noted in the explanation, never a condition.
//   - Para. 9, "Subject to the provisions of its domestic law and its
//     extradition treaties", "upon being satisfied that the circumstances
//     so warrant and are urgent" and "at the request of the requesting State
//     Party" are cumulative; the satisfaction is the requested State's own,
//     and the requesting State's word ([Request.Urgency]) does not stand for
//     it. "may": a power (Discretionary), never a duty.
//   - Paras. 10 and 12: para. 10 ("an alleged offender", "for the purpose
//     of prosecution") governs extradition sought for prosecution, para. 12
//     extradition sought to enforce a sentence.
//   - Para. 10, "solely on the ground that he or she is one of its
//     nationals": a refusal relying on nationality and on no other
//     available ground; a fiscal element, or a domestic ground whose
//     substance it is, adds none. "at the request of the State Party seeking
//     extradition": no request ([Request.SubmitIfRefused]), no duty. The
//     duty attaches to the refusal as made: a refusal on nationality that
//     law or treaty does not allow breaks para. 7 and does not escape para.
//     10.
//   - Para. 11: both conditions are required, "permitted under its domestic
//     law ... only upon the condition" and "agree with this option"; a
//     conditional surrender short of either does not discharge para. 10,
//     which then applies as to a refusal on nationality.
//   - Para. 12, "refused because the person sought is a national": nationality
//     among the grounds relied on (the text does not say "solely"); "upon
//     application of the requesting Party" and "if its domestic law so
//     permits" are both required; "consider" is met by considering,
//     whatever the decision.
//   - Para. 13, "at all stages of the proceedings": custody under para. 9
//     included.
//   - Para. 14, "on the sole ground that the offence is also considered to
//     involve fiscal matters": a ground of domestic law or treaty whose
//     substance is that the offence involves fiscal matters
//     ([Facts.DomesticGroundFiscal]) is that ground, whatever domestic law
//     calls it. It is barred as the sole ground whether or not a legal basis
//     exists; beside an available ground it adds nothing and breaks nothing.
//     Such a ground where the request marks no offence as fiscal is
//     inconsistent input.
//   - Para. 1, "the offences established under this Convention": the
//     decisions answer offence by offence where the answer differs
//     (offences[i].scope, offences[i].fiscal); the requested State's
//     findings under para. 7 are taken for the request as a whole. A
//     catalogue of the Convention offences ([Profile.Offences]) turns a
//     name it does not declare into a problem, never into an offence
//     outside the article.
//   - The article says nothing of languages, transmission, contacts,
//     attachments or related requests: they are carried and checked for
//     their own consistency, and decide nothing. The requesting State's
//     urgency ([Request.Urgency]) is its word, not the requested State's
//     satisfaction under para. 9.
//   - Para. 15, "shall, where appropriate, consult": appropriateness is not
//     left to the requested State's own satisfaction (contrast para. 9,
//     "upon being satisfied"); it is an input ([Facts.ConsultAppropriate])
//     the library never presumes: unassessed, a refusal without consultation
//     is Undetermined.
//
// # Fidelity
//
// One row per paragraph: what the code decides, and the tests that show
// each condition on both sides (a row-based test is named with the rows
// that bear on the paragraph; each row's name or comment quotes its words).
//
//	Para.     | What the code decides (conditions)           | Tests (both sides)
//	----------+----------------------------------------------+-----------------------------
//	Coop. 2   | Dual criminality, where para. 1 requires it, | TestScope (Cooperation para.
//	          | turns on the conduct: criminal under the     | 2 rows; para. 1 conduct not
//	          | requested State's law                        | criminal; characterisation
//	          | (Charge.Requested.Criminal; the requesting   | unassessed);
//	          | State's by its request), whatever the names  | TestExtraditionPara1RenamingNeverChangesScope
//	          | and categories. Yes, no, unassessed.         |
//
//	Coop. 3   | "Nothing in this Convention shall be         | TestCooperationPara3BeliefLiftsTheObligationToExtradite;
//	          | interpreted as imposing an obligation to     | TestCooperationPara3NoteInExplanations;
//	          | extradite ... if" the State "has substantial | TestCooperationPara3DiscriminationLiftsObligation;
//	          | grounds for believing": held, NoObligation   | TestAssess (Cooperation
//	          | whatever the basis and GroundDiscrimination  | para. 3 rows)
//	          | available; not held, no effect; unassessed,  |
//	          | Undetermined only where no other reason      |
//	          | frees the State (no basis, para. 4 open, a   |
//	          | ground available). Grounds named are noted,  |
//	          | never a condition. The belief also lifts the |
//	          | obligation the review checks.                |
//
//	1         | Applies to an offence "established under     | TestScope (para. 1 rows);
//	          | this Convention" (a name the Profile's       | TestAssess (para. 1 rows);
//	          | catalogue does not declare is invalid),      | TestCatalogueDeclaresTheConventionOffences;
//	          | "punishable under the domestic law of both", | TestExtraditionAddingAnOffenceNeverRemovesAnObligation;
//	          | where the person "is located" in the         | TestExtraditionPara1OutsideTheArticleEveryResponseLawful;
//	          | requested State: each condition yes, no,     | TestExtraditionPara10SubmissionAtRequestAndSolelyOnNationality
//	          | unassessed, offence by offence               | (outside the article);
//	          | (offences[i].scope); an added offence never  | TestEveryRuleBrokenAloneReportsItsCitation
//	          | removes what another brings; outside the     | (Person.Role)
//	          | article every response is lawful and nothing |
//	          | is owed. The person sought is never a        |
//	          | witness, victim, expert or account holder.   |
//
//	2         | "several separate serious crimes, some of    | TestScope (para. 2 rows);
//	          | which are not covered": CourseAccessory for  | TestExtraditionPara2PerOffence;
//	          | an uncovered serious crime where one offence | TestExtraditionPara2DiscretionNeverExercisedByLibrary
//	          | is covered; not serious, none covered,       |
//	          | penalty unknown on the other side; "may      |
//	          | apply": the State's choice, recorded, never  |
//	          | made nor reviewed.                           |
//
//	3         | "deemed to be included ... in any            | TestBasis (para. 3 rows);
//	          | extradition treaty existing": BasisTreaty    | TestBasisKinds;
//	          | where a treaty exists; otherwise paras. 4 or | TestExtraditionBasisInvokedIsExplained;
//	          | 6. The basis the request invokes decides     | TestExtraditionFormPartsDecideNothingTheTextDoesNot;
//	          | neither the article's application nor the    | vectors EXT-P3-02, EXT-P3-03
//	          | basis found; the explanation compares them   |
//	          | (basis-invoked). Second sentence (future     |
//	          | treaties): no case-level test.               |
//
//	4         | A treaty-conditional State with no treaty    | TestBasis (para. 4 rows);
//	          | "may consider this Convention the legal      | TestExtraditionPara4ConventionNeverTakenForTheState;
//	          | basis": its choice (Facts.ConventionBasis),  | TestAssess (para. 4 rows)
//	          | else its notification; neither:              |
//	          | Discretionary, never taken for it; declined: |
//	          | GroundNoBasis, NoObligation.                 |
//
//	5(a)      | DutyNotify for a treaty-conditional State    | TestBasis (para. 4 and 5(a)
//	          | that made no notification; none once it      | rows; para. 3 row: none)
//	          | notified either way.                         |
//
//	5(b)      | "If they do not take this Convention as the  | TestBasis (para. 5(b) row;
//	          | legal basis ..., seek, where appropriate":   | para. 4 rows: none)
//	          | DutySeekTreaties for a treaty-conditional    |
//	          | State without a treaty that does not take    |
//	          | the Convention; not where it does.           |
//
//	6         | A State that does not make extradition       | TestBasis (para. 6 rows)
//	          | conditional on a treaty: BasisDomesticLaw    |
//	          | and DutyRecognise; a treaty-conditional      |
//	          | State: neither.                              |
//
//	7         | Conditions and grounds are domestic law's or | TestAssess (para. 7 rows);
//	          | the applicable treaty's: minimum penalty not | TestReview (para. 7 rows);
//	          | met, a domestic ground (other than           | TestExtraditionPara7NationalityGroundOnlyWhereLawOrTreatyProvides;
//	          | nationality, not fiscal in substance),       | TestExtraditionAddingGroundNeverMakesObliged;
//	          | nationality where that law or treaty         | TestExtraditionMayRefuseRestsOnAvailableGround;
//	          | provides it (Facts.NationalityGround, or a   | TestExtraditionSurrenderNeverUnlawful;
//	          | law permitting surrender of nationals only   | TestExtraditionPara7GroundsMatterOnlyWhereExtraditionIsOwed
//	          | on condition): each yes, no, unassessed.     |
//	          | Review: where extradition is owed, a ground  |
//	          | relied on that is not available, or no       |
//	          | ground, is unlawful; where nothing obliges   |
//	          | the State, no ground given breaks para. 7;   |
//	          | surrender never is.                          |
//
//	8         | "shall, subject to their domestic law,       | -
//	          | endeavour": an obligation of effort with no  |
//	          | case-level test (registry Reason).           |
//
//	9         | Power (Discretionary, CourseProvisional)     | TestExtraditionPara9ProvisionalMeasuresThreeConditions
//	          | only "at the request of the requesting State |
//	          | Party", "subject to ... domestic law and its |
//	          | extradition treaties", "upon being satisfied |
//	          | that the circumstances so warrant and are    |
//	          | urgent" (the requested State's               |
//	          | satisfaction), the person present: each yes, |
//	          | no, unassessed.                              |
//
//	10        | ViolationNoSubmission where a national's     | TestExtraditionPara10SubmissionAtRequestAndSolelyOnNationality;
//	          | extradition for prosecution is declined      | TestExtraditionPara10RefusalSolelyForNationalityNeverLawfulWithoutSubmission;
//	          | "solely on the ground" of nationality        | TestReview (para. 10 rows);
//	          | (another available ground: not solely;       | TestExtraditionPara7NationalityGroundOnlyWhereLawOrTreatyProvides
//	          | fiscal element: adds none), "at the request  |
//	          | of the State Party seeking extradition", and |
//	          | the case is not submitted; each condition on |
//	          | both sides; an unlawful refusal on           |
//	          | nationality does not escape it.              |
//
//	11        | Conditional surrender discharges para. 10    | TestExtraditionPara11ConditionalSurrenderDischargesPara10
//	          | only where domestic law permits surrender of |
//	          | nationals "only upon the condition" of       |
//	          | return and both States "agree with this      |
//	          | option"; each yes, no, unassessed;           |
//	          | CourseConditional listed only where the law  |
//	          | so permits.                                  |
//
//	12        | DutyConsiderEnforcement,                     | TestExtraditionPara12ConsiderEnforcementOfTheSentence;
//	          | ViolationEnforcementNotConsidered:           | TestAssess (para. 12 rows)
//	          | extradition "sought for purposes of          |
//	          | enforcing a sentence", "refused because"     |
//	          | (not solely) the person is a national, "upon |
//	          | application", "if its domestic law so        |
//	          | permits"; "consider" is met by considering.  |
//	          | Each on both sides.                          |
//
//	13        | DutyFairTreatment wherever the article       | TestExtraditionPara13FairTreatmentAtAllStages;
//	          | applies, provisional custody included; none  | TestExtraditionPara9ProvisionalMeasuresThreeConditions
//	          | outside it.                                  |
//
//	14        | GroundFiscal barred, never available; a      | TestExtraditionPara14FiscalExceptionIsNoDomesticGround;
//	          | domestic ground whose substance is fiscal    | TestExtraditionPara14FiscalElementNeverMakesRefusalLawful;
//	          | matters (Facts.DomesticGroundFiscal) is that | TestExtraditionPara14FiscalSoleGroundNeverLawful;
//	          | ground; ViolationFiscalSole for a refusal    | TestExtraditionPara14FiscalNeverAvailable;
//	          | resting on it alone, with or without a       | TestReview (para. 14 rows)
//	          | basis; beside an available ground, lawful.   |
//
//	15        | "Before refusing ... shall, where            | TestExtraditionPara15ConsultWhereAppropriate;
//	          | appropriate, consult":                       | TestExtraditionPara15LawfulRefusalConsultedWhereAppropriate
//	          | ViolationNoConsultation for a refusal        |
//	          | without consultation where appropriate; not  |
//	          | appropriate, or consulted: lawful;           |
//	          | unassessed: Undetermined, never presumed.    |
//	          | DutyConsult listed where a refusal is open   |
//	          | unless not appropriate.                      |
//
//	16        | "shall seek to conclude ... agreements":     | -
//	          | treaty-making policy, no case-level test     |
//	          | (registry Reason).                           |
//
//	Sentenced | Transfer of sentenced persons: "may consider | -
//	          | entering into ... agreements"; not encoded   |
//	          | (registry Reason).                           |
//
//	all       | An unassessed judgement makes an outcome     | TestExtraditionUnassessedOnlyWhereItCouldChangeTheOutcome;
//	          | Undetermined only where it could change it;  | TestExtraditionWhatIfsAgree;
//	          | what each would change agrees with deciding  | TestExtraditionResultsAreWellFormed;
//	          | again. The parts the text is silent on       | TestExtraditionFormPartsDecideNothingTheTextDoesNot
//	          | (languages, transmission, contacts,          |
//	          | attachments, related requests, the           |
//	          | requesting State's urgency) decide nothing.  |
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
