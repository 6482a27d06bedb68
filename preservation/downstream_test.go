package preservation_test

// This file shows how a downstream case system tests its own code with the
// generators of package preservationtest and rapid: it draws valid
// requests, profiles and facts, and checks a property of its own handling
// (here, that every decision it stores is one the library explains, and
// that a request it accepts is one the library accepts).

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
	"github.com/treatyrules/cybercrime/preservation/preservationtest"
)

// store is a downstream case system's handling of an incoming preservation
// request: prepare it once, decide it, keep the explanation.
func store(r preservation.Request, p preservation.Profile, f preservation.Facts) (convention.Explanation, error) {
	pr, err := preservation.Prepare(r, p)
	if err != nil {
		return convention.Explanation{}, err
	}
	return pr.Assess(f, convention.MustDate("2026-11-26")).Explain(), nil
}

func TestDownstreamCaseSystemStoresEveryValidRequest(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := preservationtest.Request().Draw(t, "Request")
		p := preservationtest.Profile(r.Requested).Draw(t, "Profile")
		f := preservationtest.Facts().Draw(t, "Facts")
		e, err := store(r, p, f)
		if err != nil {
			t.Fatalf("a valid request was rejected: %v", err)
		}
		if !e.Outcome.IsValid() || !convention.Registered(e.Cite) {
			t.Fatalf("stored an unexplained decision: %s", e)
		}
	})
}

func TestDownstreamCaseSystemRejectsEveryBrokenRequest(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := preservationtest.Broken().Draw(t, "Broken")
		if _, err := store(b.Value, preservation.Profile{}, preservation.Facts{}); err == nil {
			t.Fatalf("a request breaking %v was stored", b.Want)
		}
	})
}
