package implementation

import "github.com/treatyrules/cybercrime/convention"

// Readings returns the interpretive choices the package makes where the
// words of a paragraph leave room for more than one answer, each with the
// words that decide it and the test that fixes it, in the order of the text
// (a fresh slice). Drafting slips are recorded in the registry
// (convention.DraftingNotes).
func Readings() []convention.Reading {
	out := make([]convention.Reading, len(readings))
	copy(out, readings)
	return out
}

var readings = []convention.Reading{
	{Cite: cite(info, 1),
		Words:   "The States Parties shall furnish to the Commission such information as it may request as being necessary and appropriate for the performance of its functions, and in particular:",
		Reading: "The items (a) to (d) hang on the chapeau: each is information the Commission may request, owed as and when it requests it. None is owed from the first day and none only on request; with no request, nothing of para. 1 is owed. A request for the laws of (b) asks nothing of a State that has promulgated none.",
		Test:    "TestAssessChecklistInformationParas1And2"},
	{Cite: cite(info, 2),
		Words:   "in such manner and by such dates and use such forms as the Commission may request",
		Reading: "The dates and forms are the Commission's, taken from its requests (Request.Due, Request.Form): a request unanswered after its date is a breach of the item's duty, an answer after it or on another form a breach of para. 2; a request with no date is owed and never overdue. The five-year cycles of the Calendar are the text's rhythm, for planning, not due dates.",
		Test:    "TestAssessChecklistInformationParas1And2"},
}
