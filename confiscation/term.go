package confiscation

import (
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// Term is the decision vocabulary of the package: every test a decision
// asks, every ground of refusal (or other optional course), every duty and
// every violation, each with the paragraph it comes from. Members are
// declared in the order of the text; [Term.Describe] returns each one's
// table entry. The zero Term is TermUnknown and describes nothing.
//
// The terms of the MLA art. and of Cooperation art., para. 3, which apply
// mutatis mutandis (para. 3), mirror the mla package's terms of the same
// name: same citation, name and words ([Term.MLA] gives the mla term).
// Tests double as the facts a decision may need: a test whose answer is a
// State's judgement is listed in Result.Needed while it is unassessed.
type Term uint8

// The terms, in the order of the text. The prefix says the kind: Test (a
// question, often a State's judgement), Ground (a ground of refusal or
// another optional course), Duty and Violation.
const (
	TermUnknown Term = iota

	// Cooperation art., para. 3 (non-discrimination), through mla.
	TestDiscrimination
	GroundDiscrimination
	// MLA art., para. 8: bank secrecy, never a ground.
	TestBankSecrecy
	GroundBankSecrecy
	ViolationBankSecrecy
	// MLA art., para. 9: the treaty regime.
	TestTreatyBound
	TestArticleInLieu
	// MLA art., para. 10: dual criminality, de minimis matters, other
	// provisions.
	TestDualCriminality
	TestDeMinimis
	TestOtherProvisions
	GroundDualCriminality
	GroundDeMinimis
	GroundOtherProvisions
	// MLA art., para. 14: central authority and channels.
	TestDesignated
	TestChannel
	DutyDesignate
	// MLA art., para. 15: form and language.
	TestWriting
	TestOralAllowed
	TestLanguage
	TestAuthenticity
	DutyConfirmInWriting
	// MLA art., para. 16: contents.
	TestContents
	// MLA art., para. 17: additional information.
	TestMoreInformation
	GroundMoreInformation
	// MLA art., para. 18: execution under domestic law.
	TestProcedureSpecified
	TestProcedureLawful
	TestProcedurePossible
	DutyExecuteDomesticLaw
	DutyFollowProcedure
	// MLA art., para. 21: confidentiality of the request.
	TestConfidentialityRequired
	TestCanKeepConfidential
	DutyKeepConfidential
	DutyInformConfidentiality
	ViolationConfidentiality
	// MLA art., para. 22: grounds of refusal.
	TestConformity
	GroundNonConformity
	TestEssentialInterests
	GroundEssentialInterests
	TestDomesticProhibition
	GroundDomesticProhibition
	TestDisproportionate
	GroundDisproportionate
	TestLegalSystem
	GroundLegalSystem
	// MLA art., para. 23: fiscal matters, never the sole ground.
	TestFiscal
	GroundFiscal
	ViolationFiscalSole
	// MLA art., para. 24: reasons.
	DutyReasons
	ViolationNoReasons
	// MLA art., para. 25: speed and progress.
	TestDeadline
	DutyExecuteSoon
	DutyDeadline
	DutyProgress
	DutyInformNoLongerRequired
	// MLA art., para. 26: postponement.
	TestInterferes
	GroundPostpone
	ViolationPostponeNoGround
	// MLA art., para. 27: consultation.
	DutyConsult
	ViolationNoConsultation
	ViolationConditionsNoGround
	DutyComplyConditions
	// MLA art., para. 29: costs.
	TestCostsAgreed
	TestSubstantialCosts
	DutyBearCosts
	DutyConsultCosts

	// Recovery art., para. 1(a): giving effect to foreign orders.
	TestEnforceForeign
	DutyEnableEnforcement
	// Recovery art., para. 1(b): domestic orders on property of foreign
	// origin.
	TestOrderDomestic
	DutyEnableOrder
	// Recovery art., para. 1(c): confiscation without conviction.
	TestWithoutConviction
	TestNonConvictionCapacity
	DutyEnableNonConviction
	// Recovery art., para. 2(a): freezing or seizure on a foreign order.
	TestFreezeOnOrder
	DutyEnableFreezeOnOrder
	// Recovery art., para. 2(b): freezing or seizure on a request.
	TestFreezeOnRequest
	DutyEnableFreezeOnRequest
	// Recovery art., para. 2(c): additional preservation measures.
	TestPreserveOther
	DutyConsiderPreservation

	// Confiscation art., para. 1: requests for confiscation.
	TestJurisdiction
	TestInTerritory
	DutyConfiscate
	ViolationConfiscationRefused
	// Para. 1(a): obtaining a domestic order.
	TestRouteObtain
	// Para. 1(b): giving effect to the requesting State's order.
	TestRouteEnforce
	// Para. 2: identifying, tracing, freezing or seizing.
	TestJurisdictionMeasures
	TestRouteFreeze
	DutyIdentifyTrace
	DutyFreezeSeize
	ViolationMeasuresRefused
	// Para. 3: the contents of the request, for each kind.
	TestRequestContents
	// Para. 3(c): the order a request for provisional measures rests on.
	TestProvisionalOrder
	// Para. 4: domestic law, procedural rules and treaties.
	DutyDomesticLaw
	TestLiftRequired
	GroundLiftRequired
	ViolationRouteClosed
	// Para. 6: the Convention as treaty basis.
	TestTreatyCondition
	DutyTreatyBasis
	GroundNoTreaty
	ViolationNoTreaty
	// Para. 7: grounds of refusal and of lifting.
	TestEstablished
	GroundNotEstablished
	TestSufficientEvidence
	TestTimelyEvidence
	GroundEvidence
	TestDeMinimisValue
	GroundDeMinimisValue
	// Para. 8: opportunity before lifting.
	DutyOpportunity
	TestOpportunityPossible
	ViolationNoOpportunity
	// Para. 9: bona fide third parties.
	TestThirdPartyRights
	GroundThirdParties

	numTerms
)

// The mirrored terms run from firstMirror to lastMirror, in the order of
// mirrors.
const (
	firstMirror = TestDiscrimination
	lastMirror  = DutyConsultCosts
)

// mirrors are the mla terms the package's MLA and Cooperation terms mirror,
// in declaration order.
var mirrors = [lastMirror - firstMirror + 1]mla.Term{
	mla.TestDiscrimination, mla.GroundDiscrimination,
	mla.TestBankSecrecy, mla.GroundBankSecrecy, mla.ViolationBankSecrecy,
	mla.TestTreatyBound, mla.TestArticleInLieu,
	mla.TestDualCriminality, mla.TestDeMinimis, mla.TestOtherProvisions,
	mla.GroundDualCriminality, mla.GroundDeMinimis, mla.GroundOtherProvisions,
	mla.TestDesignated, mla.TestChannel, mla.DutyDesignate,
	mla.TestWriting, mla.TestOralAllowed, mla.TestLanguage, mla.TestAuthenticity, mla.DutyConfirmInWriting,
	mla.TestContents,
	mla.TestMoreInformation, mla.GroundMoreInformation,
	mla.TestProcedureSpecified, mla.TestProcedureLawful, mla.TestProcedurePossible,
	mla.DutyExecuteDomesticLaw, mla.DutyFollowProcedure,
	mla.TestConfidentialityRequired, mla.TestCanKeepConfidential, mla.DutyKeepConfidential, mla.DutyInformConfidentiality, mla.ViolationConfidentiality,
	mla.TestConformity, mla.GroundNonConformity, mla.TestEssentialInterests, mla.GroundEssentialInterests,
	mla.TestDomesticProhibition, mla.GroundDomesticProhibition, mla.TestDisproportionate, mla.GroundDisproportionate,
	mla.TestLegalSystem, mla.GroundLegalSystem,
	mla.TestFiscal, mla.GroundFiscal, mla.ViolationFiscalSole,
	mla.DutyReasons, mla.ViolationNoReasons,
	mla.TestDeadline, mla.DutyExecuteSoon, mla.DutyDeadline, mla.DutyProgress, mla.DutyInformNoLongerRequired,
	mla.TestInterferes, mla.GroundPostpone, mla.ViolationPostponeNoGround,
	mla.DutyConsult, mla.ViolationNoConsultation, mla.ViolationConditionsNoGround, mla.DutyComplyConditions,
	mla.TestCostsAgreed, mla.TestSubstantialCosts, mla.DutyBearCosts, mla.DutyConsultCosts,
}

// fromMLA maps each mla term to its mirror, or TermUnknown; built once and
// never changed.
var fromMLA = func() (t [256]Term) {
	for i, m := range mirrors {
		t[m] = firstMirror + Term(i)
	}
	return t
}()

// MLA returns the mla term t mirrors, or mla.TermUnknown for a term of the
// Recovery or Confiscation art.
func (t Term) MLA() mla.Term {
	if t >= firstMirror && t <= lastMirror {
		return mirrors[t-firstMirror]
	}
	return mla.TermUnknown
}

func para(p int) convention.Citation { return convention.Cite(convention.ArtConfiscation, p) }

func point(p int, r rune) convention.Citation {
	return convention.CitePoint(convention.ArtConfiscation, p, r)
}

func mlaCite(p int) convention.Citation { return convention.Cite(convention.ArtMLA, p) }

func mlaPoint(p int, r rune) convention.Citation {
	return convention.CitePoint(convention.ArtMLA, p, r)
}

func recoveryPoint(p int, r rune) convention.Citation {
	return convention.CitePoint(convention.ArtRecovery, p, r)
}

func test(c convention.Citation, name, text, uses string) convention.Description {
	return convention.Description{Kind: convention.KindTest, Cite: c, Name: name, Text: text, Uses: uses}
}

func ground(c convention.Citation, name, text string) convention.Description {
	return convention.Description{Kind: convention.KindGround, Cite: c, Name: name, Text: text, Optional: true}
}

func duty(c convention.Citation, name, text string) convention.Description {
	return convention.Description{Kind: convention.KindDuty, Cite: c, Name: name, Text: text}
}

func violation(c convention.Citation, name, text string) convention.Description {
	return convention.Description{Kind: convention.KindViolation, Cite: c, Name: name, Text: text}
}

// terms holds the entries of the Recovery and Confiscation art. terms; the
// mirrored terms describe themselves through mla.
var terms = [numTerms]convention.Description{
	TestEnforceForeign: test(recoveryPoint(1, 'a'), "can-enforce-foreign-order",
		"Can the requested State's competent authorities give effect to an order of confiscation issued by a court of another State Party?", "Profile.Capacity.EnforceForeign"),
	DutyEnableEnforcement: duty(recoveryPoint(1, 'a'), "enable-enforcement-of-foreign-orders",
		"Take such measures as may be necessary to permit the competent authorities to give effect to an order of confiscation issued by a court of another State Party"),
	TestOrderDomestic: test(recoveryPoint(1, 'b'), "can-order-confiscation",
		"Can the requested State's competent authorities, where they have jurisdiction, order the confiscation of property of foreign origin by adjudication of an offence or by other procedures authorized under domestic law?", "Profile.Capacity.OrderDomestic"),
	DutyEnableOrder: duty(recoveryPoint(1, 'b'), "enable-domestic-confiscation-orders",
		"Take such measures as may be necessary to permit the competent authorities, where they have jurisdiction, to order the confiscation of property of foreign origin"),
	TestWithoutConviction: test(recoveryPoint(1, 'c'), "without-conviction",
		"Is confiscation sought without a criminal conviction, the offender not being prosecutable by reason of death, flight or absence, or in another appropriate case?", "Request.Basis"),
	TestNonConvictionCapacity: test(recoveryPoint(1, 'c'), "can-confiscate-without-conviction",
		"Does the requested State's domestic law allow confiscation of such property without a criminal conviction?", "Profile.Capacity.WithoutConviction"),
	DutyEnableNonConviction: duty(recoveryPoint(1, 'c'), "enable-non-conviction-confiscation",
		"Take such measures as may be necessary to allow confiscation without a criminal conviction where the offender cannot be prosecuted by reason of death, flight or absence or in other appropriate cases"),
	TestFreezeOnOrder: test(recoveryPoint(2, 'a'), "can-freeze-on-foreign-order",
		"Can the requested State's competent authorities freeze or seize property upon a freezing or seizure order of a court or competent authority of the requesting State?", "Profile.Capacity.FreezeOnOrder"),
	DutyEnableFreezeOnOrder: duty(recoveryPoint(2, 'a'), "enable-freezing-on-foreign-orders",
		"Take such measures as may be necessary to permit the competent authorities to freeze or seize property upon a freezing or seizure order of a requesting State"),
	TestFreezeOnRequest: test(recoveryPoint(2, 'b'), "can-freeze-on-request",
		"Can the requested State's competent authorities freeze or seize property upon a request?", "Profile.Capacity.FreezeOnRequest"),
	DutyEnableFreezeOnRequest: duty(recoveryPoint(2, 'b'), "enable-freezing-on-requests",
		"Take such measures as may be necessary to permit the competent authorities to freeze or seize property upon a request"),
	TestPreserveOther: test(recoveryPoint(2, 'c'), "additional-preservation-measures",
		"Has the requested State taken additional measures to preserve property for confiscation, such as on the basis of a foreign arrest or criminal charge?", "Profile.Capacity.PreserveOther"),
	DutyConsiderPreservation: duty(recoveryPoint(2, 'c'), "consider-additional-preservation",
		"Consider taking additional measures to permit the competent authorities to preserve property for confiscation, such as on the basis of a foreign arrest or criminal charge"),

	TestJurisdiction: test(para(1), "requesting-state-jurisdiction",
		"Has the requesting State jurisdiction over the offence?", "Facts.Jurisdiction"),
	TestInTerritory: test(para(1), "property-in-territory",
		"Is the property situated in the requested State's territory?", "Facts.InTerritory"),
	DutyConfiscate: duty(para(1), "confiscate-greatest-extent",
		"To the greatest extent possible within the domestic legal system, submit the request to the competent authorities to obtain an order of confiscation and give effect to it (para. 1(a)), or submit the requesting State's order with a view to giving effect to it (para. 1(b)); the choice between them is the requested State's"),
	ViolationConfiscationRefused: violation(para(1), "confiscation-refused-without-ground",
		"Cooperation in confiscation refused with no available ground, against the duty of paragraph 1"),
	TestRouteObtain: test(point(1, 'a'), "can-obtain-order",
		"Does the requested State's domestic law allow it to submit the request to its competent authorities to obtain an order of confiscation?", "Request.Basis, Profile.Capacity.OrderDomestic, Profile.Capacity.WithoutConviction"),
	TestRouteEnforce: test(point(1, 'b'), "can-enforce-order",
		"Does the requested State's domestic law allow it to submit the requesting State's order of confiscation to its competent authorities with a view to giving effect to it?", "Request.Kinds, Profile.Capacity.EnforceForeign"),
	TestJurisdictionMeasures: test(para(2), "requesting-state-jurisdiction-measures",
		"Has the requesting State jurisdiction over the offence?", "Facts.Jurisdiction"),
	TestRouteFreeze: test(para(2), "can-freeze-or-seize",
		"Does the requested State's domestic law allow it to freeze or seize the property upon the requesting State's order or upon the request?", "Request.ProvisionalOrder, Profile.Capacity.FreezeOnOrder, Profile.Capacity.FreezeOnRequest"),
	DutyIdentifyTrace: duty(para(2), "identify-and-trace",
		"Take measures to identify and trace the proceeds, property, equipment or other instrumentalities for the purpose of eventual confiscation"),
	DutyFreezeSeize: duty(para(2), "freeze-or-seize",
		"Take measures to freeze or seize the proceeds, property, equipment or other instrumentalities for the purpose of eventual confiscation"),
	ViolationMeasuresRefused: violation(para(2), "measures-refused-without-ground",
		"Provisional measures refused with no available ground, or lifted with no available ground that allows lifting (paragraph 7: insufficient or untimely evidence, de minimis value), against the duty of paragraph 2"),
	TestRequestContents: test(para(3), "confiscation-contents-complete",
		"Does the request contain what paragraph 3(a), (b) or (c) says it shall contain for each kind of cooperation it seeks?", "Request"),
	TestProvisionalOrder: test(point(3, 'c'), "provisional-order-produced",
		"Does the request come with a legally admissible copy of a freezing or seizure order on which it is based (Recovery art., para. 2(a): \"upon a freezing or seizure order\")?", "Request.ProvisionalOrder"),
	DutyDomesticLaw: duty(para(4), "act-under-domestic-law",
		"Take the decisions and actions of paragraphs 1 and 2 in accordance with and subject to domestic law and procedural rules and any treaty, agreement or arrangement binding in relation to the requesting State"),
	TestLiftRequired: test(para(4), "domestic-law-requires-lifting",
		"Do the requested State's domestic law or procedural rules, or a treaty, agreement or arrangement binding it in relation to the requesting State, require the provisional measure to be lifted?", "Facts.LiftRequired"),
	GroundLiftRequired: ground(para(4), "lift-under-domestic-law",
		"Lift the provisional measure as domestic law or procedural rules, or a binding treaty, agreement or arrangement, require"),
	ViolationRouteClosed: violation(para(4), "action-outside-domestic-law",
		"The proposed action is one the requested State's domestic law does not provide for"),
	TestTreatyCondition: test(para(6), "treaty-condition",
		"Does the requested State make the measures of paragraphs 1 and 2 conditional on the existence of a relevant treaty?", "Profile.TreatyCondition"),
	DutyTreatyBasis: duty(para(6), "convention-as-treaty-basis",
		"Consider this Convention the necessary and sufficient treaty basis"),
	GroundNoTreaty: ground(para(6), "no-treaty",
		"No relevant treaty (never a ground: the Convention is the necessary and sufficient treaty basis)"),
	ViolationNoTreaty: violation(para(6), "refused-for-want-of-treaty",
		"Cooperation refused for want of a treaty, though the Convention is the necessary and sufficient treaty basis"),
	TestEstablished: test(para(7), "offence-established",
		"Does the request relate to an offence established under the Convention?", "Request.Offences[].Established"),
	GroundNotEstablished: ground(para(7), "offence-not-established",
		"The offence to which the request relates is not an offence established under the Convention (cooperation may be refused, in part where the request also relates to an offence established under the Convention; not a ground for lifting a provisional measure)"),
	TestSufficientEvidence: test(para(7), "sufficient-evidence",
		"Did the requested State receive sufficient evidence?", "Facts.SufficientEvidence"),
	TestTimelyEvidence: test(para(7), "timely-evidence",
		"Did the requested State receive the evidence in time?", "Facts.TimelyEvidence"),
	GroundEvidence: ground(para(7), "insufficient-or-untimely-evidence",
		"The requested State did not receive sufficient and timely evidence (cooperation may be refused or provisional measures lifted)"),
	TestDeMinimisValue: test(para(7), "de-minimis-value",
		"Is the property of a de minimis value?", "Facts.DeMinimisValue, Profile.DeMinimis, Request.Property"),
	GroundDeMinimisValue: ground(para(7), "property-de-minimis",
		"The property is of a de minimis value (cooperation may be refused or provisional measures lifted)"),
	DutyOpportunity: duty(para(8), "opportunity-before-lifting",
		"Before lifting any provisional measure, give the requesting State, wherever possible, an opportunity to present its reasons in favour of continuing the measure"),
	TestOpportunityPossible: test(para(8), "opportunity-possible",
		"Is it possible to give the requesting State an opportunity to present its reasons in favour of continuing the measure?", "Facts.OpportunityPossible"),
	ViolationNoOpportunity: violation(para(8), "lifted-without-opportunity",
		"Provisional measure lifted without first giving the requesting State, where possible, an opportunity to present its reasons for continuing it"),
	TestThirdPartyRights: test(para(9), "third-party-rights",
		"Would acting on the request prejudice the rights of bona fide third parties?", "Facts.ThirdPartyRights"),
	GroundThirdParties: ground(para(9), "bona-fide-third-parties",
		"Acting on the request would prejudice the rights of bona fide third parties, which the article does not prejudice"),
}

// Describe returns the term's table entry: kind, citation, name and text;
// the zero Description for TermUnknown or an undeclared value.
func (t Term) Describe() convention.Description {
	switch {
	case t >= firstMirror && t <= lastMirror:
		return mirrors[t-firstMirror].Describe()
	case t < numTerms:
		return terms[t]
	}
	return convention.Description{}
}

// String returns the term's name, prefixed by its kind ("ground:
// property-de-minimis"), or Term(n) for an undeclared value.
func (t Term) String() string {
	if t > TermUnknown && t < numTerms {
		d := t.Describe()
		return d.Kind.String() + ":" + d.Name
	}
	return "Term(" + strconv.Itoa(int(t)) + ")"
}

// Terms returns every declared term, in the order of the text.
func Terms() []Term { return convention.TermsOf[Term]() }

// Set is a set of terms (grounds invoked, duties, ...). The zero Set is
// empty.
type Set = convention.Set[Term]

// ownRefusal are the refusal grounds that hold whatever governs the
// matters of MLA art., paras. 10 to 30: para. 7, para. 9 and Cooperation
// art., para. 3.
var ownRefusal = convention.SetOf(GroundDiscrimination, GroundNotEstablished, GroundEvidence, GroundDeMinimisValue, GroundThirdParties)

// mlaRefusal are the refusal grounds of MLA art., paras. 10 and 22, which
// hold where those paragraphs govern (MLA art., para. 9).
var mlaRefusal = convention.SetOf(
	GroundDualCriminality, GroundDeMinimis, GroundOtherProvisions,
	GroundNonConformity, GroundEssentialInterests, GroundDomesticProhibition, GroundDisproportionate, GroundLegalSystem,
)

// para22Grounds are the grounds of MLA art., para. 22, before which para.
// 27 requires consultation.
var para22Grounds = convention.SetOf(
	GroundNonConformity, GroundEssentialInterests, GroundDomesticProhibition, GroundDisproportionate, GroundLegalSystem,
)

// refusalGrounds are every ground on which cooperation may be refused.
var refusalGrounds = ownRefusal.Union(mlaRefusal)

// liftGrounds are the grounds on which a provisional measure may be
// lifted. Para. 7: "Cooperation under this article may also be refused or
// provisional measures lifted if the requested State Party did not receive
// sufficient and timely evidence or if the property is of a de minimis
// value": those two grounds lift a measure; the others of para. 7 and of
// MLA art., paras. 10 and 22 only refuse. Para. 4 ("in accordance with and
// subject to the provisions of its domestic law and its procedural rules or
// any ... treaty") lets domestic law or a treaty require the lifting. The
// savings clauses of Cooperation art., para. 3 ("Nothing in this
// Convention shall be interpreted as imposing an obligation ... to provide
// assistance") and para. 9 ("shall not be construed to prejudice the
// rights of bona fide third parties") are no grounds of lifting but leave
// no obligation to continue the measure where they apply.
var liftGrounds = convention.SetOf(GroundDiscrimination, GroundLiftRequired, GroundEvidence, GroundDeMinimisValue, GroundThirdParties)

// barredGrounds are the grounds the text excludes: bank secrecy (MLA art.,
// para. 8), fiscal matters as the sole ground (MLA art., para. 23) and the
// want of a treaty (para. 6).
var barredGrounds = convention.SetOf(GroundBankSecrecy, GroundFiscal, GroundNoTreaty)

// RefusalGrounds returns the grounds on which a refusal may rest: para. 7,
// para. 9, Cooperation art., para. 3, and MLA art., paras. 10 and 22.
func RefusalGrounds() Set { return refusalGrounds }

// LiftGrounds returns the grounds on which a provisional measure may be
// lifted: insufficient or untimely evidence and de minimis value (para.
// 7), a requirement of domestic law or of a treaty (para. 4), and the
// clauses under which no obligation to continue it arises (Cooperation
// art., para. 3; para. 9). The other grounds of refusal (an offence not
// established under the Convention, para. 7; MLA art., paras. 10 and 22)
// refuse cooperation but never lift a measure already taken.
func LiftGrounds() Set { return liftGrounds }

// BarredGrounds returns the grounds the text excludes: bank secrecy (MLA
// art., para. 8), fiscal matters as the sole ground (MLA art., para. 23)
// and the want of a treaty (para. 6).
func BarredGrounds() Set { return barredGrounds }
