package convention

import "slices"

// Reading is an interpretive choice the library makes where the words of a
// paragraph leave room for more than one answer: the paragraph, the words
// that decide it, what the library decides, and the test that fixes the
// reading (its name quotes the words). Drafting slips, where the text is
// evidently wrong, are recorded in the registry instead ([DraftingNotes]).
type Reading struct {
	Cite Citation `json:"cite"`
	// Words are the operative words, quoted from the text.
	Words string `json:"words"`
	// Reading is what the library decides, in a lawyer's words.
	Reading string `json:"reading"`
	// Test names the test function that fixes the reading.
	Test string `json:"test"`
}

// FinalReadings returns the readings of the final provisions, in the order
// of the text (a fresh slice).
func FinalReadings() []Reading {
	out := slices.Clone(finalReadings)
	slices.SortStableFunc(out, func(a, b Reading) int { return a.Cite.Compare(b.Cite) })
	return out
}

var finalReadings = []Reading{
	{Cite: Cite(ArtDisputes, 2),
		Words:   "Any dispute between two or more States Parties",
		Reading: "The article governs disputes between States, the Convention being in force for each on the date assessed; a dispute with an organization is outside it (see the reading of \"a State Party\" at Amendment art., para. 1).",
		Test:    "TestDecideDisputeParas1To4"},
	{Cite: Cite(ArtDisputes, 2),
		Words:   "shall, at the request of one of those States Parties, be submitted to arbitration. If, six months after the date of the request for arbitration",
		Reading: "A request for arbitration counts only if it was made under para. 2: on a day when the Convention was in force between the two parties and neither had a reservation under para. 3 in force. An earlier request starts no period, not even from the day the Convention entered into force between them (the period runs from a date the text names, the request's); a new request may be made.",
		Test:    "TestDecideDisputePara2RequestBeforeInForceBetweenThem"},
	{Cite: Cite(ArtSignature, 3),
		Words:   "A regional economic integration organization may deposit its instrument of ratification, acceptance or approval if at least one of its member States has done likewise",
		Reading: "\"Done likewise\" is read as consented to be bound by any instrument, accession included, standing on the day (deposited, not ceased); the deposit suffices, the Convention need not yet be in force for the member. A member's instrument dated later does not help.",
		Test:    "TestSignaturePara3REIODepositsOnlyAfterAMember"},
	{Cite: Cite(ArtSignature, 4),
		Words:   "any regional economic integration organization of which at least one member State is a Party to this Convention",
		Reading: "\"Is a Party\" is read as the Vienna Convention on the Law of Treaties reads it (art. 2(1)(g)): the Convention in force for the member on the day of accession, not merely its instrument deposited.",
		Test:    "TestSignaturePara4REIOAccedesOnlyIfAMemberIsAParty"},
	{Cite: Cite(ArtSignature, 4),
		Words:   "This Convention is open for accession by any State",
		Reading: "A State whose denunciation has taken effect may accede again: its instrument is not refused as a second one and begins a new participation, in force on the thirtieth day after its deposit (Entry into force art., para. 2). While its denunciation has not taken effect it is still bound, and a new instrument would be a second one. It comes back by accession, its signature having been ratified once.",
		Test:    "TestSignaturePara4AccessionAfterDenunciation"},
	{Cite: Cite(ArtSignature, 4),
		Words:   "any regional economic integration organization of which at least one member State is a Party to this Convention",
		Reading: "An organization that ceased to be a Party under Denunciation art., para. 2 is not revived by a member State's new accession; it may accede again once a member State is a Party, and its new participation ends, as the first, when all its member States then bound have denounced.",
		Test:    "TestDenunciationPara2REIOAccedesAgainOnlyWithAMemberParty"},
	{Cite: Cite(ArtSignature, 4),
		Words:   "at the time of signature, ratification, acceptance or approval of or accession to this Convention, declare",
		Reading: "Reservations under Disputes art., para. 3, notifications made at the deposit of an instrument, and acceptances of amendments belong to the participation in which they were made and lapse with it; a State that accedes again makes them anew.",
		Test:    "TestAccessionAfterDenunciationStartsAFreshParticipation"},
	{Cite: Cite(ArtEntryIntoForce, 1),
		Words:   "the fortieth instrument of ratification, acceptance, approval or accession. For the purpose of this paragraph, any instrument deposited by a regional economic integration organization shall not be counted as additional",
		Reading: "The forty instruments are counted State by State, each State once: an organization's instrument is never additional to its member States' (it may deposit only after one of them has), and a State's accession after its own denunciation, necessarily after the entry into force, is not counted again. A denunciation does not undo the entry into force (Vienna Convention on the Law of Treaties, art. 55).",
		Test:    "TestSignaturePara4AccessionAfterDenunciation"},
	{Cite: Cite(ArtAmendment, 1),
		Words:   "a two-thirds majority vote of the States Parties present and voting",
		Reading: "As in the rules of procedure of United Nations bodies, \"present and voting\" counts the votes for and against; an abstention is not a vote and never changes the result; with no vote cast nothing is adopted. Exactly two thirds adopts.",
		Test:    "TestDecideAmendmentPara1And2"},
	{Cite: Cite(ArtAmendment, 2),
		Words:   "Regional economic integration organizations, in matters within their competence, shall exercise their right to vote ... Such organizations shall not exercise their right to vote if their member States exercise theirs and vice versa",
		Reading: "Outside its competence an organization has no vote to exercise: its ballot is not counted and does not bar its member States' ballots, which are counted. Within it, an organization and a member State may not both vote (a Problem); where both voted and the competence is unassessed, a Problem asks for the assessment.",
		Test:    "TestDecideAmendmentPara2BallotOutsideCompetence"},
	{Cite: Cite(ArtAmendment, 1),
		Words:   "a State Party may propose an amendment",
		Reading: "Where the final provisions give a regional economic integration organization a role they name it (Signature art., paras. 2-4; Entry into force art., para. 2; Amendment art., para. 2; Denunciation art., para. 2); the text has no clause, like UNTOC art. 2(j), applying \"States Parties\" to organizations. \"A State Party\" is read as a State: an organization does not propose, ratify or accept an amendment (para. 3, \"by States Parties\"), does not denounce (Denunciation art., para. 1), does not make the reservation of Disputes art., para. 3, and is not a party to a dispute under para. 2.",
		Test:    "TestLedgerRulesEachBrokenAlone"},
	{Cite: Cite(ArtAmendment, 1),
		Words:   "After the expiry of five years from the entry into force of this Convention",
		Reading: "The five years run from the day of entry into force, included, to the day before its fifth anniversary; proposals may be filed from the anniversary. From 29 February 2028 the anniversary is 28 February 2033: the one rule of years (Anniversary).",
		Test:    "TestAmendmentPara1FiveYearsFrom29February"},
	{Cite: Cite(ArtDenunciation, 1),
		Words:   "Such denunciation shall become effective one year after the date of receipt of the notification",
		Reading: "Effective on the anniversary of the receipt, the party bound until the day before: received on 29 February, effective on 28 February of the next year (the one rule of years, Anniversary).",
		Test:    "TestDenunciationPara1OneYearAroundLeapDays"},
}
