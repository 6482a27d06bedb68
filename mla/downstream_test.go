package mla_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
)

// screenRefusal stands for a downstream case system's own check before a
// refusal leaves the central authority: here, that reasons are given and
// bank secrecy is not invoked.
func screenRefusal(resp mla.Response) bool {
	return resp.Reasons && !resp.Grounds.Has(mla.GroundBankSecrecy)
}

// How a downstream suite uses the generators of package mlatest with
// rapid: draw valid requests, profiles, judgements and responses, and
// state the property of one's own system against the library. Here: a
// refusal the library finds unlawful under para. 8 or 24 never passes the
// system's screen.
func TestDownstreamScreenNeverPassesAnUnlawfulRefusal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := mlatest.Request().Draw(t, "request")
		p := mlatest.ArticleProfile().Draw(t, "profile")
		f := mlatest.FactsFor(r).Draw(t, "facts")
		resp := mlatest.Response().Draw(t, "response")
		resp.Action = mla.ActionRefuse
		d, err := mla.Review(r, p, f, resp)
		if err != nil {
			t.Fatal(err)
		}
		if d.Outcome == convention.Unlawful && (d.Violations.Has(mla.ViolationBankSecrecy) || d.Violations.Has(mla.ViolationNoReasons)) && screenRefusal(resp) {
			t.Fatalf("the screen passed a refusal the library finds unlawful: %v", d)
		}
	})
}
