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

// examples draws n values of g, deterministically (seeds 0 to n-1).
func examples[V any](g *rapid.Generator[V], n int) []V {
	out := make([]V, n)
	for i := range out {
		out[i] = g.Example(i)
	}
	return out
}

// The generators reach every shape their documentation promises, so that
// a property run over them meets each: a downstream suite relying on them
// tests what it thinks it tests.
func TestGeneratorsReachWhatTheyPromise(t *testing.T) {
	const n = 300
	t.Run("Request: zero to two persons", func(t *testing.T) {
		counts := map[int]bool{}
		for _, r := range examples(Request(), n) {
			counts[len(r.Persons)] = true
		}
		assert.Equal(t, map[int]bool{0: true, 1: true, 2: true}, counts)
	})
	t.Run("Discrimination: listed grounds named or not", func(t *testing.T) {
		none, some := false, false
		for _, d := range examples(Discrimination(), n) {
			none = none || d.Grounds.IsEmpty()
			some = some || !d.Grounds.IsEmpty()
		}
		assert.True(t, none, "a belief naming no listed ground")
		assert.True(t, some, "a belief naming listed grounds")
	})
	t.Run("Events: a request before preservation, within and after the ninety days, or none", func(t *testing.T) {
		var none, before, within, after bool
		for _, e := range examples(Events(), n) {
			switch {
			case e.MLAReceived.IsZero():
				none = true
			case e.MLAReceived.Before(e.Started):
				before = true
			case e.MLAReceived.After(preservation.MinimumEnd(e.Started)):
				after = true
			default:
				within = true
			}
		}
		assert.True(t, none && before && within && after, "none %v, before %v, within %v, after %v", none, before, within, after)
	})
	t.Run("Response: every action", func(t *testing.T) {
		seen := map[preservation.Action]int{}
		for _, v := range examples(Response(), n) {
			seen[v.Action]++
		}
		for _, a := range []preservation.Action{preservation.ActionPreserve, preservation.ActionRefuse, preservation.ActionNotExecute} {
			assert.Positive(t, seen[a], "%s", a)
		}
	})
}
