package mla_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
)

func refuseWith(t *rapid.T) mla.Response {
	resp := mlatest.Response().Draw(t, "resp")
	resp.Action = mla.ActionRefuse
	return resp
}

func review(t *rapid.T, r mla.Request, p mla.Profile, f mla.Facts, resp mla.Response) mla.Decision {
	dec, err := mla.Review(r, p, f, resp)
	require.NoError(t, err)
	return dec
}

func assess(t *rapid.T, r mla.Request, p mla.Profile, f mla.Facts) mla.Decision {
	dec, err := mla.Assess(r, p, f)
	require.NoError(t, err)
	return dec
}

// Para. 23: adding a fiscal element, as a ground invoked or as a fact,
// never makes a refusal lawful by itself.
func TestMLAPara23FiscalElementNeverMakesRefusalLawful(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.Profile().Draw(t, "p")
		f := mlatest.FactsFor(r).Draw(t, "f")
		resp := refuseWith(t)
		with, without := resp, resp
		with.Grounds, without.Grounds = resp.Grounds.With(mla.GroundFiscal), resp.Grounds.Without(mla.GroundFiscal)
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

// Para. 23: a refusal on the sole ground of fiscal matters is never lawful
// where paragraphs 10 to 30 apply.
func TestMLAPara23FiscalSoleGroundNeverLawful(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.ArticleProfile().Draw(t, "p")
		f := mlatest.FactsFor(r).Draw(t, "f")
		f.Fiscal = convention.Yes
		dec := review(t, r, p, f, refusal(mla.GroundFiscal))
		assert.NotEqual(t, convention.Lawful, dec.Outcome, dec.String())
		if dec.Outcome == convention.Unlawful {
			assert.True(t, dec.Violations.Has(mla.ViolationFiscalSole))
		}
	})
}

// Para. 8: bank secrecy is never an available ground, and a refusal that
// invokes it is never lawful.
func TestMLAPara8BankSecrecyNeverAvailable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.Profile().Draw(t, "p")
		f := mlatest.FactsFor(r).Draw(t, "f")
		dec := assess(t, r, p, f)
		assert.False(t, dec.Available.Has(mla.GroundBankSecrecy))
		assert.False(t, dec.Available.Has(mla.GroundFiscal))
		resp := refuseWith(t)
		resp.Grounds = resp.Grounds.With(mla.GroundBankSecrecy)
		rv := review(t, r, p, f, resp)
		if rv.Outcome != convention.NotApplicable || rv.Regime == mla.RegimeTreaty {
			assert.NotEqual(t, convention.Lawful, rv.Outcome)
		}
	})
}

// Para. 9: a treaty-governed request never cites paragraphs 10 to 30, and
// its explanation says the treaty governs.
func TestMLAPara9TreatyGovernedNeverCitesParas10To30(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.TreatyProfile().Draw(t, "p")
		f := mlatest.FactsFor(r).Draw(t, "f")
		pursuant := r.Basis.UnderConvention()
		for _, dec := range []mla.Decision{assess(t, r, p, f), review(t, r, p, f, mlatest.ResponseTo(r).Draw(t, "resp"))} {
			if !pursuant {
				// Paras. 7, 9: not a request made pursuant to the article.
				assert.Equal(t, convention.NotApplicable, dec.Outcome)
				assert.Contains(t, []convention.Citation{mlaCite(7), mlaCite(9)}, dec.Cite)
				continue
			}
			for _, c := range dec.Citations() {
				if c.Article() == convention.ArtMLA {
					assert.False(t, c.Para() >= 10 && c.Para() <= 30, "%s cites %v", dec.Name, c)
				}
			}
			if dec.Outcome != convention.NotApplicable || dec.Cite == mlaCite(9) {
				assert.Equal(t, mla.RegimeTreaty, dec.Regime)
				assert.Contains(t, dec.String(), "the treaty's corresponding provisions govern")
			}
		}
		for _, dec := range []mla.Decision{
			mla.EvidenceUse(mla.RegimeTreaty, mla.Use{}), mla.Costs(mla.RegimeTreaty, f),
			mla.GovernmentRecords(mla.RegimeTreaty, convention.Yes), mla.DecideTransfer(mla.RegimeTreaty, mla.Transfer{}),
			mla.VideoHearing(mla.RegimeTreaty, mla.Hearing{}).Decision,
		} {
			assert.Equal(t, []convention.Citation{mlaCite(9)}, dec.Citations(), dec.Name)
		}
	})
}

// Paras. 24 and 27: every refusal the review accepts gave reasons, and was
// preceded by consultation whenever it rests on a para. 22 ground.
func TestMLAPara24And27AcceptedRefusalHadReasonsAndConsultation(t *testing.T) {
	lawful := 0
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.ArticleProfile().Draw(t, "p")
		f := mlatest.FactsFor(r).Draw(t, "f")
		resp := refuseWith(t)
		if rapid.Bool().Draw(t, "onAssessedGrounds") {
			// Half the refusals rest on the grounds the assessment finds
			// available, so that lawful refusals are often drawn.
			resp.Grounds = assess(t, r, p, f).RefusalGrounds()
		}
		dec := review(t, r, p, f, resp)
		if dec.Outcome != convention.Lawful {
			return
		}
		lawful++
		assert.True(t, resp.Reasons)
		assert.False(t, resp.Grounds.Intersect(mla.RefusalGrounds()).Intersect(dec.Available).IsEmpty(), "rests on an available ground")
		for g := range resp.Grounds.All() {
			if c := g.Describe().Cite; c.Article() == convention.ArtMLA && c.Para() == 22 {
				assert.True(t, resp.Consulted, "para. 22 ground %v without consultation", g)
			}
		}
	})
	assert.Positive(t, lawful, "no lawful refusal was drawn: the property was not exercised")
}

// Paras. 22, 10, 3 and Cooperation art., para. 3: MayRefuse exactly when a
// refusal ground is available; every term carries a registered citation.
func TestMLAPara22MayRefuseIffRefusalGroundAvailable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.ArticleProfile().Draw(t, "p")
		f := mlatest.FactsFor(r).Draw(t, "f")
		dec := assess(t, r, p, f)
		switch dec.Outcome {
		case convention.MayRefuse:
			assert.False(t, dec.RefusalGrounds().IsEmpty())
		case convention.Obliged:
			assert.True(t, dec.RefusalGrounds().IsEmpty())
		case convention.Undetermined:
			assert.False(t, dec.Needed.IsEmpty())
		}
		for _, c := range dec.Citations() {
			assert.True(t, convention.Registered(c), "%v", c)
		}
		e := dec.Explain()
		for _, s := range e.Steps {
			assert.False(t, s.Cite.IsZero())
		}
		assert.Equal(t, dec, assess(t, r, p, f), "deterministic")
	})
}

// Para. 22: a State's judgement that opens a ground never turns a possible
// refusal into an obligation to assist.
func TestMLAPara22AddingAGroundNeverTurnsMayRefuseIntoObliged(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.ArticleProfile().Draw(t, "p")
		f := mlatest.FactsFor(r).Draw(t, "f")
		before := assess(t, r, p, f).Outcome
		g := f
		switch rapid.IntRange(0, 4).Draw(t, "which") {
		case 0:
			g.EssentialInterests = convention.Yes
		case 1:
			g.DomesticProhibition = convention.Yes
		case 2:
			g.Disproportionate = convention.Yes
		case 3:
			g.DeMinimis = convention.Yes
		case 4:
			// The conduct of every offence not criminal in the requested State.
			g.Offences = make([]mla.OffenceFacts, len(r.Offences))
			for i := range g.Offences {
				if i < len(f.Offences) {
					g.Offences[i] = f.Offences[i]
				}
				g.Offences[i].Requested.Criminal = convention.No
			}
		}
		after := assess(t, r, p, g).Outcome
		if before == convention.MayRefuse || before == convention.Obliged {
			assert.Equal(t, convention.MayRefuse, after)
		}
	})
}

// Undetermined results list what they need and what each fact would change.
func TestUndeterminedAssessmentHasWhatIfs(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.Profile().Draw(t, "p")
		f := mlatest.FactsFor(r).Draw(t, "f")
		dec := assess(t, r, p, f)
		if dec.Outcome != convention.Undetermined {
			return
		}
		require.False(t, dec.Needed.IsEmpty())
		assert.NotEmpty(t, dec.WhatIfs())
		for _, w := range dec.WhatIfs() {
			assert.True(t, dec.Needed.Has(w.Fact))
		}
	})
}

// Para. 28: once ceased, safe conduct never revives, and keeps its date.
func TestMLAPara28OnceCeasedNeverRevives(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := mlatest.Stay().Draw(t, "s")
		a := mlatest.DateBetween(s.Arrived, s.Arrived.AddDays(150)).Draw(t, "a")
		b := mlatest.DateBetween(a, a.AddDays(150)).Draw(t, "b")
		sa, err := mla.SafeConduct(mla.RegimeArticle, s, a)
		require.NoError(t, err)
		sb, err := mla.SafeConduct(mla.RegimeArticle, s, b)
		require.NoError(t, err)
		if sa.Outcome == convention.Ceased {
			assert.Equal(t, convention.Ceased, sb.Outcome)
			assert.Equal(t, sa.Ceased, sb.Ceased)
			assert.Equal(t, sa.Reason, sb.Reason)
			assert.False(t, sa.Ceased.After(a))
		}
	})
}

// Para. 28: the run of consecutive days of opportunity that ends safe
// conduct is free of any day on which leaving was not possible, and no
// earlier run exists: an interruption restarts the count.
func TestMLAPara28InterruptionRestartsTheConsecutiveCount(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := mlatest.Stay().Draw(t, "s")
		s.Basis, s.Departed, s.Returned, s.ReturnVoluntary, s.SendingAgreed = mla.BasisSafeConduct, convention.Date{}, convention.Date{}, 0, convention.Date{}
		if s.Informed.IsZero() {
			s.Informed = s.Arrived
		}
		days := mla.SafeConductDays
		if s.AgreedDays > 0 {
			days = s.AgreedDays
		}
		st, err := mla.SafeConduct(mla.RegimeArticle, s, s.Arrived.AddDays(400))
		require.NoError(t, err)
		blocked := func(c convention.Date) bool { // is the run ending the day before c interrupted?
			for i := 1; i <= days; i++ {
				day := c.AddDays(-i)
				if !day.After(s.Informed) {
					return true
				}
				for _, u := range s.Unable {
					if u.Contains(day) {
						return true
					}
				}
			}
			return false
		}
		if st.Outcome != convention.Ceased {
			for _, u := range s.Unable {
				if u.End.IsZero() {
					return // an open-ended inability may block every run
				}
			}
			t.Fatalf("not ceased after 400 days: %v", st)
		}
		assert.False(t, blocked(st.Ceased), "the run before %v is interrupted", st.Ceased)
		for c := s.Informed.AddDays(days + 1); c.Before(st.Ceased); c = c.AddDays(1) {
			assert.True(t, blocked(c), "an earlier run ends before %v", c)
		}
	})
}

// Para. 28: a voluntary return ends safe conduct at once.
func TestMLAPara28VoluntaryReturnEndsItAtOnce(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := mlatest.Stay().Draw(t, "s")
		if s.Basis != mla.BasisSafeConduct || s.Returned.IsZero() {
			t.Skip("no return")
		}
		s.ReturnVoluntary = convention.Yes
		st, err := mla.SafeConduct(mla.RegimeArticle, s, s.Returned)
		require.NoError(t, err)
		assert.Equal(t, convention.Ceased, st.Outcome)
		assert.False(t, st.Ceased.After(s.Returned))
	})
}

// Para. 28: an agreed period replaces the fifteen days.
func TestMLAPara28AgreedPeriodReplacesFifteenDays(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		informed := mlatest.Date().Draw(t, "informed")
		k := rapid.IntRange(0, 90).Draw(t, "k")
		s := mla.Stay{Basis: mla.BasisSafeConduct, Arrived: informed.AddDays(-3), Informed: informed, AgreedDays: k}
		st, err := mla.SafeConduct(mla.RegimeArticle, s, informed.AddDays(200))
		require.NoError(t, err)
		want := k
		if k == 0 {
			want = mla.SafeConductDays
		}
		assert.Equal(t, informed.AddDays(want+1), st.Ceased)
		prev, err := mla.SafeConduct(mla.RegimeArticle, s, st.Ceased.AddDays(-1))
		require.NoError(t, err)
		assert.Equal(t, convention.Protected, prev.Outcome, "protected through the last day of the period")
	})
}

// Para. 12(d): credit counts both the day of transfer and the day of
// return.
func TestMLAPara12dCreditCountsBothEnds(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := mlatest.Date().Draw(t, "a")
		k := rapid.IntRange(0, 2000).Draw(t, "k")
		assert.Equal(t, k+1, mla.CreditDays(convention.Period{Start: a, End: a.AddDays(k)}, convention.Date{}))
		assert.Equal(t, k+1, mla.CreditDays(convention.Period{Start: a}, a.AddDays(k)))
	})
}

func TestRequestJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := mlatest.Request().Draw(t, "r")
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var back mla.Request
		require.NoError(t, json.Unmarshal(b, &back))
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(b2))
		assert.NoError(t, back.Validate())
		assert.False(t, strings.Contains(string(b), `"Contents"`), "Contents is flattened")
	})
}

func TestResponseJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		resp := mlatest.Response().Draw(t, "resp")
		b, err := json.Marshal(resp)
		require.NoError(t, err)
		var back mla.Response
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, resp, back)
	})
}

// Para. 30(b): "May, at its discretion, provide ... in whole, in part or
// subject to such conditions as it deems appropriate": declining
// non-public government records, with reasons (para. 24), is never a
// violation of the article.
func TestMLAPara30bDecliningNonPublicRecordsIsNeverAViolation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.ArticleProfile().Draw(t, "p")
		f := mlatest.FactsFor(r).Draw(t, "f")
		r.Purposes, r.GovernmentRecords = r.Purposes.With(mla.PurposeRecords), true
		f.RecordsPublic = convention.No
		for _, resp := range []mla.Response{
			{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundNonPublic), Reasons: true, InformedConfidentiality: true},
			{Action: mla.ActionConditions, InformedConfidentiality: true},
		} {
			dec := review(t, r, p, f, resp)
			assert.NotEqual(t, convention.Unlawful, dec.Outcome, dec.String())
		}
	})
}

// Paras. 6 and 20: an exculpatory disclosure notified in advance, with the
// consultation held that the other State asked for, is never unlawful; a
// disclosure neither notified in advance nor followed by information
// without delay always is, exceptional case or not.
func TestMLAPara6And20NoticeDecidesAnExculpatoryDisclosureMade(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s, u := mlatest.Spontaneous().Draw(t, "s"), mlatest.Use().Draw(t, "u")
		u.Disclosure, u.Exculpatory = true, convention.Yes
		s.Confidential = true
		u.NotifiedInAdvance, u.Consulted = true, true
		assert.Equal(t, convention.Lawful, mla.ReviewSpontaneousUse(s, u).Outcome)
		assert.Equal(t, convention.Lawful, mla.ReviewEvidenceUse(mla.RegimeArticle, u).Outcome)
		u.NotifiedInAdvance, u.InformedWithoutDelay = false, false
		sp := mla.ReviewSpontaneousUse(s, u)
		ev := mla.ReviewEvidenceUse(mla.RegimeArticle, u)
		assert.Equal(t, convention.Unlawful, sp.Outcome)
		assert.True(t, sp.Violations.Has(mla.ViolationDisclosureNotice))
		assert.Equal(t, convention.Unlawful, ev.Outcome)
		assert.True(t, ev.Violations.Has(mla.ViolationEvidenceNotice))
	})
}

// Paras. 6 and 20: the review of a use made never finds lawful what the
// decision on the same use proposed found prohibited.
func TestMLAPara6And20ReviewNeverAcceptsAProhibitedUse(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s, u := mlatest.Spontaneous().Draw(t, "s"), mlatest.Use().Draw(t, "u")
		if mla.SpontaneousUse(s, u).Outcome == convention.Prohibited {
			assert.Equal(t, convention.Unlawful, mla.ReviewSpontaneousUse(s, u).Outcome)
		}
		if mla.EvidenceUse(mla.RegimeArticle, u).Outcome == convention.Prohibited {
			assert.Equal(t, convention.Unlawful, mla.ReviewEvidenceUse(mla.RegimeArticle, u).Outcome)
		}
		if mla.ReviewSpontaneousUse(s, u).Outcome == convention.Lawful {
			assert.Equal(t, convention.Permitted, mla.SpontaneousUse(s, u).Outcome)
		}
	})
}
