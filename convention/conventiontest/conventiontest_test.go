package conventiontest_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

// The generator contract: every value drawn is valid.
func TestGeneratorsDrawValidValues(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := conventiontest.Date().Draw(t, "Date")
		assert.False(t, d.IsZero())
		back, err := convention.ParseDate(d.String())
		assert.NoError(t, err)
		assert.Equal(t, d, back)

		a := conventiontest.Date().Draw(t, "a")
		b := a.AddDays(rapid.IntRange(0, 400).Draw(t, "span"))
		x := conventiontest.DateBetween(a, b).Draw(t, "x")
		assert.False(t, x.Before(a) || x.After(b))

		assert.True(t, convention.Registered(conventiontest.Citation().Draw(t, "Citation")))
		assert.True(t, conventiontest.State().Draw(t, "State").IsState())
		assert.True(t, conventiontest.Judgement().Draw(t, "Judgement").IsValid())
		assert.True(t, conventiontest.KnownJudgement().Draw(t, "Known").IsKnown())
		assert.False(t, conventiontest.Penalty().Draw(t, "Penalty").IsZero())
		o := conventiontest.Offence().Draw(t, "Offence")
		assert.NotEmpty(t, o.Conduct)
		assert.True(t, o.Serious().IsKnown())
		c := conventiontest.Characterisation().Draw(t, "Characterisation")
		assert.True(t, c.Criminal.IsValid())
	})
}

func TestDateBetweenReadsAnInvertedRangeAsItsStart(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := convention.MustDate("2026-01-02")
		assert.Equal(t, a, conventiontest.DateBetween(a, convention.MustDate("2026-01-01")).Draw(t, "d"))
		assert.Equal(t, a, conventiontest.DateBetween(a, convention.Date{}).Draw(t, "z"))
	})
}
