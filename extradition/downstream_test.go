package extradition_test

// This file shows how a downstream case system tests its own code with the
// generators of package extraditiontest and rapid: draw valid requests,
// profiles, judgements and responses, run the library, and state what must
// hold. The package documentation points here.

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
	"github.com/treatyrules/cybercrime/extradition/extraditiontest"
)

// caseSystemPriority stands for a downstream function under test: the
// priority a case system gives a file, from the library's decision.
func caseSystemPriority(d extradition.Decision) int {
	switch {
	case d.Outcome == convention.Obliged:
		return 1
	case d.Outcome == convention.Undetermined:
		return 2
	}
	return 3
}

// TestDownstreamUsesTheGenerators: every valid case the generators draw is
// decided without error, and the downstream code under test gives an
// obliged case the first priority.
func TestDownstreamUsesTheGenerators(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := extraditiontest.CoveredRequest().Draw(t, "request")
		p := extraditiontest.Profile().Draw(t, "profile")
		f := extraditiontest.FactsFor(r).Draw(t, "facts")
		d, err := extradition.Assess(r, p, f)
		if err != nil {
			t.Fatalf("a valid case is decided: %v", err)
		}
		if d.Outcome == convention.Obliged && caseSystemPriority(d) != 1 {
			t.Fatalf("an obliged case has the first priority")
		}
		// Broken requests come with the citations their problems must carry.
		b := extraditiontest.Broken().Draw(t, "broken")
		if got := convention.AsProblems(b.Value.Validate()).Cites(); len(got) != len(b.Want) {
			t.Fatalf("problems %v, want %v", got, b.Want)
		}
	})
}
