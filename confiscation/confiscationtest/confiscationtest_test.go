package confiscationtest_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/confiscation/confiscationtest"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

func TestRequestAlwaysValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := confiscationtest.Request().Draw(t, "r")
		require.NoError(t, r.Validate())
		require.False(t, r.Kinds.IsEmpty())
	})
}

func TestBrokenYieldsExactlyWant(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := confiscationtest.Broken().Draw(t, "b")
		ps := convention.AsProblems(b.Value.Validate())
		require.NotEmpty(t, ps)
		assert.Equal(t, b.Want, ps.Cites(), "%v", ps.Strings())
	})
}

func TestResponsesAlwaysValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		require.NoError(t, confiscationtest.Response().Draw(t, "resp").Validate())
		r := confiscationtest.Request().Draw(t, "r")
		resp := confiscationtest.ResponseTo(r).Draw(t, "to")
		_, err := confiscation.Review(r, confiscationtest.Profile().Draw(t, "p"), confiscationtest.Facts().Draw(t, "f"), resp)
		require.NoError(t, err)
	})
}

func TestProfilesGiveTheirRegime(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		assert.Equal(t, mla.RegimeArticle, mla.DecideRegime(confiscationtest.ArticleProfile().Draw(t, "a").Profile).Regime)
		assert.Equal(t, mla.RegimeTreaty, mla.DecideRegime(confiscationtest.TreatyProfile().Draw(t, "t").Profile).Regime)
	})
}

func TestKnownFactsHaveNoUnassessed(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := confiscationtest.KnownFacts().Draw(t, "f")
		for _, j := range []convention.Judgement{f.Jurisdiction, f.InTerritory, f.SufficientEvidence, f.TimelyEvidence,
			f.DeMinimisValue, f.ThirdPartyRights, f.LiftRequired, f.OpportunityPossible, f.EssentialInterests} {
			assert.True(t, j.IsKnown())
		}
		c := confiscationtest.KnownCapacity().Draw(t, "c")
		for _, j := range []convention.Judgement{c.EnforceForeign, c.OrderDomestic, c.WithoutConviction, c.FreezeOnOrder, c.FreezeOnRequest, c.PreserveOther} {
			assert.True(t, j.IsKnown())
		}
	})
}

func TestGroundsAreGrounds(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		for g := range confiscationtest.Grounds().Draw(t, "g").All() {
			assert.Equal(t, convention.KindGround, g.Describe().Kind)
		}
	})
}

// Every profile drawn is valid and its threshold can be compared with the
// value of every request drawn.
func TestProfilesValidAndThresholdsComparable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := confiscationtest.Profile().Draw(t, "p")
		require.NoError(t, p.Validate())
		r := confiscationtest.Request().Draw(t, "r")
		_, err := p.DeMinimis.DeMinimis(r.Property)
		require.NoError(t, err)
		_, err = confiscation.Prepare(r, p)
		require.NoError(t, err)
	})
}

// Values, thresholds and rates are drawn in cents and ten-thousandths, and
// the related requests are those a request for confiscation may have.
func TestDrawnAmountsAndRelations(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := confiscationtest.Property().Draw(t, "p")
		if !p.Value.IsZero() {
			assert.True(t, p.Value.Amount().Shift(2).IsInteger(), "%v is in cents", p.Value)
			assert.True(t, p.Value.Amount().LessThanOrEqual(decimal.NewFromInt(10_000_000)))
		}
		th := confiscationtest.Threshold().Draw(t, "th")
		if !th.Amount.IsZero() {
			assert.True(t, th.Amount.Amount().Shift(2).IsInteger())
			assert.True(t, th.Amount.Amount().LessThanOrEqual(decimal.NewFromInt(1_000_000_000)))
			for _, r := range th.Rates {
				assert.True(t, r.Value.Shift(4).IsInteger())
				assert.True(t, r.Value.LessThanOrEqual(decimal.NewFromInt(200)), "%v", r.Value)
			}
		}
		r := confiscationtest.Request().Draw(t, "r")
		for _, x := range r.Related {
			assert.Contains(t, []convention.Relation{convention.RelationSameCase, convention.RelationSupplements}, x.Relation)
		}
		f := confiscationtest.FactsFor(r).Draw(t, "f")
		assert.LessOrEqual(t, len(f.Offences), len(r.Offences))
		assert.LessOrEqual(t, len(confiscationtest.Facts().Draw(t, "f1").Offences), 1)
	})
}
