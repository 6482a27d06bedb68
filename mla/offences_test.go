package mla_test

import (
	"encoding/json"
	"strconv"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
)

// scopeDuties are the duties paras. 1, 2 and 4 create.
var scopeDuties = convention.SetOf(mla.DutyWidestMeasure, mla.DutyFullestExtent, mla.DutyElectronicEvidence)

// MLA art., paras. 1, 4 and 10 with several offences: adding an offence
// never removes an obligation another offence creates. The offences that
// brought the request within the article still do, the duties of paras.
// 1, 2 and 4 remain, the request stays within the article, and a ground
// reaches the earlier offences exactly as before.
func TestMLAAddingAnOffenceNeverRemovesAnObligationAnotherCreates(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.Profile().Draw(t, "p")
		f := mlatest.FactsFor(r).Draw(t, "f")
		p.Recognised = convention.Catalogue{}
		before := assess(t, r, p, f)
		old := mla.OffencesOf()
		for i := range r.Offences {
			old = old.With(i)
		}
		r2 := r
		r2.Offences = append(append(convention.Offences{}, r.Offences...), mlatest.Offence().Draw(t, "added"))
		f2 := f
		f2.Offences = make([]mla.OffenceFacts, len(r2.Offences))
		copy(f2.Offences, f.Offences)
		f2.Offences[len(r.Offences)] = mla.OffenceFacts{
			Requested:            convention.Characterisation{Criminal: mlatest.Judgement().Draw(t, "added.Criminal")},
			TrafficDataAvailable: mlatest.Judgement().Draw(t, "added.TrafficData"),
		}
		after := assess(t, r2, p, f2)

		assert.Equal(t, before.Within, after.Within&old, "the offences that brought the request within the article still do")
		assert.True(t, after.Duties.Intersect(scopeDuties).Intersect(before.Duties) == before.Duties.Intersect(scopeDuties),
			"duties of paras. 1, 2, 4: before %v, after %v", before.Duties, after.Duties)
		if !before.Within.IsEmpty() {
			assert.False(t, after.Outcome == convention.NotApplicable && after.Cite == mlaCite(1), "still within the article")
			assert.Equal(t, before.WithoutDualCriminality, after.WithoutDualCriminality&old, "para. 10 reaches the earlier offences as before")
			assert.Equal(t, before.WithoutTrafficData, after.WithoutTrafficData&old, "para. 3(e) reaches the earlier offences as before")
		}
		// A ground that reaches the request for what it is, not for its
		// offences, stays available; para. 10's and para. 3(e)'s reach the
		// whole request only while they reach every offence.
		kept := before.RefusalGrounds().Minus(convention.SetOf(mla.GroundDualCriminality, mla.GroundTrafficData))
		assert.Equal(t, kept, after.Available.Intersect(kept), "a ground available stays available")
		// Para. 10: "may decline ... on the ground of absence of dual
		// criminality", and para. 3(e): "with respect to criminal offenses
		// for which real-time collection of traffic data would be
		// available", offence by offence. An added offence that lacks dual
		// criminality (or for which collection would not be available)
		// brings the ground to itself, never to the offence that created
		// the obligation: an obliged request stays obliged.
		if before.Outcome == convention.Obliged {
			assert.Equal(t, convention.Obliged, after.Outcome, "an obligation stays: %v", after)
			assert.False(t, after.Available.Has(mla.GroundDualCriminality), "para. 10 does not reach the request as a whole")
			assert.False(t, after.Available.Has(mla.GroundTrafficData), "para. 3(e) does not reach the request as a whole")
		}
	})
}

// MLA art., para. 10: "States Parties may decline to render mutual legal
// assistance pursuant to this article on the ground of absence of dual
// criminality", on the conduct of each offence. With two offences
// established under the Convention, the ground reaches the request as a
// whole only where it reaches both; where the conduct of one is criminal
// in the requested State, the duty that offence creates stands and the
// ground reaches the other alone: a refusal in part as to it is lawful, a
// refusal of the whole request on it is not (para. 1).
func TestMLAPara10SeveralOffencesTheGroundReachesEachOffenceAlone(t *testing.T) {
	r := baseRequest()
	r.Offences = append(r.Offences, convention.Offence{Conduct: "accessing the hospital's network without right", Established: "illegal-access", MaxPenalty: convention.Imprisonment(2, 0)})
	facts := func(a, b convention.Judgement) mla.Facts {
		f := baseFacts()
		f.Offences = []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: a}}, {Requested: convention.Characterisation{Criminal: b}}}
		return f
	}
	for _, tc := range []struct {
		name      string
		a, b      convention.Judgement
		want      convention.Outcome
		available bool
		reach     mla.OffenceSet
	}{
		{"neither offence criminal in the requested State: the ground reaches the whole request", n, n, convention.MayRefuse, true, mla.OffencesOf(0, 1)},
		{"the second offence's conduct not criminal there: obliged, the ground reaches it alone", y, n, convention.Obliged, false, mla.OffencesOf(1)},
		{"the first offence's conduct not criminal there: obliged, the ground reaches it alone", n, y, convention.Obliged, false, mla.OffencesOf(0)},
		{"both criminal there: no ground", y, y, convention.Obliged, false, mla.OffencesOf()},
		{"one lacking, the other unassessed: the whole request waits", n, convention.Unassessed, convention.Undetermined, false, mla.OffencesOf(0)},
		{"one criminal there, the other unassessed: the obligation it creates stands", y, convention.Unassessed, convention.Obliged, false, mla.OffencesOf()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dec, err := mla.Assess(r, baseProfile(), facts(tc.a, tc.b))
			require.NoError(t, err)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			assert.Equal(t, tc.available, dec.Available.Has(mla.GroundDualCriminality))
			assert.Equal(t, tc.reach, dec.WithoutDualCriminality)
			if tc.want == convention.Undetermined {
				w, ok := dec.WhatIf(mla.TestDualCriminality)
				require.True(t, ok)
				assert.Equal(t, convention.MayRefuse, w.IfNo, "the ground then reaches every offence")
				assert.Equal(t, convention.Obliged, w.IfYes)
			} else {
				assert.False(t, dec.Needed.Has(mla.TestDualCriminality), "nothing waits on a conduct that could not change the outcome")
			}
			if tc.want == convention.Obliged && !tc.reach.IsEmpty() {
				assert.Contains(t, dec.String(), "absence of dual criminality reaches offence "+strconv.Itoa(tc.reach.Indexes()[0]+1))
				assert.Contains(t, dec.String(), "alone: the requested State may decline assistance as to those offences (a refusal in part), not the request as a whole")
				assert.Contains(t, dec.String(), "may nonetheless provide assistance")
			}
		})
	}

	f := facts(y, n)
	whole := refusal(mla.GroundDualCriminality)
	rv, err := mla.Review(r, baseProfile(), f, whole)
	require.NoError(t, err)
	assert.Equal(t, convention.Unlawful, rv.Outcome, "the whole request refused on a ground that reaches offence 2 alone")
	assert.Equal(t, convention.SetOf(mla.ViolationNoGround), rv.Violations)

	part := whole
	part.Offences = mla.OffencesOf(1)
	rv, err = mla.Review(r, baseProfile(), f, part)
	require.NoError(t, err)
	assert.Equal(t, convention.Lawful, rv.Outcome, "a refusal in part as to the offence the ground reaches")
	assert.True(t, rv.Violations.IsEmpty())

	silent := part
	silent.Reasons = false
	rv, _ = mla.Review(r, baseProfile(), f, silent)
	assert.Equal(t, convention.SetOf(mla.ViolationNoReasons), rv.Violations, "para. 24: \"Reasons shall be given for any refusal\"")

	beyond := whole
	beyond.Offences = mla.OffencesOf(0, 1)
	rv, _ = mla.Review(r, baseProfile(), f, beyond)
	assert.Equal(t, convention.Unlawful, rv.Outcome, "a refusal in part that names the offence meeting dual criminality")

	rv, _ = mla.Review(r, baseProfile(), facts(n, n), whole)
	assert.Equal(t, convention.Lawful, rv.Outcome, "the ground reaches every offence: the whole request may be declined")

	// The part refused waits on the conduct of the offence it names.
	rv, _ = mla.Review(r, baseProfile(), facts(y, convention.Unassessed), part)
	assert.Equal(t, convention.Undetermined, rv.Outcome)
	w, ok := rv.WhatIf(mla.TestDualCriminality)
	require.True(t, ok)
	assert.Equal(t, convention.Lawful, w.IfNo)
	assert.Equal(t, convention.Unlawful, w.IfYes)
}

// A refusal in part names offences of the request, and only a refusal
// names them.
func TestMLAResponseOffencesOnlyARefusalNamesThem(t *testing.T) {
	r := baseRequest()
	exec := mla.Response{Action: mla.ActionExecute, Offences: mla.OffencesOf(0)}
	ps := convention.AsProblems(exec.Validate())
	require.Len(t, ps, 1)
	assert.Equal(t, mlaCite(10), ps[0].Cite)
	assert.Equal(t, "offences", ps[0].Path)
	assert.ErrorIs(t, exec.Validate(), convention.ErrNotApplicable)

	beyond := refusal(mla.GroundDualCriminality)
	beyond.Offences = mla.OffencesOf(0, 3)
	assert.NoError(t, beyond.Validate(), "alone, a response knows no request")
	_, err := mla.Review(r, baseProfile(), baseFacts(), beyond)
	ps = convention.AsProblems(err)
	require.Len(t, ps, 1)
	assert.Equal(t, "Response.Offences", ps[0].Field)
	assert.Equal(t, "response.offences", ps[0].Path)
	assert.Contains(t, ps[0].Detail, "it names 1")
	pr, err := mla.Prepare(r, baseProfile())
	require.NoError(t, err)
	_, err = pr.Review(baseFacts(), beyond)
	assert.ErrorIs(t, err, convention.ErrInconsistent)

	var back mla.Response
	require.NoError(t, json.Unmarshal([]byte(`{"action":"refuse","grounds":["no-dual-criminality"],"offences":[1]}`), &back))
	assert.Equal(t, mla.OffencesOf(1), back.Offences)
	b, err := json.Marshal(refusal(mla.GroundDualCriminality))
	require.NoError(t, err)
	assert.NotContains(t, string(b), "offences", "a refusal of the whole request names none")
}

// MLA art., paras. 1 and 10 with several offences, per offence: the
// article reaches the offence established under the Convention, not the
// other; para. 10's ground reaches the first, whose conduct is not
// criminal in the requested State, and not the second, outside the
// article.
func TestMLAPara10ReachesEachOffenceWithinTheArticle(t *testing.T) {
	r := baseRequest()
	r.Offences = append(r.Offences, convention.Offence{Conduct: "laundering the ransom", Name: "blanchiment"})
	f := baseFacts()
	f.Offences = []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}}, {Requested: convention.Characterisation{Criminal: n}}}
	dec, err := mla.Assess(r, baseProfile(), f)
	require.NoError(t, err)
	assert.Equal(t, mla.OffencesOf(0), dec.Within, "\"in relation to the offences established under this Convention\"")
	assert.True(t, dec.WithoutDualCriminality.IsEmpty(), "the second offence is outside the article: no ground is needed for it")
	assert.Equal(t, convention.Obliged, dec.Outcome)
	assert.Contains(t, dec.String(), "it imposes nothing as to offence 2 (blanchiment)")

	f.Offences[0].Requested.Criminal = n
	dec, _ = mla.Assess(r, baseProfile(), f)
	assert.Equal(t, mla.OffencesOf(0), dec.WithoutDualCriminality, "\"absence of dual criminality\" on the first offence's conduct")
	assert.Equal(t, convention.MayRefuse, dec.Outcome)
	v, ok := dec.Explain().Value("offences_without_dual_criminality")
	assert.True(t, ok)
	assert.Equal(t, "0", v)

	f.Offences = f.Offences[:1]
	f.Offences[0].Requested.Criminal = convention.Unassessed
	dec, _ = mla.Assess(r, baseProfile(), f)
	assert.Equal(t, convention.Undetermined, dec.Outcome, "the first offence's characterisation is not yet made")
	w, _ := dec.WhatIf(mla.TestDualCriminality)
	assert.Equal(t, convention.MayRefuse, w.IfNo)
	assert.Equal(t, convention.Obliged, w.IfYes)
}

// MLA art., para. 3(e), per offence: "with respect to criminal offenses for
// which real-time collection of traffic data would be available in a
// similar domestic case". The ground reaches the offences for which it
// would not; the purpose cannot be served only when that is every one.
func TestMLAPara3eTrafficDataPerOffence(t *testing.T) {
	r := baseRequest()
	r.Purposes = mla.PurposesOf(mla.PurposeTrafficData)
	r.Subjects = []mla.Subject{{Kind: mla.SubjectAccount, Identity: "user@example.org"}}
	r.Offences = append(r.Offences, convention.Offence{Conduct: "threatening the hospital's staff online", Established: "illegal-access"})
	f := baseFacts()
	f.Offences = []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}, TrafficDataAvailable: y},
		{Requested: convention.Characterisation{Criminal: y}, TrafficDataAvailable: n}}
	dec, err := mla.Assess(r, baseProfile(), f)
	require.NoError(t, err)
	assert.Equal(t, mla.OffencesOf(1), dec.WithoutTrafficData)
	assert.False(t, dec.Available.Has(mla.GroundTrafficData), "not for the whole request: the first offence keeps it within para. 3(e)")
	assert.Equal(t, convention.Obliged, dec.Outcome)
	assert.False(t, dec.Unserved.Has(mla.PurposeTrafficData), "the purpose can be served for the first")
	part := refusal(mla.GroundTrafficData)
	part.Offences = mla.OffencesOf(1)
	rv, err := mla.Review(r, baseProfile(), f, part)
	require.NoError(t, err)
	assert.Equal(t, convention.Lawful, rv.Outcome, "a refusal in part as to the second offence")
	rv, _ = mla.Review(r, baseProfile(), f, refusal(mla.GroundTrafficData))
	assert.Equal(t, convention.Unlawful, rv.Outcome, "the whole request is not refusable on it")
	f.Offences[0].TrafficDataAvailable = n
	dec, _ = mla.Assess(r, baseProfile(), f)
	assert.True(t, dec.Unserved.Has(mla.PurposeTrafficData), "for no offence")
	assert.True(t, dec.Available.Has(mla.GroundTrafficData), "for no offence: the ground reaches the whole request")
	assert.Equal(t, convention.MayRefuse, dec.Outcome)
}

// MLA art., para. 15: "in a language acceptable to the requested State
// Party": a translation into an acceptable language makes an otherwise
// conforming request conform, exactly as an original in that language
// would.
func TestMLAPara15ATranslationIntoAnAcceptableLanguageMakesTheRequestConform(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p := mlatest.Request().Draw(t, "r"), mlatest.ArticleProfile().Draw(t, "p")
		f := mlatest.FactsFor(r).Draw(t, "f")
		if len(p.Languages) == 0 {
			p.Languages = []language.Tag{language.English}
		}
		accepted := rapid.SampledFrom(p.Languages).Draw(t, "accepted")
		withTranslation, inAccepted := r, r
		withTranslation.Language = convention.In(language.Japanese, accepted)
		inAccepted.Language = convention.In(accepted)
		a, err := mla.CheckForm(withTranslation, p, f)
		require.NoError(t, err)
		b, err := mla.CheckForm(inAccepted, p, f)
		require.NoError(t, err)
		assert.Equal(t, b.Outcome, a.Outcome)
		if r.Basis.UnderConvention() {
			assert.Equal(t, convention.Yes, a.Answer(mla.TestLanguage))
		}
		x, y := assess(t, withTranslation, p, f), assess(t, inAccepted, p, f)
		assert.Equal(t, y.Available.Has(mla.GroundNonConformity), x.Available.Has(mla.GroundNonConformity), "para. 22(a) as for an original in the language")
	})
}

// MLA art., paras. 7 and 9: the article applies to "requests made pursuant
// to this article". A request invoking only another basis is outside it,
// whatever the profile; one invoking the Convention, alone or with a
// treaty, is within it and para. 9 picks the regime; a silent one is
// decided as one under the Convention, and the explanation says so.
func TestMLAPara9TheLegalBasisInvoked(t *testing.T) {
	treaty := "Inter-American Convention on Mutual Assistance in Criminal Matters"
	for _, tc := range []struct {
		name  string
		basis convention.LegalBasis
		p     func(p *mla.Profile)
		want  convention.Outcome
		cite  convention.Citation
		value string
	}{
		{"silent: decided under the Convention", convention.LegalBasis{}, nil, convention.Obliged, mlaCite(1),
			"not stated: decided as a request under the Convention"},
		{"the Convention", convention.Under(convention.BasisConvention), nil, convention.Obliged, mlaCite(1), "convention"},
		{"the Convention and a treaty, not bound by it", convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisConvention, convention.BasisTreaty}, Treaty: treaty},
			nil, convention.Obliged, mlaCite(1), "convention, treaty (" + treaty + ")"},
		{"the Convention and a treaty that binds them: the treaty governs", convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisConvention, convention.BasisTreaty}, Treaty: treaty},
			func(p *mla.Profile) { p.Treaty, p.ArticleInLieu = y, n }, convention.NotApplicable, mlaCite(9), "convention, treaty (" + treaty + ")"},
		{"a treaty only: para. 7", convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisTreaty}, Treaty: treaty},
			func(p *mla.Profile) { p.Treaty, p.ArticleInLieu = y, n }, convention.NotApplicable, mlaCite(7), "treaty (" + treaty + ")"},
		{"a treaty only, the States not bound by it: decided as invoked", convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisTreaty}, Treaty: treaty},
			nil, convention.NotApplicable, mlaCite(7), "treaty (" + treaty + ")"},
		{"reciprocity", convention.Under(convention.BasisReciprocity), nil, convention.NotApplicable, mlaCite(9), "reciprocity"},
		{"domestic law", convention.Under(convention.BasisDomesticLaw), nil, convention.NotApplicable, mlaCite(9), "domestic-law"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, p, f := baseRequest(), baseProfile(), baseFacts()
			r.Basis = tc.basis
			if tc.p != nil {
				tc.p(&p)
			}
			a, err := mla.Assess(r, p, f)
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Outcome, a.String())
			assert.Equal(t, tc.cite, a.Cite)
			v, ok := a.Explain().Value("legal_basis")
			require.True(t, ok)
			assert.Equal(t, tc.value, v)
			if tc.p == nil && tc.cite == mlaCite(7) {
				assert.Contains(t, a.String(), "profile records no treaty of mutual legal assistance between the States", "decided as invoked, and noted")
			}
			// Para. 8 binds assistance "pursuant to this article": a
			// bank-secrecy refusal of a request under another basis is not
			// reviewed under it.
			f.BankSecrecy = y
			rv, err := mla.Review(r, p, f, refusal(mla.GroundBankSecrecy))
			require.NoError(t, err)
			if r.Basis.UnderConvention() {
				assert.Equal(t, convention.Unlawful, rv.Outcome)
			} else {
				assert.Equal(t, convention.NotApplicable, rv.Outcome, "review and assessment agree")
				assert.Equal(t, tc.cite, rv.Cite)
				assert.True(t, rv.Violations.IsEmpty())
			}
		})
	}
}

// MLA art., para. 1 and the requested State's catalogue: an offence named
// as established under the Convention that the catalogue does not declare
// is input the library cannot decide on, not silently an offence outside
// the article.
func TestMLAPara1CatalogueOfRecognisedOffences(t *testing.T) {
	p := baseProfile()
	p.Recognised = convention.MustCatalogue("illegal-access", "illegal-interference")
	_, err := mla.Prepare(baseRequest(), p)
	require.NoError(t, err)
	r := baseRequest()
	r.Offences[0].Established = "ilegal-interference"
	_, err = mla.Assess(r, p, baseFacts())
	ps := convention.AsProblems(err)
	require.Len(t, ps, 1)
	assert.Equal(t, mlaCite(1), ps[0].Cite)
	assert.Equal(t, "Offences[0].Established", ps[0].Field)
	assert.Equal(t, "offences[0].established", ps[0].Path)
	assert.Contains(t, ps[0].Detail, "illegal-access, illegal-interference")
	assert.NoError(t, r.Validate(), "Validate knows no profile")
}

// JSON round trips: decode, encode, decode leaves each value unchanged.
func TestMLAJSONRoundTrips(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		for name, v := range map[string]any{
			"request":  mlatest.Request().Draw(t, "request"),
			"profile":  mlatest.Profile().Draw(t, "profile"),
			"facts":    mlatest.Facts().Draw(t, "facts"),
			"response": mlatest.Response().Draw(t, "response"),
			"stay":     mlatest.Stay().Draw(t, "stay"),
		} {
			b, err := json.Marshal(v)
			require.NoError(t, err, name)
			var back, again any
			switch v.(type) {
			case mla.Request:
				back, again = new(mla.Request), new(mla.Request)
			case mla.Profile:
				back, again = new(mla.Profile), new(mla.Profile)
			case mla.Facts:
				back, again = new(mla.Facts), new(mla.Facts)
			case mla.Response:
				back, again = new(mla.Response), new(mla.Response)
			case mla.Stay:
				back, again = new(mla.Stay), new(mla.Stay)
			}
			require.NoError(t, json.Unmarshal(b, back), name)
			b2, err := json.Marshal(back)
			require.NoError(t, err, name)
			require.NoError(t, json.Unmarshal(b2, again), name)
			assert.JSONEq(t, string(b), string(b2), name)
			assert.Equal(t, back, again, name)
		}
	})
}

// An OffenceSet holds the indexes 0 to MaxOffences-1, one bit each; any
// other index is ignored, never wrapped onto another offence.
func TestOffenceSetHoldsExactlyTheIndexesOfARequest(t *testing.T) {
	require.Equal(t, uintptr(mla.MaxOffences), unsafe.Sizeof(mla.OffenceSet(0))*8, "one bit per offence a request may name")
	s := mla.OffencesOf(-1, 0, mla.MaxOffences-1, mla.MaxOffences, 100)
	assert.Equal(t, []int{0, mla.MaxOffences - 1}, s.Indexes())
	assert.Equal(t, 2, s.Len())
	assert.True(t, s.Has(mla.MaxOffences-1))
	assert.False(t, s.Has(mla.MaxOffences))
	assert.False(t, s.Has(-1))
	assert.False(t, s.Has(1))
	assert.Equal(t, "[0 63]", s.String())
	assert.Equal(t, "mla.OffencesOf(0, 63)", s.GoString())
	assert.True(t, mla.OffencesOf().IsEmpty())
	var back mla.OffenceSet
	assert.Error(t, json.Unmarshal([]byte(`[64]`), &back))
	assert.Error(t, json.Unmarshal([]byte(`[-1]`), &back))
	require.NoError(t, json.Unmarshal([]byte(`[63,0]`), &back))
	assert.Equal(t, s, back)
}

// An explanation names the offences a decision's sets hold, and never fails
// on a set a caller edited to hold an offence the request does not name.
func TestMLAExplanationNamesTheOffences(t *testing.T) {
	dec, err := mla.Assess(fullRequest(), baseProfile(), baseFacts())
	require.NoError(t, err)
	dec.Within = mla.OffencesOf(0, 1)
	dec.WithoutDualCriminality = mla.OffencesOf(1, 5)
	s := dec.String()
	assert.Contains(t, s, "absence of dual criminality reaches offence 2 (blanchiment), offence 6 alone")
}
