package extraditiontest_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
	"github.com/treatyrules/cybercrime/extradition/extraditiontest"
)

func TestRequestIsValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := extraditiontest.Request().Draw(t, "r")
		require.NoError(t, r.Validate())
	})
}

func TestCoveredRequestIsCovered(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := extraditiontest.CoveredRequest().Draw(t, "r")
		require.NoError(t, r.Validate())
		s, err := extradition.DecideScope(r, extradition.Facts{})
		require.NoError(t, err)
		assert.Equal(t, convention.Yes, s.Applies())
		assert.Equal(t, convention.Yes, s.Offence(0).Covered)
	})
}

func TestBrokenReportsExactlyWant(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := extraditiontest.Broken().Draw(t, "b")
		assert.Equal(t, b.Want, convention.AsProblems(b.Value.Validate()).Cites())
	})
}

func TestEveryBreakerReportsExactlyWant(t *testing.T) {
	for i := 0; i < extraditiontest.Breakers(); i++ {
		rapid.Check(t, func(t *rapid.T) {
			b := extraditiontest.BrokenBy(i).Draw(t, "b")
			assert.Equal(t, b.Want, convention.AsProblems(b.Value.Validate()).Cites(), "breaker %d", i)
		})
	}
}

func TestProfileFactsResponseAreValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := extraditiontest.Request().Draw(t, "r")
		p := extraditiontest.Profile().Draw(t, "p")
		f := extraditiontest.FactsFor(r).Draw(t, "f")
		s := extraditiontest.ResponseFor(r).Draw(t, "s")
		require.NoError(t, p.Validate())
		require.NoError(t, f.Validate())
		require.NoError(t, s.Validate())
		_, err := extradition.Review(r, p, f, s)
		require.NoError(t, err)
	})
}

func TestKnownFactsAreAssessed(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := extraditiontest.KnownFacts().Draw(t, "f")
		for _, j := range []convention.Judgement{f.Accessory, f.ConventionBasis, f.MinimumPenaltyMet, f.DomesticGround,
			f.DomesticGroundFiscal, f.NationalityGround, f.Warranted, f.Urgent, f.ProvisionalLaw, f.ConditionalLaw, f.ConditionalAgreed, f.EnforcementLaw,
			f.ConsultAppropriate, f.Discrimination.Belief} {
			assert.True(t, j.IsKnown())
		}
	})
}

func TestRefusalForRefuses(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := extraditiontest.Request().Draw(t, "r")
		assert.True(t, extraditiontest.RefusalFor(r).Draw(t, "s").Action.Refuses())
	})
}

func TestDateBetweenStaysInRange(t *testing.T) {
	a, b := convention.MustDate("2024-02-28"), convention.MustDate("2024-03-01")
	rapid.Check(t, func(t *rapid.T) {
		d := extraditiontest.DateBetween(a, b).Draw(t, "d")
		assert.False(t, d.Before(a) || d.After(b))
	})
}

// TestGeneratorsReachEveryPart: a downstream test suite relies on the
// generators drawing every shape of input the text distinguishes, not only
// the common ones: over a few hundred fixed examples, requests with one
// offence and with several, for prosecution and for enforcement (a life
// sentence and a term), silent on their basis and invoking a named treaty,
// with and without translations, attachments and related requests; each
// ground Cooperation art., para. 3 lists; each ground a refusal may rely
// on, and none.
func TestGeneratorsReachEveryPart(t *testing.T) {
	const n = 300
	seen := map[string]bool{}
	mark := func(cond bool, yes, no string) {
		if cond {
			seen[yes] = true
		} else {
			seen[no] = true
		}
	}
	for i := 0; i < n; i++ {
		r := extraditiontest.Request().Example(i)
		mark(len(r.Offences) == 1, "one offence", "several offences")
		mark(r.Purpose == extradition.PurposeEnforcement, "enforcement", "prosecution")
		if r.Purpose == extradition.PurposeEnforcement {
			mark(r.Sentence.Imposed == convention.LifeImprisonment(), "life sentence", "term of imprisonment")
		}
		mark(r.Basis.Stated(), "basis stated", "basis not stated")
		if r.Basis.Invokes(convention.BasisTreaty) {
			mark(r.Basis.Treaty != "", "named treaty invoked", "treaty invoked without name")
		}
		mark(len(r.Language.Translations) > 0, "translations", "no translation")
		mark(len(r.Attachments) > 0, "attachments", "no attachment")
		mark(len(r.Related) > 0, "related requests", "no related request")
		gs := extraditiontest.DiscriminationGrounds().Example(i)
		for g := convention.GroundSex; g <= convention.GroundPoliticalOpinions; g++ {
			if gs.Has(g) {
				seen["listed ground "+g.String()] = true
			}
		}
		rg := extraditiontest.Grounds().Example(i)
		mark(rg.IsEmpty(), "no ground relied on", "a ground relied on")
		for g := range rg.All() {
			seen["refusal ground "+g.String()] = true
		}
	}
	want := []string{"one offence", "several offences", "enforcement", "prosecution", "life sentence", "term of imprisonment",
		"basis stated", "basis not stated", "named treaty invoked", "translations", "no translation", "attachments",
		"no attachment", "related requests", "no related request", "no ground relied on", "a ground relied on"}
	for g := convention.GroundSex; g <= convention.GroundPoliticalOpinions; g++ {
		want = append(want, "listed ground "+g.String())
	}
	for _, g := range extradition.RefusalGrounds() {
		want = append(want, "refusal ground "+g.String())
	}
	for _, w := range want {
		assert.True(t, seen[w], "the generators never drew: %s", w)
	}
	assert.False(t, seen["treaty invoked without name"], "a treaty invoked is named (Basis.Treaty)")
}
