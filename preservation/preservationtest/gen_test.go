package preservationtest

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

func TestRequestAlwaysValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		assert.NoError(t, Request().Draw(t, "r").Validate())
	})
}

func TestBrokenReportsExactlyWant(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := Broken().Draw(t, "b")
		ps := convention.AsProblems(b.Value.Validate())
		require.NotEmpty(t, ps)
		assert.Equal(t, b.Want, ps.Cites(), "%v", ps.Strings())
	})
}

func TestEveryRuleHasABreaker(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range preservation.Rules() {
		assert.NotNil(t, breakers[r.Field], "no breaker for %s (%s)", r.Field, r.Cite)
		assert.False(t, seen[r.Field], "two rules on field %s: breakers are keyed by field", r.Field)
		seen[r.Field] = true
	}
	assert.Len(t, breakers, len(preservation.Rules()))
}

func TestOtherGeneratorsValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := Request().Draw(t, "r")
		assert.NoError(t, Facts().Draw(t, "f").Validate())
		assert.NoError(t, KnownFacts().Draw(t, "k").Validate())
		assert.NoError(t, Events().Draw(t, "e").Validate())
		assert.NoError(t, Response().Draw(t, "resp").Validate())
		assert.NoError(t, Contact().Draw(t, "c").Validate())
		p := Profile(r.Requested).Draw(t, "p")
		assert.True(t, p.Party.IsZero() || p.Party == r.Requested)
		_, err := preservation.Prepare(r, p)
		assert.NoError(t, err, "the profile's catalogue recognises every offence Request draws")
	})
}

func TestKnownFactsAllAssessed(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := KnownFacts().Draw(t, "f")
		for _, j := range []convention.Judgement{f.Discrimination.Belief, f.InTerritory, f.DualCriminalityFails, f.PoliticalOffences[0], f.PoliticalOffences[3], f.EssentialInterests, f.NotEnsureAvailability, f.ThreatensInvestigation, f.Proceed} {
			assert.True(t, j.IsKnown())
		}
	})
}

func TestDateBetweenStaysInRange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := Date().Draw(t, "a")
		b := a.AddDays(rapid.IntRange(0, 400).Draw(t, "n"))
		d := DateBetween(a, b).Draw(t, "d")
		assert.False(t, d.Before(a) || d.After(b), "%s not in %s..%s", d, a, b)
	})
}

func TestGroundsAreTheGroundTerms(t *testing.T) {
	gs := Grounds()
	require.Len(t, gs, 6)
	for _, g := range gs {
		assert.Equal(t, convention.KindGround, g.Describe().Kind)
	}
}
