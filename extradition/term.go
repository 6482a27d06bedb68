package extradition

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
)

// Term is the decision vocabulary of the extradition article, with the two
// paragraphs of the general provisions on international cooperation that
// bear on it (Cooperation art., paras. 2-3): the questions the decisions ask
// (Test…), the judgements and facts they read (Fact…), the grounds of
// refusal (Ground…) and other optional courses the text leaves to the
// requested State (Course…), the duties a case triggers (Duty…) and the ways
// a proposed response breaks the text (Violation…).
//
// Each member describes itself from one table through Describe. Members are
// declared in the order of the text. The zero Term is TermUnknown.
//
// Words: criminal-in-requested-state, discrimination-belief,
// non-discrimination, discrimination, established-under-convention,
// person-located, punishable-in-both-states, article-applies,
// several-separate-crimes, serious-crime, apply-to-other-serious-crimes,
// applies-to-other-serious-crimes, extradition-treaty, treaty-conditional,
// convention-as-basis, consider-convention-as-basis, no-legal-basis,
// notified-convention-as-basis, inform-secretary-general,
// seek-extradition-treaties, recognise-as-extraditable, minimum-penalty-met,
// minimum-penalty, domestic-ground-applies, domestic-law-or-treaty,
// nationality-ground-in-law, nationality, refusal-without-ground,
// ground-not-available, provisional-measures-requested,
// circumstances-warrant, circumstances-urgent, measure-allowed-by-law,
// custody-or-other-measures, person-is-national, sought-for-prosecution,
// submission-requested, solely-nationality, submit-for-prosecution,
// no-submission-for-prosecution, conditional-surrender-law,
// conditional-surrender-agreed, conditional-surrender,
// sought-for-enforcement, enforcement-applied-for,
// enforcement-permitted-by-law, consider-enforcement,
// enforcement-not-considered, fair-treatment, involves-fiscal-matters,
// domestic-ground-is-fiscal, fiscal-matters, fiscal-sole-ground,
// consultation-appropriate, consult-before-refusing,
// refusal-without-consultation.
type Term uint8

// The terms, in the order of the text.
const (
	TermUnknown Term = iota

	// Cooperation art., para. 2 (dual criminality, as para. 1 requires it).

	// FactCriminalRequested: is the conduct underlying an offence a
	// criminal offence under the requested State's law?
	FactCriminalRequested

	// Cooperation art., para. 3 (non-discrimination).

	// FactDiscriminationBelief: has the requested State substantial
	// grounds for believing the request was made to prosecute or punish
	// the person on account of a listed ground, or that compliance would
	// prejudice the person's position for such a reason?
	FactDiscriminationBelief
	// TestDiscrimination: does the non-discrimination clause lift the
	// obligation to extradite?
	TestDiscrimination
	// GroundDiscrimination: no obligation to extradite a person the request
	// would persecute on a listed ground.
	GroundDiscrimination

	// Para. 1 (scope).

	// TestEstablished: is an offence for which extradition is sought
	// established under the Convention?
	TestEstablished
	// FactLocated: is the person sought located in the requested State?
	FactLocated
	// TestDualCriminality: is such an offence punishable under the laws of
	// both States?
	TestDualCriminality
	// TestApplies: does the article apply to the request?
	TestApplies

	// Para. 2 (several separate serious crimes).

	// TestSeveral: does the request include several separate crimes, some
	// of which the article does not cover?
	TestSeveral
	// TestSerious: is a crime the article does not cover a serious crime?
	TestSerious
	// CourseAccessory: the requested State may apply the article to those
	// serious crimes too.
	CourseAccessory
	// FactAccessory: has the requested State decided to do so?
	FactAccessory

	// Para. 3 (existing treaties).

	// FactTreaty: is there an extradition treaty between the two States?
	FactTreaty

	// Para. 4 (the Convention as the legal basis).

	// FactTreatyConditional: does the requested State make extradition
	// conditional on the existence of a treaty?
	FactTreatyConditional
	// FactConventionBasis: does it consider the Convention the legal basis
	// in this case?
	FactConventionBasis
	// CourseConventionBasis: it may consider the Convention the legal
	// basis for extradition.
	CourseConventionBasis
	// GroundNoBasis: there is no legal basis for extradition.
	GroundNoBasis

	// Para. 5.

	// TestNotified: did the requested State inform the Secretary-General
	// that it takes the Convention as the legal basis?
	TestNotified
	// DutyNotify: inform the Secretary-General whether it takes the
	// Convention as the legal basis.
	DutyNotify
	// DutySeekTreaties: seek, where appropriate, to conclude extradition
	// treaties.
	DutySeekTreaties

	// Para. 6.

	// DutyRecognise: recognize the offences as extraditable offences.
	DutyRecognise

	// Para. 7 (conditions of domestic law and treaties).

	// FactMinimumPenalty: is the minimum penalty requirement of domestic
	// law or the applicable treaty met?
	FactMinimumPenalty
	// GroundMinimumPenalty: it is not met.
	GroundMinimumPenalty
	// FactDomesticGround: does a ground of refusal under domestic law or
	// the applicable treaty apply?
	FactDomesticGround
	// GroundDomestic: such a ground applies.
	GroundDomestic
	// FactNationalityGround: does the requested State's law or the
	// applicable treaty bar the extradition of its nationals, or let it
	// refuse on that ground?
	FactNationalityGround
	// GroundNationality: the person is a national of the requested State,
	// and its law or the applicable treaty provides nationality as a ground
	// of refusal.
	GroundNationality
	// ViolationNoGround: a refusal where extradition is owed rests on no
	// ground available.
	ViolationNoGround
	// ViolationGroundNotAvailable: a refusal relies on a ground that is not
	// available in the case.
	ViolationGroundNotAvailable

	// Para. 9 (custody and other provisional measures).

	// TestProvisionalRequested: has the requesting State asked for custody
	// or other measures?
	TestProvisionalRequested
	// FactWarranted: is the requested State satisfied that the
	// circumstances warrant the measure?
	FactWarranted
	// FactUrgent: is it satisfied that they are urgent?
	FactUrgent
	// FactProvisionalLaw: do its domestic law and extradition treaties
	// allow the measure?
	FactProvisionalLaw
	// CourseProvisional: it may take the person into custody or take other
	// appropriate measures.
	CourseProvisional

	// Para. 10 (aut dedere aut judicare).

	// FactNational: is the person sought a national of the requested
	// State?
	FactNational
	// TestProsecution: is extradition sought for prosecution?
	TestProsecution
	// TestSubmissionRequested: has the requesting State asked that the case
	// be submitted for prosecution?
	TestSubmissionRequested
	// TestSolelyNationality: does the response decline to extradite solely
	// because the person is a national?
	TestSolelyNationality
	// DutySubmit: submit the case without undue delay for prosecution.
	DutySubmit
	// ViolationNoSubmission: the case is not submitted for prosecution.
	ViolationNoSubmission

	// Para. 11 (conditional surrender of nationals).

	// FactConditionalLaw: does the requested State's law allow it to
	// surrender a national only on condition of return to serve the
	// sentence?
	FactConditionalLaw
	// FactConditionalAgreed: have both States agreed to that option and its
	// terms?
	FactConditionalAgreed
	// CourseConditional: conditional surrender, which discharges para. 10.
	CourseConditional

	// Para. 12 (enforcement of the sentence).

	// TestEnforcement: is extradition sought to enforce a sentence?
	TestEnforcement
	// TestEnforcementApplied: has the requesting State applied for the
	// enforcement of the sentence?
	TestEnforcementApplied
	// FactEnforcementLaw: does the requested State's law permit it to
	// enforce the sentence?
	FactEnforcementLaw
	// DutyConsiderEnforcement: consider enforcing the sentence or its
	// remainder.
	DutyConsiderEnforcement
	// ViolationEnforcementNotConsidered: it did not.
	ViolationEnforcementNotConsidered

	// Para. 13.

	// DutyFairTreatment: guarantee the person fair treatment at all stages.
	DutyFairTreatment

	// Para. 14.

	// TestFiscal: is an offence also considered to involve fiscal matters?
	TestFiscal
	// FactDomesticGroundFiscal: is the ground of domestic law or treaty
	// that applies, in substance, that the offence involves fiscal matters?
	FactDomesticGroundFiscal
	// GroundFiscal: the offence also involves fiscal matters (never a
	// ground on its own).
	GroundFiscal
	// ViolationFiscalSole: a refusal rests on the fiscal element alone.
	ViolationFiscalSole

	// Para. 15.

	// FactConsultAppropriate: is consultation before refusing appropriate?
	FactConsultAppropriate
	// DutyConsult: consult the requesting State before refusing.
	DutyConsult
	// ViolationNoConsultation: a refusal without the consultation that was
	// appropriate.
	ViolationNoConsultation

	numTerms
)

func cite(para int) convention.Citation { return convention.Cite(convention.ArtExtradition, para) }

var (
	coop2 = convention.Cite(convention.ArtCooperation, 2)
	coop3 = convention.Cite(convention.ArtCooperation, 3)
)

var terms = [numTerms]convention.Description{
	FactCriminalRequested: {Kind: convention.KindFact, Cite: coop2, Name: "criminal-in-requested-state",
		Text: "Is the conduct underlying an offence established under the Convention a criminal offence under the laws of the requested State, whatever the category or name it gives the offence?",
		Uses: "Offences[i].Requested.Criminal"},
	FactDiscriminationBelief: {Kind: convention.KindFact, Cite: coop3, Name: "discrimination-belief",
		Text: "Has the requested State substantial grounds for believing the request was made to prosecute or punish the person on account of sex, race, religion, nationality, ethnic origin or political opinions, or that compliance would prejudice the person's position for one of those reasons?",
		Uses: "Facts.Discrimination.Belief"},
	TestDiscrimination: {Kind: convention.KindTest, Cite: coop3, Name: "non-discrimination",
		Text: "Does the non-discrimination clause leave the requested State under no obligation to extradite?",
		Uses: "Facts.Discrimination"},
	GroundDiscrimination: {Kind: convention.KindGround, Cite: coop3, Name: "discrimination", Optional: true,
		Text: "the requested State has substantial grounds for believing the request aims to prosecute or punish the person, or would prejudice the person's position, on account of sex, race, religion, nationality, ethnic origin or political opinions"},

	TestEstablished: {Kind: convention.KindTest, Cite: cite(1), Name: "established-under-convention",
		Text: "Is an offence for which extradition is sought established under the Convention?",
		Uses: "Offences[i].Offence.Established"},
	FactLocated: {Kind: convention.KindFact, Cite: cite(1), Name: "person-located",
		Text: "Is the person who is the subject of the request located in the territory of the requested State?",
		Uses: "Person.InRequestedState"},
	TestDualCriminality: {Kind: convention.KindTest, Cite: cite(1), Name: "punishable-in-both-states",
		Text: "Is such an offence punishable under the domestic law of both the requesting and the requested State (its underlying conduct criminal under both, Cooperation art., para. 2)?",
		Uses: "Offences[i].Offence.Conduct, Offences[i].Requested.Criminal"},
	TestApplies: {Kind: convention.KindTest, Cite: cite(1), Name: "article-applies",
		Text: "Does the article apply: an offence established under the Convention, punishable in both States, and the person located in the requested State?"},

	TestSeveral: {Kind: convention.KindTest, Cite: cite(2), Name: "several-separate-crimes",
		Text: "Does the request include several separate crimes, some of which the article does not cover?",
		Uses: "Offences"},
	TestSerious: {Kind: convention.KindTest, Cite: cite(2), Name: "serious-crime",
		Text: "Is a crime the article does not cover a serious crime, punishable by a maximum deprivation of liberty of at least four years or a more serious penalty (UNTOC art. 2(b))?",
		Uses: "Offences[i].Offence.MaxPenalty"},
	CourseAccessory: {Kind: convention.KindGround, Cite: cite(2), Name: "apply-to-other-serious-crimes", Optional: true,
		Text: "the requested State may apply the article also to the separate serious crimes the article does not cover"},
	FactAccessory: {Kind: convention.KindFact, Cite: cite(2), Name: "applies-to-other-serious-crimes",
		Text: "Has the requested State decided to apply the article also to the serious crimes it does not cover?",
		Uses: "Facts.Accessory"},

	FactTreaty: {Kind: convention.KindFact, Cite: cite(3), Name: "extradition-treaty",
		Text: "Is an extradition treaty in force between the requesting and the requested State, in which the offences are deemed included as extraditable?",
		Uses: "Profile.Treaty"},

	FactTreatyConditional: {Kind: convention.KindFact, Cite: cite(4), Name: "treaty-conditional",
		Text: "Does the requested State make extradition conditional on the existence of a treaty?",
		Uses: "Profile.TreatyConditional"},
	FactConventionBasis: {Kind: convention.KindFact, Cite: cite(4), Name: "convention-as-basis",
		Text: "Does the requested State consider the Convention the legal basis for extradition in this case?",
		Uses: "Facts.ConventionBasis, Profile.Notification"},
	CourseConventionBasis: {Kind: convention.KindGround, Cite: cite(4), Name: "consider-convention-as-basis", Optional: true,
		Text: "the requested State may consider the Convention the legal basis for extradition"},
	GroundNoBasis: {Kind: convention.KindGround, Cite: cite(4), Name: "no-legal-basis", Optional: true,
		Text: "the requested State makes extradition conditional on a treaty, has none with the requesting State, and does not take the Convention as the legal basis"},

	TestNotified: {Kind: convention.KindTest, Cite: convention.CitePoint(convention.ArtExtradition, 5, 'a'), Name: "notified-convention-as-basis",
		Text: "Did the requested State inform the Secretary-General that it takes the Convention as the legal basis for cooperation on extradition?",
		Uses: "Profile.Notification"},
	DutyNotify: {Kind: convention.KindDuty, Cite: convention.CitePoint(convention.ArtExtradition, 5, 'a'), Name: "inform-secretary-general",
		Text: "inform the Secretary-General of the United Nations, at the deposit of its instrument, whether it takes the Convention as the legal basis for extradition"},
	DutySeekTreaties: {Kind: convention.KindDuty, Cite: convention.CitePoint(convention.ArtExtradition, 5, 'b'), Name: "seek-extradition-treaties",
		Text: "seek, where appropriate, to conclude extradition treaties with other States Parties in order to achieve the aims of the article"},

	DutyRecognise: {Kind: convention.KindDuty, Cite: cite(6), Name: "recognise-as-extraditable",
		Text: "recognize the offences to which the article applies as extraditable offences between the States Parties"},

	FactMinimumPenalty: {Kind: convention.KindFact, Cite: cite(7), Name: "minimum-penalty-met",
		Text: "Is the minimum penalty requirement for extradition of the requested State's law or the applicable treaty met?",
		Uses: "Facts.MinimumPenaltyMet"},
	GroundMinimumPenalty: {Kind: convention.KindGround, Cite: cite(7), Name: "minimum-penalty", Optional: true,
		Text: "the minimum penalty requirement of the requested State's law or the applicable extradition treaty is not met"},
	FactDomesticGround: {Kind: convention.KindFact, Cite: cite(7), Name: "domestic-ground-applies",
		Text: "Does a ground upon which the requested State may refuse extradition under its domestic law or the applicable treaty, other than the person's nationality, apply?",
		Uses: "Facts.DomesticGround"},
	GroundDomestic: {Kind: convention.KindGround, Cite: cite(7), Name: "domestic-law-or-treaty", Optional: true,
		Text: "a ground of refusal under the requested State's domestic law or the applicable extradition treaty applies"},
	FactNationalityGround: {Kind: convention.KindFact, Cite: cite(7), Name: "nationality-ground-in-law",
		Text: "Does the requested State's domestic law or the applicable extradition treaty bar the extradition of its nationals, or provide their nationality as a ground upon which it may refuse extradition (a law that permits their surrender only upon condition of return, para. 11, is such a law)?",
		Uses: "Facts.NationalityGround, Facts.ConditionalLaw"},
	GroundNationality: {Kind: convention.KindGround, Cite: cite(7), Name: "nationality", Optional: true,
		Text: "the person sought is a national of the requested State, and its domestic law or the applicable extradition treaty bars the extradition of nationals or provides nationality as a ground of refusal (the article makes nationality no ground in itself; paras. 10 to 12 attach duties to such a refusal)"},
	ViolationNoGround: {Kind: convention.KindViolation, Cite: cite(7), Name: "refusal-without-ground",
		Text: "extradition is owed on the legal basis found, and the refusal rests on no ground available under domestic law, the applicable treaty or the Convention"},
	ViolationGroundNotAvailable: {Kind: convention.KindViolation, Cite: cite(7), Name: "ground-not-available",
		Text: "the refusal relies on a ground that is not available in the case"},

	TestProvisionalRequested: {Kind: convention.KindTest, Cite: cite(9), Name: "provisional-measures-requested",
		Text: "Has the requesting State asked that the person be taken into custody or other measures be taken to ensure presence at the extradition proceedings?",
		Uses: "Provisional"},
	FactWarranted: {Kind: convention.KindFact, Cite: cite(9), Name: "circumstances-warrant",
		Text: "Is the requested State satisfied that the circumstances warrant the measure?",
		Uses: "Facts.Warranted"},
	FactUrgent: {Kind: convention.KindFact, Cite: cite(9), Name: "circumstances-urgent",
		Text: "Is the requested State satisfied that the circumstances are urgent?",
		Uses: "Facts.Urgent"},
	FactProvisionalLaw: {Kind: convention.KindFact, Cite: cite(9), Name: "measure-allowed-by-law",
		Text: "Do the requested State's domestic law and extradition treaties allow the measure?",
		Uses: "Facts.ProvisionalLaw"},
	CourseProvisional: {Kind: convention.KindGround, Cite: cite(9), Name: "custody-or-other-measures", Optional: true,
		Text: "the requested State may take the person into custody or take other appropriate measures to ensure his or her presence at the extradition proceedings"},

	FactNational: {Kind: convention.KindFact, Cite: cite(10), Name: "person-is-national",
		Text: "Is the person sought a national of the requested State?",
		Uses: "Person.National"},
	TestProsecution: {Kind: convention.KindTest, Cite: cite(10), Name: "sought-for-prosecution",
		Text: "Is extradition sought to prosecute an alleged offender?",
		Uses: "Purpose"},
	TestSubmissionRequested: {Kind: convention.KindTest, Cite: cite(10), Name: "submission-requested",
		Text: "Has the requesting State asked that, if extradition is refused on the ground of nationality, the case be submitted for prosecution?",
		Uses: "SubmitIfRefused"},
	TestSolelyNationality: {Kind: convention.KindTest, Cite: cite(10), Name: "solely-nationality",
		Text: "Does the response decline to extradite solely on the ground that the person is a national of the requested State?",
		Uses: "Response.Action, Response.Grounds"},
	DutySubmit: {Kind: convention.KindDuty, Cite: cite(10), Name: "submit-for-prosecution",
		Text: "submit the case without undue delay to the competent authorities for the purpose of prosecution, which decide and proceed as for any other grave offence; cooperate with the requesting State on procedure and evidence"},
	ViolationNoSubmission: {Kind: convention.KindViolation, Cite: cite(10), Name: "no-submission-for-prosecution",
		Text: "extradition of a national is declined solely on the ground of nationality, the requesting State asked for submission, and the case is not submitted for prosecution"},

	FactConditionalLaw: {Kind: convention.KindFact, Cite: cite(11), Name: "conditional-surrender-law",
		Text: "Does the requested State's domestic law permit it to surrender a national only on condition that the person be returned to serve the sentence imposed?",
		Uses: "Facts.ConditionalLaw"},
	FactConditionalAgreed: {Kind: convention.KindFact, Cite: cite(11), Name: "conditional-surrender-agreed",
		Text: "Have both States agreed to conditional surrender and to its terms?",
		Uses: "Facts.ConditionalAgreed"},
	CourseConditional: {Kind: convention.KindGround, Cite: cite(11), Name: "conditional-surrender", Optional: true,
		Text: "surrender of the national on condition of return to serve the sentence, on terms both States agree, which discharges the obligation of para. 10"},

	TestEnforcement: {Kind: convention.KindTest, Cite: cite(12), Name: "sought-for-enforcement",
		Text: "Is extradition sought for the purpose of enforcing a sentence?",
		Uses: "Purpose"},
	TestEnforcementApplied: {Kind: convention.KindTest, Cite: cite(12), Name: "enforcement-applied-for",
		Text: "Has the requesting State applied for the enforcement of the sentence, or its remainder, in the requested State?",
		Uses: "EnforceIfRefused"},
	FactEnforcementLaw: {Kind: convention.KindFact, Cite: cite(12), Name: "enforcement-permitted-by-law",
		Text: "Does the requested State's domestic law permit it to enforce a sentence imposed under the requesting State's law?",
		Uses: "Facts.EnforcementLaw"},
	DutyConsiderEnforcement: {Kind: convention.KindDuty, Cite: cite(12), Name: "consider-enforcement",
		Text: "consider, in conformity with its domestic law, enforcing the sentence imposed under the requesting State's law, or its remainder"},
	ViolationEnforcementNotConsidered: {Kind: convention.KindViolation, Cite: cite(12), Name: "enforcement-not-considered",
		Text: "extradition to enforce a sentence is refused because the person is a national, enforcement was applied for and domestic law permits it, and enforcement is not considered"},

	DutyFairTreatment: {Kind: convention.KindDuty, Cite: cite(13), Name: "fair-treatment",
		Text: "guarantee the person fair treatment at all stages of the proceedings, including all the rights and guarantees of the domestic law of the State where the person is present"},

	TestFiscal: {Kind: convention.KindTest, Cite: cite(14), Name: "involves-fiscal-matters",
		Text: "Is an offence also considered to involve fiscal matters?",
		Uses: "Offences[i].Fiscal, Facts.DomesticGroundFiscal"},
	FactDomesticGroundFiscal: {Kind: convention.KindFact, Cite: cite(14), Name: "domestic-ground-is-fiscal",
		Text: "Is the ground of refusal of domestic law or treaty that applies, in substance, that the offence involves fiscal matters (a fiscal-offence exception), no other such ground applying?",
		Uses: "Facts.DomesticGroundFiscal"},
	GroundFiscal: {Kind: convention.KindGround, Cite: cite(14), Name: "fiscal-matters", Optional: true,
		Text: "the offence is also considered to involve fiscal matters"},
	ViolationFiscalSole: {Kind: convention.KindViolation, Cite: cite(14), Name: "fiscal-sole-ground",
		Text: "extradition is refused on the sole ground that the offence is also considered to involve fiscal matters"},

	FactConsultAppropriate: {Kind: convention.KindFact, Cite: cite(15), Name: "consultation-appropriate",
		Text: "Is it appropriate to consult the requesting State before refusing?",
		Uses: "Facts.ConsultAppropriate"},
	DutyConsult: {Kind: convention.KindDuty, Cite: cite(15), Name: "consult-before-refusing",
		Text: "before refusing, consult the requesting State, where appropriate, to give it ample opportunity to present its opinions and information relevant to its allegation"},
	ViolationNoConsultation: {Kind: convention.KindViolation, Cite: cite(15), Name: "refusal-without-consultation",
		Text: "extradition is refused without the prior consultation of the requesting State that was appropriate"},
}

// refusalGrounds are the grounds a refusal may rely on (Response.Grounds):
// the grounds of refusal, without the other optional courses.
var refusalGrounds = convention.SetOf(
	GroundDiscrimination, GroundNoBasis, GroundMinimumPenalty, GroundDomestic, GroundNationality, GroundFiscal)

// RefusalGrounds returns the terms a refusal may rely on in
// [Response.Grounds], in the order of the text.
func RefusalGrounds() []Term { return refusalGrounds.Slice() }

// Terms returns every declared term, in the order of the text.
func Terms() []Term { return convention.TermsOf[Term]() }

// Describe returns the term's table entry; the zero Description for an
// undeclared value.
func (t Term) Describe() convention.Description {
	if t < numTerms {
		return terms[t]
	}
	return convention.Description{}
}

// IsValid reports whether t is a declared term other than TermUnknown.
func (t Term) IsValid() bool { return t > TermUnknown && t < numTerms }

// String returns the term's name, or Term(n) for an undeclared value.
func (t Term) String() string {
	if t.IsValid() {
		return terms[t].Name
	}
	return "Term(" + strconv.Itoa(int(t)) + ")"
}

// MarshalText returns the term's name.
func (t Term) MarshalText() ([]byte, error) {
	if !t.IsValid() {
		return nil, fmt.Errorf("extradition: marshal %s: %w", t, convention.ErrInvalid)
	}
	return []byte(terms[t].Name), nil
}

// UnmarshalText accepts a term's name.
func (t *Term) UnmarshalText(b []byte) error {
	v, ok := convention.TermNamed[Term](string(b))
	if !ok {
		s := string(b)
		if len(s) > 64 {
			s = s[:64] + "..."
		}
		var gs []string
		for _, g := range RefusalGrounds() {
			gs = append(gs, g.String())
		}
		return fmt.Errorf("extradition: unknown term %s: a ground of refusal is one of %s; Term's doc lists every word: %w",
			strconv.Quote(s), strings.Join(gs, ", "), convention.ErrInvalid)
	}
	*t = v
	return nil
}

// GoString returns the term for debugging: extradition.Term("nationality").
func (t Term) GoString() string { return "extradition.Term(" + strconv.Quote(t.String()) + ")" }
