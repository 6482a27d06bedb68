// Package confiscation implements the Mechanisms for recovery of property
// through international cooperation in confiscation article (the Recovery
// art.) and the International cooperation for the purposes of confiscation
// article (the Confiscation art.) of the Convention, as in
// [convention.TextVersion].
//
// A [Request] carries what a request for confiscation does in practice
// (see Example_cryptoAndBankAccount): the legal basis it invokes, the
// contents of MLA art., para. 16 (embedded [mla.Contents]), the offences
// (up to [MaxOffences]; decisions answer per offence in mla.OffenceSets),
// the urgency, channel, form, language with its translations and
// transmission of MLA art., paras. 14-15, confidentiality, contacts,
// related requests and attachments, and the [Kinds] of cooperation it
// seeks: obtaining a domestic order of confiscation and giving effect to it
// (para. 1(a)), giving effect to the requesting State's order (para. 1(b)),
// and identifying, tracing, freezing or seizing property for eventual
// confiscation (para. 2), with the contents para. 3(a)-(c) adds for each
// (the [Property], each with its [Asset] and estimated value, the [Order]).
// The MLA art. applies mutatis mutandis (para. 3). [Request.Validate]
// reports, at once, every problem, each with its citation and JSON path. A
// request that lacks what para. 3 or MLA art., para. 16 says it "shall
// contain" is not an error for the decisions: it is "not made in
// conformity with the provisions of this article", and [Assess] says what
// the requested State may do about it (MLA art., paras. 17 and 22(a),
// mutatis mutandis); only input the library cannot read is an error.
//
// The requested State's standing position is a [Profile]: its MLA profile
// (the treaty regime of MLA art., para. 9, the languages it notified, the
// catalogue of offences its case system recognises), what its domestic
// law permits ([Capacity], the measures of the Recovery art.), whether it
// makes cooperation conditional on a treaty (para. 6) and its own de
// minimis [Threshold] (para. 7). Its judgements on the case are [Facts],
// each a [convention.Judgement] that may be unassessed, validated as
// declared values. [Assess] and [Review] return a [Decision]: the shared
// [convention.Result] over the package's vocabulary [Term], with what the
// decision computes in typed fields and in the explanation's values: the
// legal basis, the MLA regime, the [Routes] open, the offences established
// and those para. 7 reaches, the contents lacking, and the comparison of
// the property's value with the threshold ([Valuation]). The MLA art.'s
// own assessment, mla.Assess, is run on the request and its tests,
// grounds, duties and facts needed are carried into the Decision under
// terms that mirror the mla terms ([Term.MLA]). Decisions evaluate every
// ground, never choose where the text says "may" or "or", and return
// [convention.Undetermined] with the facts needed and what each would
// change when a judgement they turn on is unassessed. Deciding allocates
// nothing; Explain and String render the reasoning. A case system that
// decides one request many times reads it once with [Prepare] and decides
// the [Prepared] request with [Prepared.Assess] and [Prepared.Review].
//
// Package confiscationtest generates valid requests, requests broken in
// known ways (malformed, or not in conformity with the article), profiles,
// judgements and responses for property tests; see
// TestDownstreamScreenNeverPassesAnUnlawfulLifting in downstream_test.go
// for a downstream suite using them with rapid.
//
// # Articles
//
// Recovery art. (each State's domestic measures, as the requested State's
// [Capacity]):
//
//   - Para. 1 (chapeau: "with respect to property ... of an offence
//     established in accordance with this Convention"): the duties below
//     are shown on a request relating to such an offence (Decision
//     Established).
//   - Para. 1(a) (giving effect to foreign orders): [Capacity] EnforceForeign,
//     route [RouteEnforceOrder], [TestEnforceForeign],
//     [DutyEnableEnforcement].
//   - Para. 1(b) (ordering confiscation of property of foreign origin):
//     OrderDomestic, route [RouteObtainOrder], [TestOrderDomestic],
//     [DutyEnableOrder].
//   - Para. 1(c) (confiscation without conviction): [Basis]
//     (Request.ConfiscationBasis), [Basis.WithoutConviction],
//     WithoutConviction, [TestNonConvictionCapacity],
//     [DutyEnableNonConviction].
//   - Para. 2(a), (b) (freezing or seizure on a foreign order, or on a
//     request giving a reasonable basis): FreezeOnOrder, FreezeOnRequest,
//     routes [RouteFreezeOnOrder] and [RouteFreezeOnRequest],
//     [DutyEnableFreezeOnOrder], [DutyEnableFreezeOnRequest]; the
//     reasonable basis as [Facts] SufficientEvidence.
//   - Para. 2(c) (considering additional preservation measures):
//     PreserveOther, [DutyConsiderPreservation].
//
// Confiscation art.:
//
//   - Para. 1 (jurisdiction, property in the territory, routes (a) and
//     (b) "to the greatest extent possible within its domestic legal
//     system"): [Assess], [Review], [KindObtainOrder], [KindEnforceOrder],
//     [DutyConfiscate], [ViolationConfiscationRefused].
//   - Para. 2 (identify, trace and freeze or seize): [Assess], [Review],
//     [KindProvisional], [DutyIdentifyTrace], [DutyFreezeSeize],
//     [ViolationMeasuresRefused].
//   - Para. 3 ("requests made pursuant to this article"; the MLA art.
//     mutatis mutandis; contents (a)-(c)): Request.Basis,
//     [Request.Validate], [Rules], [Kind.Contents], [TestRequestContents],
//     Decision.Incomplete; the MLA art.'s rules through mla.Request.Validate,
//     mla.Prepare and mla.Assess.
//   - Para. 4 (domestic law, procedural rules and treaties):
//     [DutyDomesticLaw], [GroundLiftRequired], [ViolationRouteClosed],
//     and the NoObligation outcome of [Assess].
//   - Para. 5 (furnishing laws to the Secretary-General): the
//     implementation package's Checklist.
//   - Para. 6 (the Convention as treaty basis): [Profile] TreatyCondition,
//     [DutyTreatyBasis], [GroundNoTreaty] (barred), [ViolationNoTreaty].
//   - Para. 7 (offence not established, offence by offence; insufficient
//     or untimely evidence; de minimis value): [GroundNotEstablished]
//     (Decision.Established and NotEstablished; Response.Offences for a
//     refusal in part), [GroundEvidence], [GroundDeMinimisValue],
//     [LiftGrounds], the State's own [Threshold] ([Profile] DeMinimis,
//     [Threshold.DeMinimis], Decision.DeMinimis), the catalogue of offences
//     ([Prepare]); [Review] of refusals and of lifting.
//   - Para. 8 (opportunity before lifting): [DutyOpportunity],
//     [ViolationNoOpportunity], [Review] with [ActionLift].
//   - Para. 9 (bona fide third parties): the statement of para. 3(b)
//     ([Request] ThirdParties), [GroundThirdParties].
//   - Para. 10 (further agreements): a treaty-making policy duty, not
//     decided.
//
// MLA art., applied mutatis mutandis: paras. 7 and 9 (the legal basis and
// the regime), 8 (bank secrecy), 10 (offence by offence), 14-15 (channel,
// form, language and translations), 16 (contents), 17, 18, 21 (keep
// confidential, or inform), 22 (22(a) for a request not in conformity),
// 23, 24, 25 (the requesting State informs when the cooperation is no
// longer required), 26, 27 (the requesting State complies with conditions
// it accepts) and 29, and Cooperation art., para. 3, through mla.Assess and
// the mirrored terms ([TestDiscrimination] to [DutyConsultCosts]).
//
// # Reading notes
//
// Each reading the package takes, with the words that decide it; the
// registry (convention.Registry) records the same under each paragraph.
//
//   - Para. 3, "requests made pursuant to this article" (with MLA art.,
//     paras. 7 and 9, mutatis mutandis: the article "shall not affect the
//     obligations under any other treaty"): a request invoking this
//     Convention, alone or with a treaty, is within the article, and MLA
//     art., para. 9 picks the regime from the profile; one invoking only
//     another treaty, reciprocity or domestic law is not (NotApplicable
//     citing para. 3, its review agreeing), the explanation naming the
//     basis and, for a treaty, saying that its obligations are not
//     affected; one silent on its basis is decided as a request under the
//     Convention, and the explanation says so. Para. 6's duty and bar
//     attach to every request under the article, whatever else it invokes.
//   - Paras. 1, 2 and 7 with several offences. Paras. 1 and 2 describe the
//     requesting State ("having jurisdiction over an offence established
//     under this Convention"); para. 7's ground reaches "the offence to
//     which the request relates", offence by offence: each offence not
//     established under the Convention (Decision.NotEstablished). It is a
//     ground for refusing the request as a whole only when the request
//     relates to no offence established under the Convention; otherwise
//     the duties the established offences create stand, and the ground
//     supports a refusal in part, as to the offences it reaches
//     (Response.Offences). The Recovery art.'s duties arise when some
//     offence is established. Adding an offence never removes an
//     obligation another offence creates. MLA art., para. 10 applies as
//     the mla package reads it, offence by offence like para. 7's first
//     ground ("may decline ... on the ground of absence of dual
//     criminality"): its ground reaches each offence whose conduct is not
//     criminal in the requested State (Decision.WithoutDualCriminality); it
//     is available for the request as a whole only where it reaches every
//     offence, and otherwise supports a refusal in part as to the offences
//     it reaches (Response.Offences), the duties the others create
//     standing.
//   - Para. 3 and MLA art., para. 22(a), mutatis mutandis: what para.
//     3(a), (b) or (c), or MLA art., para. 16, says a request "shall
//     contain" is part of "the provisions of this article". A request
//     lacking it, or resting on an order that is not the court's final
//     order of confiscation para. 1(b) requires, is "not made in
//     conformity with the provisions of this article": where MLA art.,
//     paragraphs 10 to 30 govern, para. 22(a) is available, with reasons
//     (para. 24) and consultation (para. 27) owed and additional
//     information open (para. 17, "when it can facilitate such
//     execution"); where a treaty governs, those paragraphs are not
//     applied. The request is decided, not rejected: validation lists the
//     problems, Decision.Incomplete and Lacking say what is lacking.
//   - MLA art., para. 15, mutatis mutandis, "in a language acceptable to
//     the requested State Party": the original or a translation sent with
//     it. A request with a translation into an acceptable language is
//     decided as the same request made in that language.
//   - The catalogue of offences the requested State's case system
//     recognises (Profile.Recognised): an offence named as established
//     under the Convention that it does not declare is input the library
//     cannot decide on (para. 7 turns on the name), never silently an
//     offence not established.
//   - The typed parts that the text does not make decisive (the asset, its
//     identifier and holder, contacts, transmission, related requests,
//     attachments) are carried and checked for consistency only: a copy of
//     an order said to be included is among the attachments listed; a
//     request for confiscation neither extends a preservation nor is the
//     request that follows one.
//   - Para. 1(a) and 1(b) are two ways of complying with one duty ("or").
//     The request's kind fixes what it must contain (para. 3); the route is
//     the requested State's choice. A request carrying an order (para.
//     1(b)) may be acted on by either route; a request without one only by
//     route (a). [Decision] Routes lists every open route and the library
//     never picks one.
//   - Route (a) needs the capacity of Recovery art., para. 1(b), or, where
//     confiscation is sought without a conviction, that of para. 1(c);
//     route (b) that of para. 1(a); freezing or seizure that of para. 2(a)
//     (on an order) or 2(b) (on a request). Where no route of para. 1 is
//     open, the duty "to the greatest extent possible within its domestic
//     legal system" leaves nothing to do: the outcome is NoObligation citing
//     para. 4, with the Recovery art. duty the State has not met.
//     Identifying and tracing are always owed under para. 2. Recovery art.,
//     para. 1(b)'s "where they have jurisdiction" is for the authorities to
//     which the request is submitted to decide (para. 1(a): "if such an
//     order is granted"; para. 4), not a condition of the duty to submit.
//   - The Recovery art.'s duties arise "with respect to property acquired
//     through or involved in the commission of an offence established in
//     accordance with this Convention" (para. 1; para. 2(a), (b): "for
//     purposes of paragraph 1(a)"): a capacity found lacking shows its
//     duty unmet only on a request for such an offence. "in accordance
//     with its domestic law" gives the measures their form and does not
//     excuse them. The duty to "Consider taking additional measures"
//     (para. 2(c)) is owed on every request under Confiscation art., para.
//     2 ("upon a request made pursuant to [paragraph 2]"), whether or not
//     freezing is open and whatever measures the State has taken.
//   - Para. 1 requires the property to be "situated in its territory";
//     para. 2 does not, identifying and tracing being how the property is
//     found.
//   - A request relating only to offences not established under the
//     Convention may be refused (MayRefuse with [GroundNotEstablished]),
//     the State remaining free to cooperate; a measure it has taken on
//     such a request is not lifted on that ground.
//   - The "reasonable basis ... to believe that there are sufficient
//     grounds" of Recovery art., para. 2(a), (b) is the requested State's
//     judgement of the evidence; where it is negative, the ground is para.
//     7's insufficient evidence ([Facts] SufficientEvidence).
//   - The de minimis value of para. 7 is the article's own ground; MLA art.,
//     para. 10's "matters of a de minimis nature" also applies, mutatis
//     mutandis, as a separate judgement.
//   - "if the property is of a de minimis value" (para. 7): the State's own
//     judgement ([Facts] DeMinimisValue) answers; while it is unassessed,
//     the State's own threshold ([Profile] DeMinimis, a [Threshold]) may.
//     "the property" is all the property the request concerns: the total
//     of the items' estimated values (para. 3(a)) is compared, exactly, in
//     decimal, and is de minimis when below the threshold. A total equal to
//     the threshold is not below it: the exception to the duties of paras.
//     1 and 2 is read narrowly. Items without a stated value leave the
//     answer open unless the others already reach the threshold. A value in
//     another currency is converted at the State's [Rate], exactly; without
//     a rate it is an error of [Prepare], never compared.
//   - Para. 7 has two sentences: cooperation "may be refused" if the
//     offence is not established under the Convention; it "may also be
//     refused or provisional measures lifted" if the requested State "did
//     not receive sufficient and timely evidence or if the property is of
//     a de minimis value". Only those two grounds of para. 7 lift a
//     measure ([LiftGrounds]); the first sentence's ground and those of
//     MLA art., paras. 10 and 22 refuse cooperation but never lift a
//     measure already taken, under whatever regime: a lifting resting on
//     them breaks para. 2 ([ViolationMeasuresRefused]). A measure may also
//     be lifted where domestic law, procedural rules or a treaty binding
//     the State in relation to the requesting State require it (para. 4:
//     "in accordance with and subject to"), and no obligation to continue
//     it arises where Cooperation art., para. 3 ("Nothing in this
//     Convention shall be interpreted as imposing an obligation ... to
//     provide assistance") or para. 9 ("shall not be construed to
//     prejudice the rights of bona fide third parties") applies. Before
//     lifting, para. 8 applies in every case, a lifting domestic law
//     requires included; it yields only where giving the opportunity is
//     not possible ("wherever possible", a judgement, [Facts]
//     OpportunityPossible). A refusal lifts nothing and owes no
//     opportunity.
//   - Para. 9 ("shall not be construed to prejudice the rights of bona
//     fide third parties") keeps their rights intact: where the requested
//     State judges that acting, or continuing a measure, would prejudice
//     them, no duty of the article requires it, and it may decline or lift
//     to that extent ([GroundThirdParties]).
//   - MLA art., paras. 10 to 30 apply mutatis mutandis only where they
//     govern (MLA art., para. 9). Where an MLA treaty governs, their
//     grounds and duties are not applied, the explanation says so, and the
//     outcome rests on the article's own rules (paras. 1, 2, 6-9) and those
//     of the MLA art. that hold under either regime (para. 8; Cooperation
//     art., para. 3). A refusal resting only on matters the treaty governs
//     is reviewed NotApplicable citing MLA art., para. 9; a lifting resting
//     on them is not (para. 7 governs lifting, whatever the regime).
//   - Para. 4 ("in accordance with and subject to the provisions of its
//     domestic law and its procedural rules or any bilateral or
//     multilateral treaty, agreement or arrangement"): [Capacity] states
//     what domestic law and such a treaty allow; [Facts] LiftRequired
//     what they require of a measure already taken.
//   - Cooperation art., para. 3 ("Nothing in this Convention shall be
//     interpreted as imposing an obligation ... to provide assistance")
//     reaches cooperation for confiscation under every regime of MLA art.,
//     para. 9: it is not among paragraphs 10 to 30 that a treaty displaces.
//     The State's belief is one answer ([convention.DiscriminationFacts]
//     Belief); the listed grounds it names are information for the
//     explanation's note, never a condition.
//   - An unassessed judgement makes a decision Undetermined only where it
//     could change the outcome. An unknown MLA regime matters only where a
//     ground of MLA art., paras. 10 or 22 is available or open: otherwise
//     the outcome is the same under the treaty and under the article.
//   - MLA art., para. 24 (reasons for "any refusal") applies to refusals on
//     the article's own grounds too; para. 27 (consultation) only before
//     refusing on a ground of its para. 22, as its words say.
//   - The MLA art.'s scope (its paras. 1, 2 and 4) is replaced by the
//     article's (paras. 1, 2 and 7), and its purposes (para. 3) by the
//     measures of paras. 1 and 2: a Request leaves Contents.Purposes empty.
//     Para. 3 refers to "article [on mutual legal assistance, paragraph
//     15]" for the contents of a request; the contents are in paragraph 16
//     (see the registry's drafting note), which is applied.
//   - The reference of paras. 1 and 2 to "article [on confiscation and
//     seizure, paragraph 1]" is a placeholder; the library records the category of
//     property the request states ([Category]) without testing it.
//
// # Left to domestic law
//
//   - Whether a court of the requested State grants the order sought under
//     route (a), and how an order is given effect under route (b): para. 4
//     makes both subject to domestic law and procedural rules.
//   - What the requested State's law permits (the Recovery art.'s
//     measures), whether the requesting State has jurisdiction, whether the
//     property is in the territory, whether evidence is sufficient and
//     timely, whether a value is de minimis, whether third-party rights
//     would be prejudiced, and whether giving an opportunity is possible
//     are the State's facts and judgements, taken as [Profile] and [Facts].
//   - Para. 10 (considering further agreements) is a treaty-making policy
//     duty with no case-level test.
//
// # Fidelity
//
// One row per paragraph or sub-paragraph: what the code decides, with its
// conditions, and the tests that show each condition on both sides (Vn:
// the case named n in testdata/vectors.txt).
//
//	Recovery 1 chapeau | "in order to provide mutual legal assistance
//	    pursuant to [Confiscation art.] with respect to property ... of an
//	    offence established in accordance with this Convention": duties shown
//	    only on a request for such an offence; "in accordance with its
//	    domestic law" gives the form, does not excuse |
//	    TestRecoveryDutiesOnlyForOffencesEstablishedUnderTheConvention
//	Recovery 1(a) | route (b) open iff EnforceForeign (and an order is
//	    produced); lacking: DutyEnableEnforcement | TestRecoveryPara1RoutesRestOnCapacities,
//	    V CONF-1b-only-route-a-open, V CONF-1b-route-chosen, V CONF-4-enforcement-outside-domestic-law
//	Recovery 1(b) | route (a) on a conviction basis iff OrderDomestic;
//	    lacking: DutyEnableOrder; "where they have jurisdiction" left to the
//	    authorities seized | TestRecoveryPara1RoutesRestOnCapacities,
//	    V CONF-1a-only-route-b-open, V CONF-1a-route-undetermined
//	Recovery 1(c) | "without a criminal conviction ... death, flight or
//	    absence or in other appropriate cases" (Basis): route (a) iff
//	    WithoutConviction; lacking: DutyEnableNonConviction |
//	    TestRecoveryPara1RoutesRestOnCapacities, V RECOVERY-1c-without-conviction-*
//	Recovery 2(a), (b) | freezing "upon a freezing or seizure order"
//	    produced iff FreezeOnOrder, on the request iff FreezeOnRequest;
//	    lacking: the duty; "reasonable basis ... sufficient grounds":
//	    SufficientEvidence, no basis gives the evidence ground (refuse or
//	    lift) | TestPara2IdentifyTraceAlwaysFreezeWhereDomesticLawAllows,
//	    TestRecoveryPara2aUponAFreezingOrSeizureOrder, TestRecoveryPara2ReasonableBasis,
//	    V RECOVERY-2-no-freezing-capacity
//	Recovery 2(c) | "Consider taking additional measures": owed on every
//	    para. 2 request, whatever freezing and PreserveOther; not on para. 1
//	    alone | TestRecoveryPara2cConsiderAdditionalMeasuresWheneverPara2Applies
//	Conf. 1 | "from another State Party having jurisdiction" (Jurisdiction:
//	    no -> NotApplicable), "situated in its territory" (InTerritory: no ->
//	    NotApplicable unless para. 2 sought), "to the greatest extent possible
//	    within its domestic legal system" (no route -> NoObligation, para. 4)
//	    | TestPara1JurisdictionAndTerritory, TestPara1GreatestExtentPossibleWithinDomesticLegalSystem,
//	    TestPara1NoJurisdictionNoDuties, V CONF-1-*
//	Conf. 1(a) or (b) | "or": every open route lawful, the library picks
//	    none | TestPara1NeverChoosesBetweenRoutes, TestPara1GreatestExtentPossibleWithinDomesticLegalSystem
//	Conf. 2 | "shall take measures to identify, trace and freeze or seize":
//	    identify and trace always; freeze or seize where a route is open;
//	    refusal without ground breaks para. 2; no territory condition |
//	    TestPara2IdentifyTraceAlwaysFreezeWhereDomesticLawAllows,
//	    V CONF-2-property-not-in-territory-still-traced, V CONF-2-lifted-without-ground
//	Conf. 3 | MLA art. mutatis mutandis (para. 16 for the stale "paragraph
//	    15", drafting note); purposes replaced by Kinds | TestMLAContentsApplyMutatisMutandis,
//	    TestRegistryEncodingsExist, V VALIDATE-16a-mutatis-mutandis
//	Conf. 3, basis | "requests made pursuant to this article": Convention or
//	    silent -> within (silent said); another basis only -> NotApplicable,
//	    review agrees | TestPara3OnlyRequestsMadePursuantToTheArticle,
//	    TestPara6TheConventionSufficesWhateverElseIsInvoked, ExampleDecision_Explain
//	Conf. 3 + MLA 22(a) | lacking a para. 3 or 16 element -> decided: 22(a),
//	    17, reasons, consultation where paras. 10-30 govern; not under a
//	    treaty; malformed input stays an error | TestMLAPara22aNonconformingRequestIsDecided,
//	    TestPrepareReportsTheRequestsProblems
//	Conf. 3(a) | description, statement of facts required; location "to the
//	    extent possible" and value "where relevant" not required, checked if
//	    given | TestEachRuleBreaksAlone, TestPara3QualifiedContentsNotDemanded, V VALIDATE-3a-no-property
//	Conf. 3(b) | admissible copy, court, final, facts, extent, third-party
//	    statement required | TestEachRuleBreaksAlone, TestPara3bOrderOfConfiscation, V VALIDATE-3b-*
//	Conf. 3(c) | facts, actions required; order "where available": not
//	    required, checked if given | TestEachRuleBreaksAlone, TestPara3QualifiedContentsNotDemanded
//	Conf. 4 | DutyDomesticLaw always; acting by a closed route is
//	    ViolationRouteClosed; LiftRequired (domestic law, procedural rules or
//	    a binding treaty) lifts | TestPara4LiftingAsDomesticLawOrTreatyRequires,
//	    V CONF-4-*
//	Conf. 5 | implementation.Checklist | (implementation package)
//	Conf. 6 | "If a State Party elects": DutyTreatyBasis and GroundNoTreaty
//	    barred iff TreatyCondition; refusal for want of a treaty never lawful |
//	    TestPara6ConventionTheNecessaryAndSufficientTreatyBasis, V CONF-6-*
//	Conf. 7, 1st sentence | "may be refused ... if the offence ... is not an
//	    offence established under this Convention": per offence; whole
//	    request only when none established, else refusal in part of the
//	    offences reached; refuses, never lifts; catalogue of offences |
//	    TestPara7GroundReachesEachOffenceNotEstablished, TestPara7RefusalInPartNamesOffencesOfTheRequest,
//	    TestPara7AddingAnOffenceNeverRemovesAnObligationAnotherCreates, TestPara7CatalogueOfRecognisedOffences,
//	    TestPara7RefusalOnlyGroundsRefuseButNeverLift, TestPara7NotEstablishedAlwaysAvailable,
//	    V CONF-7-offence-not-established, V CONF-7-refuse-on-offence-not-established,
//	    V CONF-7-lift-on-offence-not-established
//	Conf. 7, 2nd sentence | "refused or provisional measures lifted" if not
//	    "sufficient and timely evidence" (either lacking) or "de minimis value"
//	    (judgement, else the State's Threshold: below, not equal; rates or
//	    error) | TestPara7RefusalOnlyGroundsRefuseButNeverLift, TestPara7AcceptedLiftingRestsOnALiftingGround,
//	    TestPara7OnlyEvidenceAndDeMinimisOfPara7LiftAMeasure, TestPara7DeMinimisThreshold*,
//	    TestPara7GroundsOnlyWhereJudged, V CONF-7-*
//	Conf. 8 | "Before lifting ... shall, wherever possible, give ... an
//	    opportunity": violation iff possible and not given; not possible ->
//	    lawful; unassessed -> Undetermined; refusals owe none |
//	    TestPara8OpportunityWhereverPossible, TestPara8LiftingWithoutOpportunityNeverLawful, V CONF-8-*
//	Conf. 9 | "shall not be construed to prejudice the rights of bona fide
//	    third parties": ThirdPartyRights yes -> may decline or lift to that
//	    extent; no -> not | TestPara9BonaFideThirdParties, V CONF-9-*
//	Conf. 10 | policy duty, not decided | TestRegistryEncodingsExist (reasoned)
//	Coop. 3 | belief yes -> ground (refuse or lift) under every regime; no ->
//	    none; unassessed -> Undetermined only where it could change the
//	    outcome; grounds named are a note | TestCoopPara3ReachesConfiscationUnderEveryRegime,
//	    TestCoopPara3RefusalUnderATreatyIsReviewed, TestCoopPara3GroundsNamedAreInformationNotACondition,
//	    TestUnassessedJudgementUndeterminedOnlyWhereItMatters, V COOP-3-*
//	MLA 8 | bank secrecy barred under every regime, never within scope only |
//	    TestMLAPara8BankSecrecyNeverAvailable, TestReviewAndAssessmentAgreeOnScope, V MLA-8-*
//	MLA 9 | treaty: paras. 10-30 not applied; unknown: Undetermined only if
//	    an MLA ground is available or open | TestMLAPara9TreatyGovernedNeverCitesParas10To30,
//	    V MLA-9-*
//	MLA 10, 22 | grounds where paras. 10-30 govern; refuse only; para. 10
//	    offence by offence: whole request only when no offence's conduct is
//	    criminal in the requested State, else refusal in part of the
//	    offences reached | V MLA-10-no-dual-criminality, V MLA-22b-*, V CONF-7-lift-on-essential-interests,
//	    TestMLAPara10SeveralOffencesTheGroundReachesEachOffenceAlone,
//	    TestPara7AddingAnOffenceNeverRemovesAnObligationAnotherCreates
//	MLA 15 | original or a translation in a notified language |
//	    TestMLAPara15ATranslationIntoAnAcceptableLanguageMakesTheRequestConform
//	MLA 21, 25, 27 | keep confidential or inform; requesting State informs
//	    when no longer required, complies with conditions accepted |
//	    TestMLAParas21To27DutiesApplyMutatisMutandis, TestSharedPartsAreValidatedForConsistency
//	MLA 23, 24, 26, 27 | fiscal never sole; reasons; postponement;
//	    consultation | TestMLAPara23FiscalElementNeverMakesRefusalLawful,
//	    TestMLAPara24And27AcceptedRefusalHadReasonsAndConsultation, V MLA-23-*, V MLA-24-*,
//	    V MLA-26-postponed, V MLA-27-*
//
// # References
//
//   - The seed text: United States proposal, MECHANISMS FOR RECOVERY OF
//     PROPERTY THROUGH INTERNATIONAL COOPERATION IN CONFISCATION (paras.
//     1-2) and INTERNATIONAL COOPERATION FOR THE PURPOSES OF CONFISCATION
//     (paras. 1-10); MUTUAL LEGAL ASSISTANCE, applied mutatis mutandis;
//     GENERAL PROVISIONS ON INTERNATIONAL COOPERATION, para. 3.
//   - United Nations Convention against Corruption (UNCAC), arts. 54-55,
//     the source of both articles; United Nations Convention against
//     Transnational Organized Crime (UNTOC), arts. 12-13 and 18.
//   - The mla package, whose assessment is applied mutatis mutandis.
package confiscation
