package implementation

import (
	"slices"

	"github.com/treatyrules/cybercrime/convention"
)

// Readings returns the interpretive choices the package makes where the
// words of a paragraph leave room for more than one answer, each with the
// words that decide it and the test that fixes it, in the order of the text
// (a fresh slice). Drafting slips are recorded in the registry
// (convention.DraftingNotes).
func Readings() []convention.Reading {
	out := slices.Clone(readings)
	slices.SortStableFunc(out, func(a, b convention.Reading) int { return a.Cite.Compare(b.Cite) })
	return out
}

var readings = []convention.Reading{
	{Cite: point(society, 1, 'b'),
		Words:   "Information may be disseminated where appropriate through the mass media and shall include measures to promote public participation in preventing and combating such crime",
		Reading: "Within the encouraged measures of para. 1 (\"should be strengthened by such measures as\"), point (b) carries an option (the mass media, where appropriate) and an obligation: the information a State makes available or disseminates shall include measures to promote public participation. It is recorded as \"shall\", owed where such information is disseminated, not as \"should\".",
		Test:    "TestSelfAssessImplementationPara1"},
	{Cite: cite(convention.ArtReview, 1),
		Words:   "shall be subject to approval or modification by the Council or the General Assembly in the same way as other decisions or recommendations of the Commission",
		Reading: "Either body may approve or modify; the text states no precedence between them, and the library reads none in: the latest act governs, and a Council act after the Assembly's is flagged (Standing.AfterAssembly) for a caller who reads the Charter's relations (arts. 60 and 66) into \"in the same way as other decisions\". On the same day a modification prevails over an approval.",
		Test:    "TestReviewDecisionPara1"},
	{Cite: cite(info, 1),
		Words:   "The States Parties shall furnish to the Commission such information as it may request as being necessary and appropriate for the performance of its functions, and in particular:",
		Reading: "The items (a) to (d) hang on the chapeau: each is information the Commission may request, owed as and when it requests it. None is owed from the first day and none only on request; with no request, nothing of para. 1 is owed. A request for the laws of (b) asks nothing of a State that has promulgated none.",
		Test:    "TestAssessChecklistInformationParas1And2"},
	{Cite: cite(info, 2),
		Words:   "in such manner and by such dates and use such forms as the Commission may request",
		Reading: "The dates and forms are the Commission's, taken from its requests (Request.Due, Request.Form): a request unanswered after its date is a breach of the item's duty, an answer after it or on another form a breach of para. 2; a request with no date is owed and never overdue. The five-year cycles of the Calendar are the text's rhythm, for planning, not due dates.",
		Test:    "TestAssessChecklistInformationParas1And2"},
}
