package preservation

import (
	"fmt"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/enum"
)

// Term is the decision vocabulary of the package: the facts read, the tests
// asked, the grounds of refusal, the duties triggered and the violations
// found under the Preservation article (paras. 1-7) and the 24/7 network
// article (paras. 1-5), with the non-discrimination clause of the general
// provisions (Cooperation art., para. 3), which reaches both. Each member
// describes itself through Describe, from one table. Members are declared in
// the order of the text.
//
// The zero Term is TermUnknown, which describes nothing.
type Term uint8

// The terms, in the order of the text.
const (
	TermUnknown Term = iota

	// Cooperation art., para. 3 (non-discrimination), which reaches
	// preservation and the 24/7 network's assistance.

	// FactDiscriminationBelief: has the requested State substantial grounds
	// for believing that the request has been made to prosecute or punish a
	// person on account of a listed ground, or that compliance would
	// prejudice that person's position for one of them (Cooperation art.,
	// para. 3)? Read from Facts.Discrimination (ContactAssistance: its
	// DiscriminationFacts argument) through convention.NoObligationArises.
	FactDiscriminationBelief
	// GroundDiscrimination: no obligation to preserve or to assist arises
	// (Cooperation art., para. 3: "Nothing in this Convention shall be
	// interpreted as imposing an obligation ... to provide assistance").
	GroundDiscrimination
	// ViolationDiscriminationNotBelieved: a refusal invoking Cooperation
	// art., para. 3 where the requested State does not hold the belief.
	ViolationDiscriminationNotBelieved

	// Preservation art., para. 1.

	// TestUnderConvention: is the request made under this Convention (it
	// invokes the Convention, or states no basis) (para. 1)? Read from
	// Request.Basis.
	TestUnderConvention
	// FactInTerritory: is the data located within the requested State's
	// territory (para. 1)? Read from Facts.InTerritory.
	FactInTerritory

	// Preservation art., para. 3.

	// DutyPreserve: take all appropriate measures to preserve the specified
	// data expeditiously, in accordance with domestic law (para. 3).
	DutyPreserve
	// GroundNoDualCriminality: absence of dual criminality, a ground para. 3
	// excludes ("dual criminality shall not be required"). Always barred.
	GroundNoDualCriminality
	// ViolationDualCriminality: a refusal for absence of dual criminality
	// (para. 3).
	ViolationDualCriminality

	// Preservation art., para. 4.

	// TestEstablished: does the request name an offence established under
	// the Convention (para. 4)? Read from Request.Offences[].Established.
	TestEstablished
	// TestRequiresDualCriminality: does the requested State require dual
	// criminality for MLA search, seizure or disclosure (para. 4)? Read from
	// Profile.RequiresDualCriminality.
	TestRequiresDualCriminality
	// TestReservationDeclared: has the requested State reserved the right of
	// para. 4? Read from Profile.Reservation.
	TestReservationDeclared
	// FactDualCriminalityFails: has the requested State reason to believe
	// that at the time of disclosure dual criminality cannot be fulfilled
	// (para. 4)? Read from Facts.DualCriminalityFails.
	FactDualCriminalityFails
	// GroundReservation: refusal under the para. 4 reservation.
	GroundReservation
	// ViolationReservation: a refusal under the para. 4 reservation where
	// its conditions are not met.
	ViolationReservation

	// Preservation art., para. 5.

	// ViolationNoGround: a refusal that invokes no ground (para. 5: "may only
	// be refused if").
	ViolationNoGround
	// GroundOther: any ground para. 5 does not list (bank secrecy, de
	// minimis, proportionality, the MLA grounds...). Always barred.
	GroundOther
	// ViolationUnlistedGround: a refusal on a ground para. 5 does not list.
	ViolationUnlistedGround
	// FactPoliticalOffence: does the requested State consider each offence
	// the request names a political offence or one connected with a
	// political offence (para. 5(a))? Read from Facts.PoliticalOffences.
	FactPoliticalOffence
	// GroundPoliticalOffence: refusal under para. 5(a).
	GroundPoliticalOffence
	// ViolationPoliticalNotHeld: a refusal under para. 5(a) where the
	// requested State does not consider the offence political.
	ViolationPoliticalNotHeld
	// FactEssentialInterests: does the requested State consider that
	// execution is likely to prejudice its sovereignty, security, ordre
	// public or other essential interests (para. 5(b))? Read from
	// Facts.EssentialInterests.
	FactEssentialInterests
	// GroundEssentialInterests: refusal under para. 5(b).
	GroundEssentialInterests
	// ViolationEssentialNotHeld: a refusal under para. 5(b) where the
	// requested State does not consider its essential interests prejudiced.
	ViolationEssentialNotHeld

	// Preservation art., para. 6.

	// FactNotEnsureAvailability: does the requested State believe that
	// preservation will not ensure the future availability of the data
	// (para. 6)? Read from Facts.NotEnsureAvailability.
	FactNotEnsureAvailability
	// FactThreatensInvestigation: does it believe that preservation will
	// threaten the confidentiality of, or otherwise prejudice, the requesting
	// State's investigation (para. 6)? Read from Facts.ThreatensInvestigation.
	FactThreatensInvestigation
	// DutyInform: promptly inform the requesting State (para. 6).
	DutyInform
	// FactProceed: has the requesting State, so informed, determined that
	// the request should nevertheless be executed (para. 6)? Read from
	// Facts.Proceed.
	FactProceed
	// TestInformed: has the requested State informed, or will it promptly
	// inform, the requesting State (para. 6)? Read from Response.Informed.
	TestInformed
	// ViolationNotInformed: preserving without informing the requesting
	// State of a para. 6 belief.
	ViolationNotInformed
	// ViolationExecutedAgainstDetermination: preserving although the
	// requesting State, informed under para. 6, determined that the request
	// should not be executed.
	ViolationExecutedAgainstDetermination
	// ViolationNotExecutedWithoutDetermination: not executing the request
	// (ActionNotExecute) without a determination of the requesting State,
	// informed of a para. 6 belief, that it should not be executed.
	ViolationNotExecutedWithoutDetermination

	// Preservation art., para. 7.

	// DutyPreserveMinimum: preserve for a period not less than ninety days
	// (para. 7).
	DutyPreserveMinimum
	// DutyPreservePending: continue to preserve pending a decision on the
	// request for search, seizure or disclosure (para. 7).
	DutyPreservePending
	// TestPeriodSufficient: is the proposed period at least ninety days
	// (para. 7), counted as convention.Period.Days, both ends included? Read from
	// Response.Period.
	TestPeriodSufficient
	// TestMinimumRunning: is the day on or before MinimumEnd, the last of
	// the ninety days (para. 7)? Read from Events.Started and the day asked
	// about.
	TestMinimumRunning
	// TestRequestReceived: was a request for search, seizure or disclosure
	// received while the data was preserved (para. 7)? Read from
	// Events.MLAReceived and Events.Released.
	TestRequestReceived
	// TestDecisionTaken: has a decision been taken on that request (para.
	// 7)? Read from Events.Decided.
	TestDecisionTaken
	// ViolationPeriodTooShort: a proposed preservation period shorter than
	// ninety days (para. 7).
	ViolationPeriodTooShort
	// ViolationReleasedEarly: the data was released within the ninety days
	// (para. 7).
	ViolationReleasedEarly
	// ViolationReleasedPending: the data was released while a decision on
	// the request for search, seizure or disclosure was pending (para. 7).
	ViolationReleasedPending

	// 24/7 network art., para. 1.

	// TestScopeEstablished: does the matter concern an offence established
	// under the Convention (24/7 network art., para. 1)?
	TestScopeEstablished
	// TestScopeSerious: is the evidence sought electronic evidence of a
	// serious criminal offence (para. 1)? Read from the offence's maximum
	// penalty (UNTOC art. 2(b)).
	TestScopeSerious
	// TestDesignated: has the State designated a point of contact (para. 1)?
	TestDesignated
	// ViolationNoContact: no point of contact designated (para. 1).
	ViolationNoContact
	// TestAroundTheClock: is the contact available twenty-four hours a day,
	// seven days a week (para. 1)?
	TestAroundTheClock
	// ViolationNotAroundTheClock: the contact is not available around the
	// clock (para. 1).
	ViolationNotAroundTheClock

	// 24/7 network art., para. 2.

	// TestPreservationAssist: can the contact at least facilitate the
	// preservation of data (para. 2(a))?
	TestPreservationAssist
	// TestPreservationDirect: does domestic law and practice permit the
	// contact to carry out preservation directly (para. 2(a))?
	TestPreservationDirect
	// DutyCarryOutPreservation: facilitate the preservation of data or, as
	// domestic law and practice permit, carry it out directly (para. 2(a)):
	// the duty of a contact permitted to act directly, which may still only
	// facilitate ("facilitating, or, if permitted ..., directly carrying
	// out").
	DutyCarryOutPreservation
	// DutyFacilitatePreservation: facilitate the preservation of data (para.
	// 2(a)).
	DutyFacilitatePreservation
	// ViolationNoPreservationAssist: the contact cannot even facilitate
	// preservation (para. 2(a)).
	ViolationNoPreservationAssist
	// TestInformationAssist: can the contact at least facilitate the
	// provision of information that may assist preservation (para. 2(b))?
	TestInformationAssist
	// TestInformationDirect: does domestic law and practice permit the
	// contact to provide that information directly (para. 2(b))?
	TestInformationDirect
	// DutyProvideInformation: facilitate the provision of information which
	// may assist preservation, including technical advice and legal
	// information, or, as domestic law and practice permit, provide it
	// directly (para. 2(b)): the duty of a contact permitted to act
	// directly, which may still only facilitate.
	DutyProvideInformation
	// DutyFacilitateInformation: facilitate the provision of that
	// information (para. 2(b)).
	DutyFacilitateInformation
	// ViolationNoInformationAssist: the contact cannot even facilitate the
	// provision of information (para. 2(b)).
	ViolationNoInformationAssist

	// 24/7 network art., paras. 3-5.

	// TestExpedited: can the contact communicate with other States' contacts
	// on an expedited basis (para. 3)?
	TestExpedited
	// ViolationNotExpedited: it cannot (para. 3).
	ViolationNotExpedited
	// TestPartOfAuthority: is the contact part of the authority responsible
	// for international mutual assistance or extradition (para. 4)?
	TestPartOfAuthority
	// TestCoordinates: if not, can it coordinate with that authority on an
	// expedited basis (para. 4)?
	TestCoordinates
	// ViolationNoCoordination: a contact outside that authority that cannot
	// coordinate with it on an expedited basis (para. 4).
	ViolationNoCoordination
	// TestPersonnel: are trained and equipped personnel available to
	// facilitate the operation of the network (para. 5)?
	TestPersonnel
	// ViolationNoPersonnel: they are not (para. 5).
	ViolationNoPersonnel

	numTerms
)

func pcite(para int) convention.Citation { return convention.Cite(convention.ArtPreservation, para) }

// citeCoop3 is the non-discrimination clause, Cooperation art., para. 3.
var citeCoop3 = convention.Cite(convention.ArtCooperation, 3)

func ncite(para int) convention.Citation { return convention.Cite(convention.ArtNetwork, para) }

var (
	citeP5a = convention.CitePoint(convention.ArtPreservation, 5, 'a')
	citeP5b = convention.CitePoint(convention.ArtPreservation, 5, 'b')
	citeN2a = convention.CitePoint(convention.ArtNetwork, 2, 'a')
	citeN2b = convention.CitePoint(convention.ArtNetwork, 2, 'b')
)

const (
	kt = convention.KindTest
	kf = convention.KindFact
	kg = convention.KindGround
	kd = convention.KindDuty
	kv = convention.KindViolation
)

// terms is the one table of the vocabulary; it is never mutated.
var terms = [numTerms]convention.Description{
	FactDiscriminationBelief: {Kind: kf, Cite: citeCoop3, Name: "discrimination-belief",
		Text: "Has the requested State substantial grounds for believing that the request has been made for the purpose of prosecuting or punishing a person on account of that person's sex, race, religion, nationality, ethnic origin or political opinions, or that compliance with the request would cause prejudice to that person's position for any one of these reasons?",
		Uses: "Facts.Discrimination.Belief"},
	GroundDiscrimination: {Kind: kg, Cite: citeCoop3, Name: "discrimination", Optional: true,
		Text: "No obligation to preserve or to assist arises: the requested State has substantial grounds for believing that the request has been made to prosecute or punish a person on account of sex, race, religion, nationality, ethnic origin or political opinions, or that compliance would prejudice that person's position for one of these reasons."},
	ViolationDiscriminationNotBelieved: {Kind: kv, Cite: citeCoop3, Name: "discrimination-not-believed",
		Text: "The refusal invokes the non-discrimination clause, but the requested State does not hold substantial grounds for believing the request discriminatory."},

	TestUnderConvention: {Kind: kt, Cite: pcite(1), Name: "under-convention",
		Text: "Is the request made under this Convention (it invokes the Convention, or states no legal basis)?", Uses: "Request.Basis"},
	FactInTerritory: {Kind: kf, Cite: pcite(1), Name: "in-territory",
		Text: "Is the data located within the territory of the requested State?", Uses: "Facts.InTerritory"},

	DutyPreserve: {Kind: kd, Cite: pcite(3), Name: "preserve",
		Text: "Take all appropriate measures to preserve the specified data expeditiously, in accordance with domestic law."},
	GroundNoDualCriminality: {Kind: kg, Cite: pcite(3), Name: "absence-of-dual-criminality", Optional: true,
		Text: "Absence of dual criminality: not a ground, for dual criminality shall not be required as a condition to providing preservation."},
	ViolationDualCriminality: {Kind: kv, Cite: pcite(3), Name: "refused-for-dual-criminality",
		Text: "The refusal rests on the absence of dual criminality, which shall not be required as a condition to providing preservation."},

	TestEstablished: {Kind: kt, Cite: pcite(4), Name: "offence-established",
		Text: "Does the request name an offence established under the Convention?", Uses: "Request.Offences[].Established"},
	TestRequiresDualCriminality: {Kind: kt, Cite: pcite(4), Name: "requires-dual-criminality",
		Text: "Does the requested State require dual criminality as a condition for responding to a request for mutual legal assistance for the search, seizure or disclosure of the data?",
		Uses: "Profile.RequiresDualCriminality"},
	TestReservationDeclared: {Kind: kt, Cite: pcite(4), Name: "reservation-declared",
		Text: "Has the requested State reserved the right to refuse preservation under paragraph 4?", Uses: "Profile.Reservation"},
	FactDualCriminalityFails: {Kind: kf, Cite: pcite(4), Name: "dual-criminality-fails",
		Text: "Has the requested State reason to believe that at the time of disclosure the condition of dual criminality cannot be fulfilled?",
		Uses: "Facts.DualCriminalityFails"},
	GroundReservation: {Kind: kg, Cite: pcite(4), Name: "reservation", Optional: true,
		Text: "Reservation: only offences not established under the Convention, and reason to believe that dual criminality cannot be fulfilled at the time of disclosure."},
	ViolationReservation: {Kind: kv, Cite: pcite(4), Name: "reservation-not-open",
		Text: "The refusal invokes the paragraph 4 reservation where its conditions are not met (a reservation declared by a State requiring dual criminality for search, seizure or disclosure, only offences not established under the Convention, and reason to believe dual criminality will fail)."},

	ViolationNoGround: {Kind: kv, Cite: pcite(5), Name: "no-ground",
		Text: "The refusal invokes no ground: a request for preservation may only be refused on the grounds of paragraphs 4 and 5."},
	GroundOther: {Kind: kg, Cite: pcite(5), Name: "other", Optional: true,
		Text: "A ground paragraph 5 does not list (bank secrecy, de minimis, proportionality, the grounds for refusing mutual legal assistance...): not a ground."},
	ViolationUnlistedGround: {Kind: kv, Cite: pcite(5), Name: "unlisted-ground",
		Text: "The refusal rests on a ground paragraph 5 does not list: a request for preservation may only be refused on the grounds of paragraphs 4 and 5."},
	FactPoliticalOffence: {Kind: kf, Cite: citeP5a, Name: "political-offence-considered",
		Text: "Does the requested State consider each offence the request names a political offence or an offence connected with a political offence?",
		Uses: "Facts.PoliticalOffences"},
	GroundPoliticalOffence: {Kind: kg, Cite: citeP5a, Name: "political-offence", Optional: true,
		Text: "The request concerns offences the requested State considers, each of them, a political offence or an offence connected with a political offence."},
	ViolationPoliticalNotHeld: {Kind: kv, Cite: citeP5a, Name: "political-offence-not-considered",
		Text: "The refusal invokes a political offence, but the requested State does not consider every offence the request names political or connected with a political offence."},
	FactEssentialInterests: {Kind: kf, Cite: citeP5b, Name: "essential-interests-considered",
		Text: "Does the requested State consider that execution of the request is likely to prejudice its sovereignty, security, ordre public or other essential interests?",
		Uses: "Facts.EssentialInterests"},
	GroundEssentialInterests: {Kind: kg, Cite: citeP5b, Name: "essential-interests", Optional: true,
		Text: "The requested State considers that execution of the request is likely to prejudice its sovereignty, security, ordre public or other essential interests."},
	ViolationEssentialNotHeld: {Kind: kv, Cite: citeP5b, Name: "essential-interests-not-considered",
		Text: "The refusal invokes essential interests, but the requested State does not consider that execution is likely to prejudice them."},

	FactNotEnsureAvailability: {Kind: kf, Cite: pcite(6), Name: "will-not-ensure-availability",
		Text: "Does the requested State believe that preservation will not ensure the future availability of the data?",
		Uses: "Facts.NotEnsureAvailability"},
	FactThreatensInvestigation: {Kind: kf, Cite: pcite(6), Name: "threatens-investigation",
		Text: "Does the requested State believe that preservation will threaten the confidentiality of, or otherwise prejudice, the requesting State's investigation?",
		Uses: "Facts.ThreatensInvestigation"},
	DutyInform: {Kind: kd, Cite: pcite(6), Name: "inform",
		Text: "Promptly inform the requesting State, which shall then determine whether the request should nevertheless be executed."},
	FactProceed: {Kind: kf, Cite: pcite(6), Name: "requesting-state-proceeds",
		Text: "Has the requesting State, so informed, determined that the request should nevertheless be executed?", Uses: "Facts.Proceed"},
	TestInformed: {Kind: kt, Cite: pcite(6), Name: "informed",
		Text: "Does the requested State inform the requesting State promptly?", Uses: "Response.Informed"},
	ViolationNotInformed: {Kind: kv, Cite: pcite(6), Name: "not-informed",
		Text: "The requested State believes preservation will not ensure availability or will prejudice the investigation, and does not promptly inform the requesting State."},
	ViolationExecutedAgainstDetermination: {Kind: kv, Cite: pcite(6), Name: "executed-against-determination",
		Text: "The requesting State, informed under paragraph 6, determined that the request should not be executed; the decision whether to execute is its own."},
	ViolationNotExecutedWithoutDetermination: {Kind: kv, Cite: pcite(6), Name: "not-executed-without-determination",
		Text: "The request is not executed, but the requesting State, informed of a belief under paragraph 6, has not determined that it should not be executed: not executing it is a refusal, and needs a ground."},

	DutyPreserveMinimum: {Kind: kd, Cite: pcite(7), Name: "preserve-ninety-days",
		Text: "Preserve the data for a period not less than ninety days, the day preservation is effected counting as the first."},
	DutyPreservePending: {Kind: kd, Cite: pcite(7), Name: "preserve-pending-decision",
		Text: "Continue to preserve the data pending a decision on the request for search, seizure or disclosure."},
	TestPeriodSufficient: {Kind: kt, Cite: pcite(7), Name: "period-at-least-ninety-days",
		Text: "Is the proposed period of preservation at least ninety days, both its first and its last day counted?", Uses: "Response.Period"},
	TestMinimumRunning: {Kind: kt, Cite: pcite(7), Name: "within-ninety-days",
		Text: "Is the day within the ninety days of preservation, the day it was effected counting as the first?", Uses: "Events.Started"},
	TestRequestReceived: {Kind: kt, Cite: pcite(7), Name: "request-received",
		Text: "Has a request for search, seizure or disclosure of the data been received while it was preserved?",
		Uses: "Events.MLAReceived, Events.Released"},
	TestDecisionTaken: {Kind: kt, Cite: pcite(7), Name: "decision-taken",
		Text: "Has a decision been taken on that request?", Uses: "Events.Decided"},
	ViolationPeriodTooShort: {Kind: kv, Cite: pcite(7), Name: "period-too-short",
		Text: "The period of preservation is shorter than ninety days."},
	ViolationReleasedEarly: {Kind: kv, Cite: pcite(7), Name: "released-within-ninety-days",
		Text: "The data was released before the ninety days ended."},
	ViolationReleasedPending: {Kind: kv, Cite: pcite(7), Name: "released-pending-decision",
		Text: "The data was released while a decision on the request for search, seizure or disclosure was pending."},

	TestScopeEstablished: {Kind: kt, Cite: ncite(1), Name: "network-offence-established",
		Text: "Does the matter concern a criminal offence established under the Convention?", Uses: "Offence.Established"},
	TestScopeSerious: {Kind: kt, Cite: ncite(1), Name: "network-serious-offence",
		Text: "Is the evidence sought evidence in electronic form of a serious criminal offence (maximum deprivation of liberty of at least four years)?",
		Uses: "Offence.MaxPenalty"},
	TestDesignated: {Kind: kt, Cite: ncite(1), Name: "contact-designated",
		Text: "Has the State designated a point of contact?", Uses: "Contact.Office"},
	ViolationNoContact: {Kind: kv, Cite: ncite(1), Name: "no-contact",
		Text: "No point of contact is designated."},
	TestAroundTheClock: {Kind: kt, Cite: ncite(1), Name: "around-the-clock",
		Text: "Is the point of contact available twenty-four hours a day, seven days a week?", Uses: "Contact.AroundTheClock"},
	ViolationNotAroundTheClock: {Kind: kv, Cite: ncite(1), Name: "not-around-the-clock",
		Text: "The point of contact is not available twenty-four hours a day, seven days a week."},

	TestPreservationAssist: {Kind: kt, Cite: citeN2a, Name: "can-assist-preservation",
		Text: "Can the point of contact at least facilitate the preservation of data?", Uses: "Contact.Preservation"},
	TestPreservationDirect: {Kind: kt, Cite: citeN2a, Name: "carries-out-preservation",
		Text: "Do domestic law and practice permit the point of contact to carry out the preservation of data directly?", Uses: "Contact.Preservation"},
	DutyCarryOutPreservation: {Kind: kd, Cite: citeN2a, Name: "carry-out-preservation",
		Text: "Facilitate the preservation of the data or, as domestic law and practice permit, carry it out directly: either discharges paragraph 2."},
	DutyFacilitatePreservation: {Kind: kd, Cite: citeN2a, Name: "facilitate-preservation",
		Text: "Facilitate the preservation of the data: bring the request at once to the authority that can order it."},
	ViolationNoPreservationAssist: {Kind: kv, Cite: citeN2a, Name: "cannot-assist-preservation",
		Text: "The point of contact can neither carry out nor facilitate the preservation of data."},
	TestInformationAssist: {Kind: kt, Cite: citeN2b, Name: "can-assist-information",
		Text: "Can the point of contact at least facilitate the provision of information which may assist in the preservation of data?",
		Uses: "Contact.Information"},
	TestInformationDirect: {Kind: kt, Cite: citeN2b, Name: "provides-information",
		Text: "Do domestic law and practice permit the point of contact to provide that information directly?", Uses: "Contact.Information"},
	DutyProvideInformation: {Kind: kd, Cite: citeN2b, Name: "provide-information",
		Text: "Facilitate the provision of information which may assist in the preservation of data, including, if available, technical advice and legal information, or, as domestic law and practice permit, provide it directly: either discharges paragraph 2."},
	DutyFacilitateInformation: {Kind: kd, Cite: citeN2b, Name: "facilitate-information",
		Text: "Facilitate the provision of information which may assist in the preservation of data, including, if available, technical advice and legal information."},
	ViolationNoInformationAssist: {Kind: kv, Cite: citeN2b, Name: "cannot-assist-information",
		Text: "The point of contact can neither provide nor facilitate information which may assist in the preservation of data."},

	TestExpedited: {Kind: kt, Cite: ncite(3), Name: "expedited-communication",
		Text: "Can the point of contact communicate with the point of contact of another State on an expedited basis?", Uses: "Contact.Expedited"},
	ViolationNotExpedited: {Kind: kv, Cite: ncite(3), Name: "not-expedited",
		Text: "The point of contact cannot communicate with other points of contact on an expedited basis."},
	TestPartOfAuthority: {Kind: kt, Cite: ncite(4), Name: "part-of-authority",
		Text: "Is the point of contact part of the authority responsible for international mutual assistance or extradition?",
		Uses: "Contact.PartOfAuthority"},
	TestCoordinates: {Kind: kt, Cite: ncite(4), Name: "coordinates-with-authority",
		Text: "Can the point of contact co-ordinate with that authority on an expedited basis?", Uses: "Contact.Coordinates"},
	ViolationNoCoordination: {Kind: kv, Cite: ncite(4), Name: "no-coordination",
		Text: "The point of contact is not part of the authority responsible for mutual assistance or extradition and cannot co-ordinate with it on an expedited basis."},
	TestPersonnel: {Kind: kt, Cite: ncite(5), Name: "trained-personnel",
		Text: "Are trained and equipped personnel available to facilitate the operation of the network?", Uses: "Contact.Personnel"},
	ViolationNoPersonnel: {Kind: kv, Cite: ncite(5), Name: "no-trained-personnel",
		Text: "Trained and equipped personnel are not available to facilitate the operation of the network."},
}

// Describe returns the term's table entry: its kind, paragraph, stable name
// and text. It returns the zero Description for TermUnknown and for an
// undeclared value.
func (t Term) Describe() convention.Description {
	if t < numTerms {
		return terms[t]
	}
	return convention.Description{}
}

// IsValid reports whether t is a declared term other than TermUnknown.
func (t Term) IsValid() bool { return t > TermUnknown && t < numTerms }

// Cite returns the paragraph the term comes from; the zero Citation for an
// undeclared value.
func (t Term) Cite() convention.Citation { return t.Describe().Cite }

// termEnum is the one name table of Term, read from the terms table: the
// zero Term is not given, every other term is its Description's Name.
var termEnum = func() enum.Table[Term] {
	words := make([]string, numTerms)
	for t := TermUnknown + 1; t < numTerms; t++ {
		words[t] = terms[t].Name
	}
	return enum.New[Term]("Term", "term", words...)
}()

// String returns the term's stable name ("political-offence"), "" for
// TermUnknown, or Term(n) for an undeclared value.
func (t Term) String() string { return termEnum.String(t) }

// GoString returns the value for debugging: preservation.Term("reservation").
func (t Term) GoString() string { return "preservation." + termEnum.GoString(t) }

// MarshalText returns the term's name; TermUnknown and undeclared values
// are errors.
func (t Term) MarshalText() ([]byte, error) {
	if !t.IsValid() {
		return nil, fmt.Errorf("preservation: marshal %s: %w", t.GoString(), convention.ErrInvalid)
	}
	return termEnum.Marshal(t)
}

// UnmarshalText accepts a name String returns; an unknown name is an error
// quoting it and listing the names accepted (TermWords).
func (t *Term) UnmarshalText(b []byte) error {
	v, err := termEnum.Parse(b)
	if err == nil && v == TermUnknown {
		err = fmt.Errorf("preservation: empty term: %w", convention.ErrInvalid)
	}
	*t = v
	return err
}

// TermWords returns the names of the terms, in the order of the text.
func TermWords() []string { return termEnum.Words() }

// firstCite returns the citation of the earliest paragraph among s's
// members: terms are declared in the order of the text, so it is the first
// member's. It returns the zero Citation for an empty set.
func firstCite(s convention.Set[Term]) convention.Citation {
	for t := range s.All() {
		return t.Cite()
	}
	return convention.Citation{}
}

// Terms returns every declared term of the Preservation and 24/7 network
// articles, in the order of the text (a fresh slice).
func Terms() []Term { return convention.TermsOf[Term]() }
