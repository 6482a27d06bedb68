package confiscation_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/confiscation/confiscationtest"
	"github.com/treatyrules/cybercrime/convention"
)

// screenLifting stands for a downstream case system's own check before a
// decision to lift a freezing order leaves the central authority: here,
// that the requesting State was heard and the lifting rests on
// insufficient or untimely evidence or a de minimis value.
func screenLifting(resp confiscation.Response) bool {
	return resp.Opportunity && (resp.Grounds.Has(confiscation.GroundEvidence) || resp.Grounds.Has(confiscation.GroundDeMinimisValue))
}

// How a downstream suite uses the generators of package confiscationtest
// with rapid: draw valid requests, profiles, judgements on their offences
// and responses, and state the property of one's own system against the
// library. Here: a lifting the system's screen passes is never one the
// library finds in breach of para. 8 (no opportunity given) or para. 2 (no
// ground that allows lifting).
func TestDownstreamScreenNeverPassesAnUnlawfulLifting(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := confiscationtest.Request().Draw(t, "request")
		r.Kinds = r.Kinds.With(confiscation.KindProvisional)
		r.Actions = "freeze the account"
		p := confiscationtest.Profile().Draw(t, "profile")
		f := confiscationtest.FactsFor(r).Draw(t, "facts")
		resp := confiscationtest.ResponseTo(r).Draw(t, "response")
		resp.Action, resp.Offences = confiscation.ActionLift, 0
		d, err := confiscation.Review(r, p, f, resp)
		if err != nil {
			t.Fatal(err)
		}
		if !screenLifting(resp) || d.Outcome != convention.Unlawful {
			return
		}
		if d.Violations.Has(confiscation.ViolationNoOpportunity) {
			t.Fatalf("the screen passed a lifting without opportunity: %v", d)
		}
		if d.Violations.Has(confiscation.ViolationMeasuresRefused) && !d.LiftGrounds().Intersect(resp.Grounds).IsEmpty() {
			t.Fatalf("the library found no ground where an available lifting ground was invoked: %v", d)
		}
	})
}
