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

// Readings returns every reading the library takes where the words of a
// paragraph leave room for more than one answer, in the order of the text
// (a fresh slice): the structured readings of the final provisions and the
// mechanism (each with the words that decide it and the test that fixes
// it), and the reading each registry entry records ([Provision].Reading,
// with the words quoted in its text and Test empty). Drafting slips are
// recorded apart ([DraftingNotes]).
func Readings() []Reading {
	out := slices.Clone(finalReadings)
	out = append(out, mechanismReadings...)
	for _, p := range Registry() {
		if p.Reading != "" {
			out = append(out, Reading{Cite: p.Cite, Reading: p.Reading})
		}
	}
	slices.SortStableFunc(out, func(a, b Reading) int { return a.Cite.Compare(b.Cite) })
	return out
}

// ReadingsOf returns the readings of the paragraph c falls in, as Readings
// lists them.
func ReadingsOf(c Citation) []Reading {
	var out []Reading
	for _, r := range Readings() {
		if r.Cite.art == c.art && r.Cite.para == c.para {
			out = append(out, r)
		}
	}
	return out
}

var finalReadings = []Reading{
	{Cite: Cite(ArtDisputes, 2),
		Words:   "Any dispute between two or more States Parties",
		Reading: "The article governs disputes between States, the Convention being in force for each on the date assessed; a dispute with an organization is outside it (see the reading of \"a State Party\" at Amendment art., para. 1).",
		Test:    "TestDecideDisputeParas1To4"},
	{Cite: Cite(ArtDisputes, 2),
		Words:   "Any dispute between two or more States Parties ... shall, at the request of one of those States Parties, be submitted to arbitration",
		Reading: "A request for arbitration made while both were States Parties sets the procedure going, and a later denunciation by either does not undo it: the termination of a treaty for a party \"does not affect any right, obligation or legal situation of the parties created through the execution of the treaty prior to its termination\" (Vienna Convention on the Law of Treaties, art. 70(1)(b)); the referral to the Court opens six months after the request as it would have. A request made after the denunciation took effect is not one between States Parties.",
		Test:    "TestDecideDisputePara2SurvivesALaterDenunciation"},
	{Cite: Cite(ArtDisputes, 2),
		Words:   "shall, at the request of one of those States Parties, be submitted to arbitration. If, six months after the date of the request for arbitration",
		Reading: "A request for arbitration counts only if it was made under para. 2: on a day when the Convention was in force between the two parties and neither had a reservation under para. 3 in force. An earlier request starts no period, not even from the day the Convention entered into force between them (the period runs from a date the text names, the request's); a new request may be made.",
		Test:    "TestDecideDisputePara2RequestBeforeInForceBetweenThem"},
	{Cite: Cite(ArtDisputes, 3),
		Words:   "Each State Party may, at the time of signature, ratification, acceptance or approval of or accession to this Convention, declare",
		Reading: "A reservation made at signature stands from the signature and needs no confirmation when the State later deposits its instrument: the paragraph itself provides that it may be made \"at the time of signature\", the case in which the Guide to Practice on Reservations to Treaties (International Law Commission, 2011, guideline 2.2.3) dispenses with the formal confirmation of Vienna Convention on the Law of Treaties, art. 23(2). A confirmation made at the deposit is recorded and changes nothing; a declaration after the deposit is too late (para. 3) and the reservation is ended only by a withdrawal (para. 4), effective on its receipt.",
		Test:    "TestDisputesPara3ReservationAtSignatureNeedsNoConfirmation"},
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
	{Cite: Cite(ArtDenunciation, 2),
		Words:   "A regional economic integration organization shall cease to be a Party to this Convention when all of its member States have denounced it",
		Reading: "\"Have denounced\" is read as denunciations that have taken effect: until then each member State is still a Party (para. 1), so the organization ceases on the day the last denunciation of its member States then bound takes effect. Member States that never became bound are not waited for.",
		Test:    "TestDenunciationPara2REIOCeasesWhenAllMembersDenounced"},
	{Cite: Cite(ArtEntryIntoForce, 1),
		Words:   "This Convention shall enter into force on the ninetieth day after the date of deposit of the fortieth instrument",
		Reading: "An instrument deposited on or before the day of the fortieth takes effect under para. 1, on the Convention's own entry into force; para. 2 (the thirtieth day after the deposit, not before the general date) governs the instruments deposited after the fortieth, and the party's status cites the paragraph that governs it.",
		Test:    "TestStatusCitesTheParagraphThatGoverns"},
}

// mechanismReadings are the readings of the mechanism of implementation and
// of the articles on prevention, which package implementation encodes and
// tests.
var mechanismReadings = []Reading{
	{Cite: CitePoint(ArtSociety, 1, 'b'),
		Words:   "Information may be disseminated where appropriate through the mass media and shall include measures to promote public participation in preventing and combating such crime",
		Reading: "Within the encouraged measures of para. 1 (\"should be strengthened by such measures as\"), point (b) carries an option (the mass media, where appropriate) and an obligation: the information a State makes available or disseminates shall include measures to promote public participation. It is recorded as \"shall\", owed where such information is disseminated, not as \"should\".",
		Test:    "TestSelfAssessImplementationPara1"},
	{Cite: Cite(ArtReview, 1),
		Words:   "shall be subject to approval or modification by the Council or the General Assembly in the same way as other decisions or recommendations of the Commission",
		Reading: "Either body may approve or modify \"in the same way as other decisions or recommendations of the Commission\": as the United Nations reviews them, the Council acting under the Assembly's authority (Charter, arts. 60 and 66). An act of the General Assembly prevails over any act of the Council, whatever their dates; a later Council act is recorded (Standing.CouncilAfter) and does not displace it. Of one body's acts the latest governs; on the same day a modification prevails over an approval.",
		Test:    "TestReviewDecisionPara1"},
	{Cite: Cite(ArtInformation, 1),
		Words:   "The States Parties shall furnish to the Commission such information as it may request as being necessary and appropriate for the performance of its functions, and in particular:",
		Reading: "The items (a) to (d) hang on the chapeau: each is information the Commission may request, owed as and when it requests it. None is owed from the first day and none only on request; with no request, nothing of para. 1 is owed. A request for the laws of (b) asks nothing of a State that has promulgated none.",
		Test:    "TestAssessChecklistInformationParas1And2"},
	{Cite: CitePoint(ArtInformation, 1, 'a'),
		Words:   "A report every five years on the working of the Convention within each of their territories",
		Reading: "A party reports on the Convention's working for it: its five-year cycles run from the Convention's entry into force for it, not from the general date; no report falls due once it has ceased to be a Party, and a State that accedes again after its denunciation took effect begins new cycles from its new entry into force. The cycles are the text's rhythm, for planning; the duty is owed as the Commission requests (para. 2).",
		Test:    "TestInformationPara1aReportCyclesFollowTheParty"},
	{Cite: Cite(ArtInformation, 2),
		Words:   "in such manner and by such dates and use such forms as the Commission may request",
		Reading: "The dates and forms are the Commission's, taken from its requests (Request.Due, Request.Form): a request unanswered after its date is a breach of the item's duty, an answer after it or on another form a breach of para. 2; a request with no date is owed and never overdue. The five-year cycles of the Calendar are the text's rhythm, for planning, not due dates.",
		Test:    "TestAssessChecklistInformationParas1And2"},
}
