package mla_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
)

// inp is the profile and judgements a decision reads.
type inp struct {
	p mla.Profile
	f mla.Facts
}

// setFact answers the judgement test t reads (on each offence still open,
// for those held per offence); false for a test it cannot set.
func setFact(in inp, n int, t mla.Term, j convention.Judgement) (inp, bool) {
	f := in.f
	f.Offences = append([]mla.OffenceFacts(nil), f.Offences...)
	for len(f.Offences) < n {
		f.Offences = append(f.Offences, mla.OffenceFacts{})
	}
	p := in.p
	switch t {
	case mla.TestTreatyBound:
		p.Treaty = j
	case mla.TestArticleInLieu:
		p.ArticleInLieu = j
	case mla.TestTrafficData:
		for i := range f.Offences {
			if f.Offences[i].TrafficDataAvailable == convention.Unassessed {
				f.Offences[i].TrafficDataAvailable = j
			}
		}
	case mla.TestDualCriminality:
		for i := range f.Offences {
			if f.Offences[i].Requested.Criminal == convention.Unassessed {
				f.Offences[i].Requested.Criminal = j
			}
		}
	case mla.TestContentData:
		f.ContentDataPermitted = j
	case mla.TestOtherAssistance:
		f.OtherAssistanceLawful = j
	case mla.TestDeMinimis:
		f.DeMinimis = j
	case mla.TestOtherProvisions:
		f.OtherProvisions = j
	case mla.TestAuthenticity:
		f.Authenticity = j
	case mla.TestMoreInformation:
		f.MoreInformation = j
	case mla.TestProcedureLawful:
		f.ProcedureLawful = j
	case mla.TestProcedurePossible:
		f.ProcedurePossible = j
	case mla.TestCanKeepConfidential:
		f.CanKeepConfidential = j
	case mla.TestEssentialInterests:
		f.EssentialInterests = j
	case mla.TestDomesticProhibition:
		f.DomesticProhibition = j
	case mla.TestDisproportionate:
		f.Disproportionate = j
	case mla.TestLegalSystem:
		f.ContraryToLegalSystem = j
	case mla.TestInterferes:
		f.InterferesOngoing = j
	case mla.TestCostsAgreed:
		f.CostsAgreedOtherwise = j
	case mla.TestSubstantialCosts:
		f.SubstantialCosts = j
	case mla.TestPublicRecord:
		f.RecordsPublic = j
	case mla.TestDiscrimination:
		f.Discrimination.Belief = j
	case mla.TestBankSecrecy:
		f.BankSecrecy = j
	case mla.TestFiscal:
		f.Fiscal = j
	default:
		return in, false
	}
	return inp{p, f}, true
}

// outcomes returns every outcome the decision gives over every answer to
// the judgements its result leaves open; false when a fact it cannot set
// (seriousness, language) is open, or too many are.
func outcomes(in inp, n int, dec func(inp) mla.Decision) (map[convention.Outcome]bool, bool) {
	d := dec(in)
	open := d.Open.Union(d.Needed)
	var ts []mla.Term
	for x := range open.All() {
		if _, ok := setFact(in, n, x, convention.Yes); !ok {
			if x == mla.TestSerious || x == mla.TestLanguage {
				return nil, false
			}
			continue
		}
		ts = append(ts, x)
	}
	if len(ts) > 14 {
		return nil, false
	}
	out := map[convention.Outcome]bool{}
	for m := 0; m < 1<<len(ts); m++ {
		c := in
		for i, x := range ts {
			j := convention.No
			if m&(1<<i) != 0 {
				j = convention.Yes
			}
			c, _ = setFact(c, n, x, j)
		}
		out[dec(c).Outcome] = true
	}
	return out, true
}

// The State's judgements make a decision wait (Undetermined) only where
// their answers could change its outcome, and a decided outcome is the one
// every answer to the judgements still open gives: assessment and review
// of a request (paras. 1-30, Cooperation art., para. 3).
func TestMLAUndeterminedOnlyWhereAnAnswerCouldChangeTheOutcome(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.Profile().Draw(t, "p")
		f := mlatest.FactsFor(r).Draw(t, "f")
		resp := mlatest.ResponseTo(r).Draw(t, "resp")
		useReview := rapid.Bool().Draw(t, "review")
		dec := func(in inp) mla.Decision {
			if useReview {
				d, err := mla.Review(r, in.p, in.f, resp)
				if err != nil {
					t.Fatal(err)
				}
				return d
			}
			d, err := mla.Assess(r, in.p, in.f)
			if err != nil {
				t.Fatal(err)
			}
			return d
		}
		in := inp{p, f}
		d := dec(in)
		outs, ok := outcomes(in, len(r.Offences), dec)
		if !ok {
			return
		}
		checkDecided(t, d.String(), d.Outcome, outs)
	})
}

// useFields are the judgements of a Use.
func useFields(u *mla.Use) []*convention.Judgement {
	return []*convention.Judgement{&u.Exculpatory, &u.WithinRestrictions, &u.Consent, &u.AdvanceNoticePossible}
}

// checkDecided fails when outcome d disagrees with the outcomes outs every
// answer to the open judgements gives.
func checkDecided(t *rapid.T, name string, d convention.Outcome, outs map[convention.Outcome]bool) {
	if d == convention.Undetermined {
		if len(outs) == 1 && !outs[convention.Undetermined] {
			t.Fatalf("%s: undetermined, but every assignment gives %v", name, outs)
		}
	} else if len(outs) != 1 || !outs[d] {
		t.Fatalf("%s: decided %v, but assignments give %v", name, d, outs)
	}
}

// Paras. 6 and 20: a decision on a use of information, proposed or made,
// waits only where an answer could change it.
func TestMLAPara6And20UndeterminedOnlyWhereAnAnswerCouldChangeTheOutcome(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		u := mlatest.Use().Draw(t, "u")
		if u.NotifiedInAdvance && u.AdvanceNoticePossible == convention.Unassessed {
			u.AdvanceNoticePossible = convention.Yes
		}
		s := mlatest.Spontaneous().Draw(t, "s")
		for name, dec := range map[string]func(mla.Use) convention.Outcome{
			"SpontaneousUse":       func(u mla.Use) convention.Outcome { return mla.SpontaneousUse(s, u).Outcome },
			"ReviewSpontaneousUse": func(u mla.Use) convention.Outcome { return mla.ReviewSpontaneousUse(s, u).Outcome },
			"EvidenceUse":          func(u mla.Use) convention.Outcome { return mla.EvidenceUse(mla.RegimeArticle, u).Outcome },
			"ReviewEvidenceUse":    func(u mla.Use) convention.Outcome { return mla.ReviewEvidenceUse(mla.RegimeArticle, u).Outcome },
		} {
			outs := map[convention.Outcome]bool{}
			var open []int
			for i, p := range useFields(&u) {
				if *p == convention.Unassessed {
					open = append(open, i)
				}
			}
			for m := 0; m < 1<<len(open); m++ {
				c := u
				fs := useFields(&c)
				for k, i := range open {
					*fs[i] = convention.Known(m&(1<<k) != 0)
				}
				outs[dec(c)] = true
			}
			checkDecided(t, name, dec(u), outs)
		}
	})
}

// Paras. 14-15: the form is decided unless the authenticity still open
// could change it.
func TestMLAPara15UndeterminedOnlyWhereAnAnswerCouldChangeTheOutcome(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.ArticleProfile().Draw(t, "p")
		if len(p.Languages) == 0 {
			return
		}
		f := mlatest.FactsFor(r).Draw(t, "f")
		d, err := mla.CheckForm(r, p, f)
		if err != nil {
			t.Fatal(err)
		}
		outs := map[convention.Outcome]bool{}
		for _, j := range []convention.Judgement{convention.Yes, convention.No} {
			c := f
			if c.Authenticity == convention.Unassessed {
				c.Authenticity = j
			}
			x, _ := mla.CheckForm(r, p, c)
			outs[x.Outcome] = true
		}
		checkDecided(t, "CheckForm", d.Outcome, outs)
	})
}
