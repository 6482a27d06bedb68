package confiscation_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/confiscation/confiscationtest"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

func assess(t *rapid.T, r confiscation.Request, p confiscation.Profile, f confiscation.Facts) confiscation.Decision {
	dec, err := confiscation.Assess(r, p, f)
	require.NoError(t, err)
	return dec
}

func review(t *rapid.T, r confiscation.Request, p confiscation.Profile, f confiscation.Facts, resp confiscation.Response) confiscation.Decision {
	dec, err := confiscation.Review(r, p, f, resp)
	require.NoError(t, err)
	return dec
}

// draw draws a whole case: a valid request made pursuant to the article
// (invoking the Convention or silent on its basis), a profile and
// judgements on its offences. TestPara3OnlyRequestsMadePursuantToTheArticle
// draws the other bases.
func draw(t *rapid.T) (confiscation.Request, confiscation.Profile, confiscation.Facts) {
	r := confiscationtest.Request().Draw(t, "r")
	if !r.Basis.UnderConvention() {
		r.Basis = convention.LegalBasis{}
	}
	return r, confiscationtest.Profile().Draw(t, "p"), confiscationtest.FactsFor(r).Draw(t, "f")
}

// declining draws a refusal or, where the request seeks provisional
// measures, the lifting of one.
func declining(t *rapid.T, r confiscation.Request) confiscation.Response {
	resp := confiscationtest.ResponseTo(r).Draw(t, "resp")
	resp.Action = confiscation.ActionRefuse
	if r.Kinds.Has(confiscation.KindProvisional) && rapid.Bool().Draw(t, "lift") {
		resp.Action, resp.Offences = confiscation.ActionLift, 0
	}
	return resp
}

// MLA art., para. 23, applied mutatis mutandis: adding a fiscal element, as
// a ground invoked or as a fact, never makes a refusal or lifting lawful.
func TestMLAPara23FiscalElementNeverMakesRefusalLawful(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		resp := declining(t, r)
		with, without := resp, resp
		with.Grounds, without.Grounds = resp.Grounds.With(confiscation.GroundFiscal), resp.Grounds.Without(confiscation.GroundFiscal)
		if review(t, r, p, f, with).Outcome == convention.Lawful {
			assert.Equal(t, convention.Lawful, review(t, r, p, f, without).Outcome)
		}
		fy, fn := f, f
		fy.Fiscal, fn.Fiscal = convention.Yes, convention.No
		if review(t, r, p, fy, resp).Outcome == convention.Lawful {
			assert.Equal(t, convention.Lawful, review(t, r, p, fn, resp).Outcome)
		}
	})
}

// MLA art., paras. 8 and 23, and para. 6: bank secrecy, fiscal matters and
// the want of a treaty are never available grounds; a refusal invoking
// bank secrecy ("shall not decline ... on the ground of bank secrecy") is
// never lawful, nor one invoking the want of a treaty by a State that
// "elects to make the taking of the measures ... conditional on the
// existence of a relevant treaty"; and invoking the want of a treaty never
// makes a refusal lawful that was not.
func TestMLAPara8BankSecrecyNeverAvailable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		dec := assess(t, r, p, f)
		assert.True(t, dec.Available.Intersect(confiscation.BarredGrounds()).IsEmpty(), "%v", dec.Available)
		resp := declining(t, r)
		without := review(t, r, p, f, resp)
		barred := rapid.SampledFrom([]confiscation.Term{confiscation.GroundBankSecrecy, confiscation.GroundNoTreaty}).Draw(t, "barred")
		resp.Grounds = resp.Grounds.With(barred)
		with := review(t, r, p, f, resp)
		if barred == confiscation.GroundBankSecrecy || p.TreatyCondition {
			assert.NotEqual(t, convention.Lawful, with.Outcome)
		}
		if with.Outcome == convention.Lawful {
			assert.Equal(t, convention.Lawful, without.Outcome, "the want of a treaty made a refusal lawful")
		}
	})
}

// Para. 8: lifting a provisional measure without first giving the
// requesting State an opportunity to argue for it is never lawful, unless
// the requested State judges that impossible.
func TestPara8LiftingWithoutOpportunityNeverLawful(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		if !r.Kinds.Has(confiscation.KindProvisional) {
			r.Kinds = r.Kinds.With(confiscation.KindProvisional)
			r.Actions = "freeze the account"
		}
		resp := confiscationtest.ResponseTo(r).Draw(t, "resp")
		resp.Action, resp.Opportunity, resp.Offences = confiscation.ActionLift, false, 0
		dec := review(t, r, p, f, resp)
		if f.OpportunityPossible != convention.No {
			assert.NotEqual(t, convention.Lawful, dec.Outcome, dec.String())
		}
		if dec.Outcome == convention.Unlawful && f.OpportunityPossible == convention.Yes {
			assert.True(t, dec.Violations.Has(confiscation.ViolationNoOpportunity))
		}
	})
}

// Para. 1: the library never picks between routes 1(a) and 1(b). Where
// both are open, obtaining an order and giving effect to the requesting
// State's order are reviewed alike; and a route is listed open exactly
// when its test holds.
func TestPara1NeverChoosesBetweenRoutes(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		if !r.Kinds.Has(confiscation.KindEnforceOrder) {
			return
		}
		dec := assess(t, r, p, f)
		assert.Equal(t, dec.Answer(confiscation.TestRouteObtain) == convention.Yes, dec.Routes.Has(confiscation.RouteObtainOrder))
		assert.Equal(t, dec.Answer(confiscation.TestRouteEnforce) == convention.Yes, dec.Routes.Has(confiscation.RouteEnforceOrder))
		if !dec.Routes.Has(confiscation.RouteObtainOrder) || !dec.Routes.Has(confiscation.RouteEnforceOrder) {
			return
		}
		resp := confiscationtest.ResponseTo(r).Draw(t, "resp")
		a, b := resp, resp
		a.Action, b.Action = confiscation.ActionObtainOrder, confiscation.ActionEnforceOrder
		a.Offences, b.Offences = 0, 0
		ra, rb := review(t, r, p, f, a), review(t, r, p, f, b)
		assert.Equal(t, ra.Outcome, rb.Outcome)
		assert.Equal(t, ra.Violations, rb.Violations)
	})
}

// Para. 7: "may be refused ... if the offence to which the request relates
// is not an offence established under this Convention". A request
// relating to no offence established under the Convention always has the
// ground available, and may then be refused whenever the article reaches
// it; a request relating to one such offence never has it for the whole
// request, and the ground reaches exactly the offences not established.
func TestPara7NotEstablishedAlwaysAvailable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		r.Offences = slices.Clone(r.Offences)
		none := rapid.Bool().Draw(t, "none")
		var est mla.OffenceSet
		for i := range r.Offences {
			if none {
				r.Offences[i].Established = ""
			}
			if r.Offences[i].Established != "" {
				est = est.With(i)
			}
		}
		dec := assess(t, r, p, f)
		assert.Equal(t, est, dec.Established)
		if dec.Outcome == convention.NotApplicable {
			assert.True(t, dec.Available.IsEmpty(), "outside paras. 1 and 2 the article imposes nothing")
			return
		}
		assert.Equal(t, mla.OffencesOf(seq(len(r.Offences))...)&^est, dec.NotEstablished)
		assert.Equal(t, est.IsEmpty(), dec.Available.Has(confiscation.GroundNotEstablished))
		if est.IsEmpty() && f.Jurisdiction == convention.Yes && (f.InTerritory == convention.Yes || r.Kinds.Has(confiscation.KindProvisional)) {
			assert.Equal(t, convention.MayRefuse, dec.Outcome, dec.String())
		}
	})
}

// seq returns 0, 1, ..., n-1.
func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// Para. 7: the de minimis ground is available exactly where the requested
// State judges the property of a de minimis value, or, while it has not
// judged, where its own threshold finds the value below it; the evidence
// ground exactly where it judges the evidence insufficient or untimely.
func TestPara7GroundsOnlyWhereJudged(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		dec := assess(t, r, p, f)
		if dec.Outcome == convention.NotApplicable {
			assert.True(t, dec.Available.IsEmpty() && dec.Duties.IsEmpty(), "outside paras. 1 and 2 the article imposes nothing")
			return
		}
		byThreshold, err := p.DeMinimis.DeMinimis(r.Property)
		require.NoError(t, err)
		deMinimis := f.DeMinimisValue == convention.Yes || f.DeMinimisValue == convention.Unassessed && byThreshold == convention.Yes
		assert.Equal(t, deMinimis, dec.Available.Has(confiscation.GroundDeMinimisValue))
		assert.Equal(t, f.SufficientEvidence == convention.No || f.TimelyEvidence == convention.No, dec.Available.Has(confiscation.GroundEvidence))
		assert.Equal(t, f.ThirdPartyRights == convention.Yes, dec.Available.Has(confiscation.GroundThirdParties))
	})
}

// Para. 7 and MLA art., para. 22: MayRefuse exactly when a refusal ground
// is available (the choice is the State's); every citation is registered;
// the assessment is deterministic.
func TestPara7MayRefuseIffRefusalGroundAvailable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := confiscationtest.Request().Draw(t, "r"), confiscationtest.ArticleProfile().Draw(t, "p"), confiscationtest.Facts().Draw(t, "f")
		dec := assess(t, r, p, f)
		switch dec.Outcome {
		case convention.MayRefuse:
			assert.False(t, dec.RefusalGrounds().IsEmpty())
		case convention.Obliged, convention.NoObligation:
			assert.True(t, dec.RefusalGrounds().IsEmpty())
		case convention.Undetermined:
			assert.False(t, dec.Needed.IsEmpty())
		case convention.NotApplicable:
		default:
			t.Fatalf("unexpected outcome %v", dec.Outcome)
		}
		for _, c := range dec.Citations() {
			assert.True(t, convention.Registered(c), "%v", c)
		}
		for _, s := range dec.Explain().Steps {
			assert.False(t, s.Cite.IsZero())
		}
		assert.Equal(t, dec, assess(t, r, p, f), "deterministic")
	})
}

// Paras. 7 and 9: a judgement that opens a ground never turns a possible
// refusal into an obligation.
func TestPara7AddingAGroundNeverTurnsMayRefuseIntoObliged(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		before := assess(t, r, p, f).Outcome
		g := f
		switch rapid.IntRange(0, 4).Draw(t, "which") {
		case 0:
			g.DeMinimisValue = convention.Yes
		case 1:
			g.SufficientEvidence = convention.No
		case 2:
			g.TimelyEvidence = convention.No
		case 3:
			g.ThirdPartyRights = convention.Yes
		case 4:
			g.Discrimination = convention.DiscriminationFacts{Belief: convention.Yes,
				Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundReligion)}
		}
		if before == convention.MayRefuse || before == convention.Obliged || before == convention.NoObligation {
			assert.Equal(t, convention.MayRefuse, assess(t, r, p, g).Outcome)
		}
	})
}

// Recovery art.: a State whose domestic law provides more of the measures
// the article requires never owes less. Granting a capacity never turns an
// obligation into no obligation, and never closes a route.
func TestRecoveryMoreCapacityNeverLessCooperation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		before := assess(t, r, p, f)
		q := p
		switch rapid.IntRange(0, 4).Draw(t, "which") {
		case 0:
			q.Capacity.EnforceForeign = convention.Yes
		case 1:
			q.Capacity.OrderDomestic = convention.Yes
		case 2:
			q.Capacity.WithoutConviction = convention.Yes
		case 3:
			q.Capacity.FreezeOnOrder = convention.Yes
		case 4:
			q.Capacity.FreezeOnRequest = convention.Yes
		}
		after := assess(t, r, q, f)
		assert.Equal(t, before.Routes, before.Routes&after.Routes, "a route closed")
		if before.Outcome == convention.Obliged {
			assert.Equal(t, convention.Obliged, after.Outcome)
		}
	})
}

// MLA art., paras. 24 and 27: every refusal the review accepts rests on an
// available ground, gave reasons where MLA art., paragraphs 10 to 30
// govern, and was preceded by consultation when it invokes a para. 22
// ground.
func TestMLAPara24And27AcceptedRefusalHadReasonsAndConsultation(t *testing.T) {
	lawful := 0
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := confiscationtest.Request().Draw(t, "r"), confiscationtest.ArticleProfile().Draw(t, "p"), confiscationtest.Facts().Draw(t, "f")
		resp := confiscationtest.ResponseTo(r).Draw(t, "resp")
		resp.Action = confiscation.ActionRefuse
		if rapid.Bool().Draw(t, "onAssessedGrounds") {
			// Half the refusals rest on the grounds the assessment finds
			// available, so that lawful refusals are often drawn.
			a, err := confiscation.Assess(r, p, f)
			require.NoError(t, err)
			resp.Grounds = a.RefusalGrounds()
		}
		dec := review(t, r, p, f, resp)
		if dec.Outcome != convention.Lawful {
			return
		}
		lawful++
		assert.True(t, resp.Reasons)
		for g := range resp.Grounds.All() {
			if c := g.Describe().Cite; c.Article() == convention.ArtMLA && c.Para() == 22 {
				assert.True(t, resp.Consulted, "para. 22 ground %v without consultation", g)
			}
		}
		if !resp.Grounds.Intersect(confiscation.RefusalGrounds()).Intersect(dec.Available).IsEmpty() {
			return
		}
		if !resp.Offences.IsEmpty() && resp.Grounds.Has(confiscation.GroundNotEstablished) && resp.Offences&^dec.NotEstablished == 0 {
			// A refusal in part, as to offences para. 7 reaches.
			return
		}
		// With no available ground, only a request the article leaves
		// without duty may be refused: no route open for confiscation.
		assert.False(t, r.Kinds.Has(confiscation.KindProvisional), dec.String())
		assert.False(t, dec.Duties.Has(confiscation.DutyConfiscate), dec.String())
	})
	assert.Positive(t, lawful, "no lawful refusal was drawn: the property was not exercised")
}

// MLA art., para. 9: where a treaty governs, neither decision cites MLA
// art., paragraphs 10 to 30, and the explanation says the treaty governs.
func TestMLAPara9TreatyGovernedNeverCitesParas10To30(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := confiscationtest.Request().Draw(t, "r"), confiscationtest.TreatyProfile().Draw(t, "p"), confiscationtest.Facts().Draw(t, "f")
		for _, dec := range []confiscation.Decision{assess(t, r, p, f), review(t, r, p, f, confiscationtest.ResponseTo(r).Draw(t, "resp"))} {
			for _, c := range dec.Citations() {
				if c.Article() == convention.ArtMLA {
					assert.False(t, c.Para() >= 10 && c.Para() <= 30, "%s cites %v", dec.Name, c)
				}
			}
			if dec.Outcome != convention.NotApplicable || dec.Cite == mlaCite(9) {
				assert.Contains(t, dec.String(), "the treaty's corresponding provisions govern")
			}
		}
	})
}

// Undetermined decisions list what they need and what each fact would
// change; each what-if agrees with deciding again on that fact.
func TestUndeterminedWhatIfsAgreeWithDecidingAgain(t *testing.T) {
	setters := map[confiscation.Term]func(*confiscation.Profile, *confiscation.Facts, convention.Judgement){
		confiscation.TestJurisdiction:         func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) { f.Jurisdiction = j },
		confiscation.TestJurisdictionMeasures: func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) { f.Jurisdiction = j },
		confiscation.TestInTerritory:          func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) { f.InTerritory = j },
		confiscation.TestDeMinimisValue:       func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) { f.DeMinimisValue = j },
		confiscation.TestSufficientEvidence:   func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) { f.SufficientEvidence = j },
		confiscation.TestThirdPartyRights:     func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) { f.ThirdPartyRights = j },
		confiscation.TestOpportunityPossible: func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) {
			f.OpportunityPossible = j
		},
		confiscation.TestEssentialInterests: func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) { f.EssentialInterests = j },
		confiscation.TestDisproportionate:   func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) { f.Disproportionate = j },
		confiscation.TestDeMinimis:          func(_ *confiscation.Profile, f *confiscation.Facts, j convention.Judgement) { f.DeMinimis = j },
		confiscation.TestTreatyBound:        func(p *confiscation.Profile, _ *confiscation.Facts, j convention.Judgement) { p.Treaty = j },
		confiscation.TestOrderDomestic: func(p *confiscation.Profile, _ *confiscation.Facts, j convention.Judgement) {
			p.Capacity.OrderDomestic = j
		},
		confiscation.TestEnforceForeign: func(p *confiscation.Profile, _ *confiscation.Facts, j convention.Judgement) {
			p.Capacity.EnforceForeign = j
		},
		confiscation.TestFreezeOnRequest: func(p *confiscation.Profile, _ *confiscation.Facts, j convention.Judgement) {
			p.Capacity.FreezeOnRequest = j
		},
	}
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		decide := func(p confiscation.Profile, f confiscation.Facts) confiscation.Decision { return assess(t, r, p, f) }
		if rapid.Bool().Draw(t, "review") {
			resp := confiscationtest.ResponseTo(r).Draw(t, "resp")
			decide = func(p confiscation.Profile, f confiscation.Facts) confiscation.Decision {
				return review(t, r, p, f, resp)
			}
		}
		dec := decide(p, f)
		if dec.Outcome != convention.Undetermined {
			assert.Empty(t, dec.WhatIfs())
			return
		}
		require.False(t, dec.Needed.IsEmpty(), dec.String())
		for _, w := range dec.WhatIfs() {
			assert.True(t, dec.Needed.Has(w.Fact))
			set, ok := setters[w.Fact]
			if !ok {
				continue
			}
			for _, j := range []convention.Judgement{convention.Yes, convention.No} {
				p2, f2 := p, f
				set(&p2, &f2, j)
				want := w.IfNo
				if j == convention.Yes {
					want = w.IfYes
				}
				assert.Equal(t, want, decide(p2, f2).Outcome, "%s: %v = %v", dec.Name, w.Fact, j)
			}
		}
	})
}

// Review is deterministic, cites only registered paragraphs, and an
// Unlawful review lists its violations.
func TestReviewConsistent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		resp := confiscationtest.ResponseTo(r).Draw(t, "resp")
		dec := review(t, r, p, f, resp)
		assert.Equal(t, dec, review(t, r, p, f, resp))
		assert.Equal(t, dec.Outcome == convention.Unlawful, !dec.Violations.IsEmpty())
		for _, c := range dec.Citations() {
			assert.True(t, convention.Registered(c), "%v", c)
		}
		if dec.Outcome == convention.Undetermined {
			assert.False(t, dec.Needed.IsEmpty(), dec.String())
		}
	})
}
