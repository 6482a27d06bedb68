package convention

import "strconv"

// Final is the decision vocabulary of the final provisions: the tests,
// facts, duties and options of the settlement of disputes, the status of a
// party, entry into force, amendment and denunciation. Its members describe
// themselves through Describe and are declared in the order of the text.
//
// The zero Final is FinalUnknown, no term.
type Final uint8

// The terms of the final provisions, in the order of the text.
const (
	FinalUnknown Final = iota

	// Settlement of disputes.

	// FinalBothStates asks whether both parties to the dispute are States:
	// the article governs disputes "between two or more States Parties"
	// (Disputes art., para. 2).
	FinalBothStates
	// FinalDisputeBetweenParties asks whether the dispute is between States
	// Parties, the Convention being in force for each (Disputes art., para. 2).
	FinalDisputeBetweenParties
	// FinalDutyNegotiate is the duty to endeavour to settle the dispute
	// through negotiation (Disputes art., para. 1).
	FinalDutyNegotiate
	// FinalNegotiationFailed asks whether the dispute could not be settled
	// through negotiation within a reasonable time, a judgement of the
	// parties (Disputes art., para. 2).
	FinalNegotiationFailed
	// FinalArbitrationRequested asks whether one of the parties has
	// requested arbitration (Disputes art., para. 2).
	FinalArbitrationRequested
	// FinalInForceAtRequest asks whether the Convention was in force
	// between the parties on the date of the request for arbitration: a
	// request is made under para. 2 only by "one of those States Parties"
	// (Disputes art., para. 2).
	FinalInForceAtRequest
	// FinalReservedAtRequest asks whether either party had a reservation
	// under para. 3 in force on the date of the request for arbitration.
	FinalReservedAtRequest
	// FinalReservedNow asks whether either party has a reservation under
	// para. 3 in force on the date assessed.
	FinalReservedNow
	// FinalRequestArbitration is the option of either party to request
	// arbitration (Disputes art., para. 2).
	FinalRequestArbitration
	// FinalDutyArbitrate is the duty to submit the dispute to arbitration
	// at the request of one party (Disputes art., para. 2).
	FinalDutyArbitrate
	// FinalOrganisationAgreed asks whether the parties have agreed on the
	// organization of the arbitration (Disputes art., para. 2).
	FinalOrganisationAgreed
	// FinalSixMonths asks whether six months have passed since the date of
	// the request for arbitration (Disputes art., para. 2).
	FinalSixMonths
	// FinalReferICJ is the option of any party to refer the dispute to the
	// International Court of Justice (Disputes art., para. 2).
	FinalReferICJ

	// Signature, ratification, acceptance, approval and accession.

	// FinalDeposited asks whether the party has deposited its instrument of
	// ratification, acceptance, approval or accession (Signature art.,
	// para. 3).
	FinalDeposited

	// Entry into force.

	// FinalFortyInstruments asks whether forty instruments have been
	// deposited, a REIO's not counted (Entry into force art., para. 1).
	FinalFortyInstruments
	// FinalGeneralInForce asks whether the ninetieth day after the fortieth
	// instrument has come (Entry into force art., para. 1).
	FinalGeneralInForce
	// FinalThirtiethDay asks whether the Convention has entered into force
	// for the party: the thirtieth day after its deposit, and not before the
	// general entry into force (Entry into force art., para. 2).
	FinalThirtiethDay
	// FinalFirstInForce asks whether the Convention is in force for the
	// first of two parties (Entry into force art., para. 2).
	FinalFirstInForce
	// FinalSecondInForce asks whether the Convention is in force for the
	// second of two parties (Entry into force art., para. 2).
	FinalSecondInForce

	// Amendment.

	// FinalProposerParty asks whether the proposer of an amendment is a
	// State Party (Amendment art., para. 1).
	FinalProposerParty
	// FinalFiveYears asks whether five years from the Convention's entry
	// into force have expired (Amendment art., para. 1).
	FinalFiveYears
	// FinalConsensus asks whether consensus on the amendment was reached
	// (Amendment art., para. 1).
	FinalConsensus
	// FinalEffortsExhausted asks whether all efforts at consensus were
	// exhausted without agreement (Amendment art., para. 1).
	FinalEffortsExhausted
	// FinalREIOCompetence asks whether the matter voted on is within the
	// competence of the REIO that voted (Amendment art., para. 2).
	FinalREIOCompetence
	// FinalTwoThirds asks whether two thirds of the Parties present and
	// voting voted for the amendment (Amendment art., para. 1).
	FinalTwoThirds
	// FinalAmendmentAdopted asks whether the amendment has been adopted
	// (Amendment art., para. 3).
	FinalAmendmentAdopted
	// FinalFirstAccepted asks whether the amendment is in force for the
	// first party, ninety days after its deposit (Amendment art., para. 4).
	FinalFirstAccepted
	// FinalSecondAccepted asks the same of the second party.
	FinalSecondAccepted

	// Denunciation.

	// FinalDenunciationEffective asks whether a denunciation by the party
	// has taken effect, one year after its receipt (Denunciation art.,
	// para. 1).
	FinalDenunciationEffective
	// FinalREIOCeased asks whether all the member States of a REIO that had
	// consented to be bound have denounced the Convention with effect
	// (Denunciation art., para. 2).
	FinalREIOCeased

	// Depositary.

	// FinalPartyKnown asks whether the depositary's record (the ledger)
	// lists the party at all (Depositary art., para. 1): a party it does
	// not know is not "not in force", it is unknown.
	FinalPartyKnown

	numFinals
)

var finals = [numFinals]Description{
	FinalBothStates: {Kind: KindTest, Cite: Cite(ArtDisputes, 2), Name: "both-states",
		Text: "Are both parties to the dispute States, as \"a dispute between two or more States Parties\" requires?", Uses: "Dispute.Parties"},
	FinalDisputeBetweenParties: {Kind: KindTest, Cite: Cite(ArtDisputes, 2), Name: "dispute-between-parties",
		Text: "Is the dispute between States Parties, the Convention being in force for each?", Uses: "Dispute.Parties"},
	FinalDutyNegotiate: {Kind: KindDuty, Cite: Cite(ArtDisputes, 1), Name: "endeavour-to-negotiate",
		Text: "Endeavour to settle the dispute through negotiation."},
	FinalNegotiationFailed: {Kind: KindTest, Cite: Cite(ArtDisputes, 2), Name: "negotiation-failed",
		Text: "Could the dispute not be settled through negotiation within a reasonable time?", Uses: "Dispute.NegotiationFailed"},
	FinalArbitrationRequested: {Kind: KindTest, Cite: Cite(ArtDisputes, 2), Name: "arbitration-requested",
		Text: "Has one of the parties requested arbitration?", Uses: "Dispute.ArbitrationRequest"},
	FinalInForceAtRequest: {Kind: KindTest, Cite: Cite(ArtDisputes, 2), Name: "in-force-at-request",
		Text: "Was the Convention in force between the parties on the date of the request for arbitration?", Uses: "Ledger, Dispute.ArbitrationRequest"},
	FinalReservedAtRequest: {Kind: KindTest, Cite: Cite(ArtDisputes, 3), Name: "reserved-at-request",
		Text: "Had either party a reservation under paragraph 3 in force on the date of the request for arbitration?", Uses: "Ledger, Dispute.ArbitrationRequest"},
	FinalReservedNow: {Kind: KindTest, Cite: Cite(ArtDisputes, 3), Name: "reserved-now",
		Text: "Has either party a reservation under paragraph 3 in force on the date assessed?", Uses: "Ledger, asOf"},
	FinalRequestArbitration: {Kind: KindGround, Cite: Cite(ArtDisputes, 2), Name: "request-arbitration", Optional: true,
		Text: "Any party may request that the dispute be submitted to arbitration."},
	FinalDutyArbitrate: {Kind: KindDuty, Cite: Cite(ArtDisputes, 2), Name: "submit-to-arbitration",
		Text: "Submit the dispute to arbitration, as one of the parties requested."},
	FinalOrganisationAgreed: {Kind: KindTest, Cite: Cite(ArtDisputes, 2), Name: "organisation-agreed",
		Text: "Have the parties agreed on the organization of the arbitration?", Uses: "Dispute.OrganisationAgreed"},
	FinalSixMonths: {Kind: KindTest, Cite: Cite(ArtDisputes, 2), Name: "six-months-passed",
		Text: "Have six months passed since the date of the request for arbitration?", Uses: "Dispute.ArbitrationRequest, asOf"},
	FinalReferICJ: {Kind: KindGround, Cite: Cite(ArtDisputes, 2), Name: "refer-to-icj", Optional: true,
		Text: "Any party may refer the dispute to the International Court of Justice by request in accordance with the Statute of the Court."},

	FinalDeposited: {Kind: KindTest, Cite: Cite(ArtSignature, 3), Name: "instrument-deposited",
		Text: "Has the party deposited its instrument of ratification, acceptance, approval or accession?", Uses: "Ledger"},

	FinalFortyInstruments: {Kind: KindTest, Cite: Cite(ArtEntryIntoForce, 1), Name: "forty-instruments",
		Text: "Have forty instruments been deposited, not counting those of regional economic integration organizations?", Uses: "Ledger, asOf"},
	FinalGeneralInForce: {Kind: KindTest, Cite: Cite(ArtEntryIntoForce, 1), Name: "convention-in-force",
		Text: "Has the ninetieth day after the deposit of the fortieth instrument come?", Uses: "Ledger, asOf"},
	FinalThirtiethDay: {Kind: KindTest, Cite: Cite(ArtEntryIntoForce, 2), Name: "in-force-for-party",
		Text: "Has the Convention entered into force for the party, on the thirtieth day after its deposit and not before the Convention's own entry into force?", Uses: "Ledger, asOf"},
	FinalFirstInForce: {Kind: KindTest, Cite: Cite(ArtEntryIntoForce, 2), Name: "in-force-for-first",
		Text: "Is the Convention in force for the first party?", Uses: "Ledger, asOf"},
	FinalSecondInForce: {Kind: KindTest, Cite: Cite(ArtEntryIntoForce, 2), Name: "in-force-for-second",
		Text: "Is the Convention in force for the second party?", Uses: "Ledger, asOf"},

	FinalProposerParty: {Kind: KindTest, Cite: Cite(ArtAmendment, 1), Name: "proposer-is-party",
		Text: "Is the proposer a State Party (a State, the Convention in force for it)?", Uses: "Ledger, proposer"},
	FinalFiveYears: {Kind: KindTest, Cite: Cite(ArtAmendment, 1), Name: "five-years-expired",
		Text: "Have five years from the entry into force of the Convention expired?", Uses: "Ledger, filed"},
	FinalConsensus: {Kind: KindTest, Cite: Cite(ArtAmendment, 1), Name: "consensus",
		Text: "Was consensus on the amendment reached?", Uses: "Vote.Consensus"},
	FinalEffortsExhausted: {Kind: KindTest, Cite: Cite(ArtAmendment, 1), Name: "consensus-efforts-exhausted",
		Text: "Have all efforts at consensus been exhausted without agreement?", Uses: "Vote.EffortsExhausted"},
	FinalREIOCompetence: {Kind: KindTest, Cite: Cite(ArtAmendment, 2), Name: "reio-competence",
		Text: "Is the matter within the competence of the regional economic integration organization that voted?", Uses: "Vote.WithinREIOCompetence"},
	FinalTwoThirds: {Kind: KindTest, Cite: Cite(ArtAmendment, 1), Name: "two-thirds-majority",
		Text: "Did two thirds of the States Parties present and voting vote for the amendment?", Uses: "Vote.Ballots, Ledger"},
	FinalAmendmentAdopted: {Kind: KindTest, Cite: Cite(ArtAmendment, 3), Name: "amendment-adopted",
		Text: "Has the amendment been adopted?", Uses: "Ledger, asOf"},
	FinalFirstAccepted: {Kind: KindTest, Cite: Cite(ArtAmendment, 4), Name: "amendment-in-force-for-first",
		Text: "Is the amendment in force for the first party, ninety days after it deposited its instrument of ratification, acceptance or approval of the amendment?", Uses: "Ledger, asOf"},
	FinalSecondAccepted: {Kind: KindTest, Cite: Cite(ArtAmendment, 4), Name: "amendment-in-force-for-second",
		Text: "Is the amendment in force for the second party, ninety days after it deposited its instrument of ratification, acceptance or approval of the amendment?", Uses: "Ledger, asOf"},

	FinalDenunciationEffective: {Kind: KindTest, Cite: Cite(ArtDenunciation, 1), Name: "denunciation-effective",
		Text: "Has a denunciation by the party taken effect, one year after its receipt by the Secretary-General?", Uses: "Ledger, asOf"},
	FinalPartyKnown: {Kind: KindTest, Cite: Cite(ArtDepositary, 1), Name: "party-known",
		Text: "Does the depositary's record list the party?", Uses: "Ledger"},
	FinalREIOCeased: {Kind: KindTest, Cite: Cite(ArtDenunciation, 2), Name: "reio-ceased",
		Text: "Have all the organization's member States that had consented to be bound denounced the Convention, with effect?", Uses: "Ledger, asOf"},
}

// Describe returns the term's table entry; the zero Description for an
// undeclared value.
func (f Final) Describe() Description {
	if f < numFinals {
		return finals[f]
	}
	return Description{}
}

// String returns the term's name, or Final(n) for an undeclared value.
func (f Final) String() string {
	if f > FinalUnknown && f < numFinals {
		return finals[f].Name
	}
	return "Final(" + strconv.Itoa(int(f)) + ")"
}
