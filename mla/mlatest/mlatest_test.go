package mlatest_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
)

func TestRequestAlwaysValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := mlatest.Request().Draw(t, "r")
		require.NoError(t, r.Validate())
	})
}

func TestContentsAlwaysValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		require.NoError(t, mlatest.Contents().Draw(t, "c").Validate())
	})
}

func TestBrokenYieldsExactlyWant(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := mlatest.Broken().Draw(t, "b")
		ps := convention.AsProblems(b.Value.Validate())
		require.NotEmpty(t, ps)
		assert.Equal(t, b.Want, ps.Cites(), "%v", ps.Strings())
	})
}

func TestMalformedAndNonconformingYieldExactlyWant(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		for _, b := range []mlatest.Invalid[mla.Request]{mlatest.Malformed().Draw(t, "m"), mlatest.Nonconforming().Draw(t, "n")} {
			ps := convention.AsProblems(b.Value.Validate())
			require.NotEmpty(t, ps)
			assert.Equal(t, b.Want, ps.Cites(), "%v", ps.Strings())
		}
	})
}

func TestResponseAlwaysValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		require.NoError(t, mlatest.Response().Draw(t, "r").Validate())
	})
}

func TestStayAlwaysValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		require.NoError(t, mlatest.Stay().Draw(t, "s").Validate())
	})
}

func TestProfilesGiveTheirRegime(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		assert.Equal(t, mla.RegimeArticle, mla.DecideRegime(mlatest.ArticleProfile().Draw(t, "a")).Regime)
		assert.Equal(t, mla.RegimeTreaty, mla.DecideRegime(mlatest.TreatyProfile().Draw(t, "t")).Regime)
	})
}

func TestDateBetweenStaysInRange(t *testing.T) {
	a, b := convention.MustDate("2028-02-01"), convention.MustDate("2028-03-01")
	rapid.Check(t, func(t *rapid.T) {
		d := mlatest.DateBetween(a, b).Draw(t, "d")
		assert.False(t, d.Before(a) || d.After(b), "%s", d)
	})
}

func TestKnownFactsHaveNoUnassessed(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := mlatest.KnownFacts().Draw(t, "f")
		assert.True(t, f.EssentialInterests.IsKnown() && f.Fiscal.IsKnown())
		for _, o := range f.Offences {
			assert.True(t, o.Requested.Criminal.IsKnown() && o.TrafficDataAvailable.IsKnown())
		}
	})
}

// The judgements drawn for a request are valid and consistent with it: the
// decisions accept them.
func TestFactsForAreOnTheRequestsOffences(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := mlatest.Request().Draw(t, "r")
		for _, f := range []mla.Facts{mlatest.FactsFor(r).Draw(t, "f"), mlatest.KnownFactsFor(r).Draw(t, "k"), mlatest.Facts().Draw(t, "any")} {
			require.NoError(t, f.Validate())
			assert.LessOrEqual(t, len(f.Offences), len(r.Offences))
			_, err := mla.Assess(r, mla.Profile{}, f)
			require.NoError(t, err)
		}
		k := mlatest.KnownFactsFor(r).Draw(t, "known")
		for _, o := range k.Offences {
			assert.NotEqual(t, convention.Unassessed, o.Requested.Criminal)
		}
	})
}
