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
