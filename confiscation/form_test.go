package confiscation_test

import (
	"encoding/json"
	"errors"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/confiscation/confiscationtest"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
)

// scopeDuties are the duties a request's offences create under the
// article and the Recovery art.
var scopeDuties = convention.SetOf(confiscation.DutyConfiscate, confiscation.DutyIdentifyTrace, confiscation.DutyFreezeSeize,
	confiscation.DutyOpportunity, confiscation.DutyDomesticLaw, confiscation.DutyTreatyBasis,
	confiscation.DutyEnableEnforcement, confiscation.DutyEnableOrder, confiscation.DutyEnableNonConviction,
	confiscation.DutyEnableFreezeOnOrder, confiscation.DutyEnableFreezeOnRequest, confiscation.DutyConsiderPreservation)

// Paras. 1, 2 and 7 with several offences: an offence added to a request
// never takes away what another offence brings. The offences established
// under the Convention stay established, para. 7's ground reaches the same
// earlier offences, every duty of the article and of the Recovery art.
// stays owed, and the ground never becomes available for the request as
// a whole while an offence established under the Convention remains. An
// obligation stays an obligation whatever the added offence: its conduct
// not criminal in the requested State brings MLA art., para. 10's ground
// ("may decline ... on the ground of absence of dual criminality", mutatis
// mutandis) to it alone, never to the request as a whole while another
// offence's conduct is criminal there.
func TestPara7AddingAnOffenceNeverRemovesAnObligationAnotherCreates(t *testing.T) {
	obliged := 0
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		p.Recognised = convention.Catalogue{}
		if rapid.Bool().Draw(t, "obligedBefore") {
			// Half the cases start from an obligation, so that the
			// property is exercised where it matters most.
			p.Treaty, p.TreatyCondition = convention.No, false
			p.Capacity = confiscation.Capacity{EnforceForeign: convention.Yes, OrderDomestic: convention.Yes, WithoutConviction: convention.Yes,
				FreezeOnOrder: convention.Yes, FreezeOnRequest: convention.Yes, PreserveOther: convention.Yes}
			p.DeMinimis = confiscation.Threshold{}
			f = baseFacts()
			f.Offences = nil
			for range r.Offences {
				f.Offences = append(f.Offences, mla.OffenceFacts{Requested: convention.Characterisation{Criminal: convention.Yes}})
			}
			p.Languages = []language.Tag{r.Language.Original}
			p.CentralAuthority, p.Diplomatic, p.Oral, p.Interpol = "Ministry of Justice", r.Channel == mla.ChannelDiplomatic, true, true
			r.Offences = slices.Clone(r.Offences)
			r.Offences[0].Established = "illegal-access"
		}
		before := assess(t, r, p, f)
		old := before.Established | before.NotEstablished
		added := mlatest.Offence().Draw(t, "added")
		criminal := mlatest.Known().Draw(t, "added.Criminal")
		r2, f2 := r, f
		r2.Offences = append(slices.Clone(r.Offences), added)
		f2.Offences = append(slices.Clone(f.Offences), make([]mla.OffenceFacts, len(r.Offences)-len(f.Offences))...)
		f2.Offences = append(f2.Offences, mla.OffenceFacts{Requested: convention.Characterisation{Criminal: criminal}})
		after := assess(t, r2, p, f2)

		assert.Equal(t, before.Established, after.Established&old, "the offences established under the Convention stay established")
		assert.Equal(t, before.NotEstablished, after.NotEstablished&old, "para. 7 reaches the earlier offences as before")
		kept := before.Duties.Intersect(scopeDuties)
		assert.Equal(t, kept.Slice(), after.Duties.Intersect(kept).Slice(), "duties of paras. 1, 2, 4, 6, 8 and of the Recovery art.")
		if !before.Established.IsEmpty() {
			assert.False(t, after.Available.Has(confiscation.GroundNotEstablished), "para. 7's ground never reaches the whole request")
		}
		if before.Outcome == convention.Obliged {
			obliged++
			assert.Equal(t, convention.Obliged, after.Outcome, "the added offence's conduct %s criminal in the requested State\n%s", criminal, after)
			assert.False(t, after.Available.Has(confiscation.GroundDualCriminality), "MLA art., para. 10 reaches the added offence alone")
			if criminal == convention.No {
				assert.True(t, after.WithoutDualCriminality.Has(len(r.Offences)), "the ground reaches the added offence")
			}
		}
		if before.Outcome == convention.MayRefuse && !before.Established.IsEmpty() {
			// (With no offence established, an added one established under
			// the Convention takes para. 7's ground away: it brings the
			// obligation the ground excused; likewise an added offence
			// whose conduct is criminal in the requested State takes away
			// MLA art., para. 10's ground from the whole request.)
			kept := before.RefusalGrounds().Without(confiscation.GroundDualCriminality)
			assert.Equal(t, kept.Slice(), after.Available.Intersect(kept).Slice(), "a ground available stays available")
		}
	})
	assert.Positive(t, obliged, "no obligation was drawn: the property was not exercised")
}

// Para. 7, offence by offence: the ground reaches the offence not
// established and not the other, and the explanation says so.
func TestPara7GroundReachesEachOffenceNotEstablished(t *testing.T) {
	r := baseRequest()
	r.Offences = append(r.Offences, convention.Offence{Conduct: "laundering the ransom", Name: "blanchiment"})
	f := baseFacts()
	f.Offences = append(f.Offences, mla.OffenceFacts{Requested: convention.Characterisation{Criminal: y}})
	dec, err := confiscation.Assess(r, baseProfile(), f)
	require.NoError(t, err)
	assert.Equal(t, mla.OffencesOf(0), dec.Established)
	assert.Equal(t, mla.OffencesOf(1), dec.NotEstablished, "\"if the offence to which the request relates is not an offence established under this Convention\"")
	assert.False(t, dec.Available.Has(confiscation.GroundNotEstablished), "the request also relates to an offence established under the Convention")
	assert.Equal(t, convention.Obliged, dec.Outcome)
	assert.Contains(t, dec.String(), "reaches offence 2 (blanchiment) alone")
	v, _ := dec.Explain().Value("offences_not_established")
	assert.Equal(t, "1", v)

	// A refusal of the whole request on that ground breaks paras. 1 and 2;
	// a refusal as to the second offence rests on it.
	refuse := refusal(confiscation.GroundNotEstablished)
	whole, err := confiscation.Review(r, baseProfile(), f, refuse)
	require.NoError(t, err)
	assert.Equal(t, convention.Unlawful, whole.Outcome)
	assert.True(t, whole.Violations.Has(confiscation.ViolationConfiscationRefused))
	refuse.Offences = mla.OffencesOf(1)
	part, err := confiscation.Review(r, baseProfile(), f, refuse)
	require.NoError(t, err)
	assert.Equal(t, convention.Lawful, part.Outcome, part.String())
	refuse.Offences = mla.OffencesOf(0, 1)
	both, err := confiscation.Review(r, baseProfile(), f, refuse)
	require.NoError(t, err)
	assert.Equal(t, convention.Unlawful, both.Outcome, "the ground does not reach offence 1, established under the Convention")

	// With no offence established, the ground reaches the whole request.
	r.Offences[0].Established = ""
	dec, err = confiscation.Assess(r, baseProfile(), f)
	require.NoError(t, err)
	assert.True(t, dec.Available.Has(confiscation.GroundNotEstablished))
	assert.Equal(t, convention.MayRefuse, dec.Outcome)
	refuse.Offences = 0
	whole, err = confiscation.Review(r, baseProfile(), f, refuse)
	require.NoError(t, err)
	assert.Equal(t, convention.Lawful, whole.Outcome)
}

// MLA art., para. 10, mutatis mutandis: "States Parties may decline to
// render mutual legal assistance pursuant to this article on the ground of
// absence of dual criminality", on the conduct of each offence, as para.
// 7's first ground is decided. With two offences established under the
// Convention, the ground reaches the request as a whole only where the
// conduct of neither is criminal in the requested State; where that of one
// is, the duties it creates stand and the ground reaches the other alone: a
// refusal in part as to it is lawful, a refusal of the whole request on it
// is not (paras. 1, 2).
func TestMLAPara10SeveralOffencesTheGroundReachesEachOffenceAlone(t *testing.T) {
	r := baseRequest()
	r.Offences = append(r.Offences, convention.Offence{Conduct: "possessing a password to a hospital system", Established: "misuse-of-devices"})
	facts := func(a, b convention.Judgement) confiscation.Facts {
		f := baseFacts()
		f.Offences = []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: a}}, {Requested: convention.Characterisation{Criminal: b}}}
		return f
	}
	for _, tc := range []struct {
		name  string
		a, b  convention.Judgement
		want  convention.Outcome
		reach mla.OffenceSet
	}{
		{"neither criminal in the requested State: the ground reaches the whole request", n, n, convention.MayRefuse, mla.OffencesOf(0, 1)},
		{"the second not criminal there: obliged, the ground reaches it alone", y, n, convention.Obliged, mla.OffencesOf(1)},
		{"the first lacking, the second unassessed: the whole request waits", n, convention.Unassessed, convention.Undetermined, mla.OffencesOf(0)},
		{"the first criminal there, the second unassessed: obliged", y, convention.Unassessed, convention.Obliged, mla.OffencesOf()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dec, err := confiscation.Assess(r, baseProfile(), facts(tc.a, tc.b))
			require.NoError(t, err)
			assert.Equal(t, tc.want, dec.Outcome, dec.String())
			assert.Equal(t, tc.want == convention.MayRefuse, dec.Available.Has(confiscation.GroundDualCriminality))
			assert.Equal(t, tc.reach, dec.WithoutDualCriminality)
			if tc.want == convention.Obliged && !tc.reach.IsEmpty() {
				assert.Contains(t, dec.String(), "absence of dual criminality reaches offence 2 (\"possessing a password to a hospital system\") alone: "+
					"the requested State may refuse cooperation as to those offences (a refusal in part), not the request as a whole")
				assert.False(t, dec.Duties.Has(confiscation.DutyReasons), "no ground reaches the whole request")
			}
		})
	}

	f := facts(y, n)
	refuse := refusal(confiscation.GroundDualCriminality)
	whole, err := confiscation.Review(r, baseProfile(), f, refuse)
	require.NoError(t, err)
	assert.Equal(t, convention.Unlawful, whole.Outcome, "the whole request refused on a ground that reaches offence 2 alone")
	assert.True(t, whole.Violations.Has(confiscation.ViolationConfiscationRefused), "%s", whole)
	refuse.Offences = mla.OffencesOf(1)
	part, err := confiscation.Review(r, baseProfile(), f, refuse)
	require.NoError(t, err)
	assert.Equal(t, convention.Lawful, part.Outcome, part.String())
	assert.Equal(t, mlaCite(10), part.Cite)
	silent := refuse
	silent.Reasons = false
	part, _ = confiscation.Review(r, baseProfile(), f, silent)
	assert.Equal(t, convention.Unlawful, part.Outcome, "MLA art., para. 24: \"Reasons shall be given for any refusal\"")
	assert.True(t, part.Violations.Has(confiscation.ViolationNoReasons))
	refuse.Offences = mla.OffencesOf(0, 1)
	both, _ := confiscation.Review(r, baseProfile(), f, refuse)
	assert.Equal(t, convention.Unlawful, both.Outcome, "the ground does not reach offence 1, whose conduct is criminal in the requested State")

	refuse.Offences = 0
	whole, _ = confiscation.Review(r, baseProfile(), facts(n, n), refuse)
	assert.Equal(t, convention.Lawful, whole.Outcome, "the ground reaches every offence: the whole request may be refused")

	// The part refused waits on the conduct of the offence it names.
	refuse.Offences = mla.OffencesOf(1)
	open, _ := confiscation.Review(r, baseProfile(), facts(y, convention.Unassessed), refuse)
	assert.Equal(t, convention.Undetermined, open.Outcome, open.String())
	w, ok := open.WhatIf(confiscation.TestDualCriminality)
	require.True(t, ok)
	assert.Equal(t, convention.Lawful, w.IfNo)
	assert.Equal(t, convention.Unlawful, w.IfYes)

	// Where an MLA treaty governs, para. 10 gives way to it (MLA art., para. 9).
	p := baseProfile()
	p.Treaty, p.ArticleInLieu = y, n
	tr, _ := confiscation.Review(r, p, f, refuse)
	assert.Equal(t, convention.NotApplicable, tr.Outcome, tr.String())
}

// A refusal in part names offences of the request, and only a refusal
// names them (para. 7).
func TestPara7RefusalInPartNamesOffencesOfTheRequest(t *testing.T) {
	r := baseRequest()
	resp := refusal(confiscation.GroundNotEstablished)
	resp.Offences = mla.OffencesOf(3)
	_, err := confiscation.Review(r, baseProfile(), baseFacts(), resp)
	ps := convention.AsProblems(err)
	require.Len(t, ps, 1)
	assert.Equal(t, cite(7), ps[0].Cite)
	assert.Equal(t, "response.offences", ps[0].Path)
	assert.ErrorIs(t, err, convention.ErrInconsistent)
	lift := lifting(true, confiscation.GroundEvidence)
	lift.Offences = mla.OffencesOf(0)
	_, err = confiscation.Review(r, baseProfile(), baseFacts(), lift)
	assert.ErrorIs(t, err, convention.ErrNotApplicable)
}

// MLA art., para. 15, mutatis mutandis: "in a language acceptable to the
// requested State Party". A request sent with a translation into an
// acceptable language is decided exactly as the same request made in that
// language: the translation makes an otherwise conforming request conform.
func TestMLAPara15ATranslationIntoAnAcceptableLanguageMakesTheRequestConform(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, p, f := draw(t)
		tags := mlatest.Languages()
		accepted := rapid.SampledFrom(tags).Draw(t, "accepted")
		original := rapid.SampledFrom(tags).Filter(func(l language.Tag) bool {
			return convention.In(l).Acceptable([]language.Tag{accepted}) == convention.No
		}).Draw(t, "original")
		p.Languages = []language.Tag{accepted}
		withTranslation, inAccepted := r, r
		withTranslation.Language = convention.In(original, accepted)
		inAccepted.Language = convention.In(accepted)
		withTranslation.Attachments, inAccepted.Attachments = nil, nil
		untranslated := r
		untranslated.Language, untranslated.Attachments = convention.In(original), nil

		a, b := assess(t, withTranslation, p, f), assess(t, inAccepted, p, f)
		assert.Equal(t, b, a, "a translation into an acceptable language decides as the request made in it")
		if a.Regime == mla.RegimeArticle && a.Outcome != convention.NotApplicable {
			assert.Equal(t, convention.Yes, a.Answer(confiscation.TestLanguage))
			u := assess(t, untranslated, p, f)
			assert.Equal(t, convention.No, u.Answer(confiscation.TestLanguage))
			assert.True(t, u.Available.Has(confiscation.GroundNonConformity), "without the translation the request is not in an acceptable language")
		}
	})
}

// Para. 3: "requests made pursuant to this article"; MLA art., paras. 7
// and 9, mutatis mutandis. A request invoking this Convention, alone or
// with a treaty, or silent on its basis, is decided under the article (the
// silent one as one under the Convention, which the explanation says); a
// request invoking only another basis is not, and its review agrees.
func TestPara3OnlyRequestsMadePursuantToTheArticle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := confiscationtest.Request().Draw(t, "r")
		r.Basis = mlatest.Basis().Draw(t, "basis")
		p, f := confiscationtest.Profile().Draw(t, "p"), confiscationtest.FactsFor(r).Draw(t, "f")
		a := assess(t, r, p, f)
		v := review(t, r, p, f, confiscationtest.ResponseTo(r).Draw(t, "resp"))
		e := a.Explain()
		basis, _ := e.Value("legal_basis")
		if r.Basis.UnderConvention() {
			assert.NotEqual(t, cite(3), a.Cite)
			assert.NotEqual(t, cite(3), v.Cite)
			if !r.Basis.Stated() {
				assert.Equal(t, "not stated: decided as a request under the Convention", basis)
				assert.Contains(t, a.String(), "the request states no legal basis: it is decided as a request made pursuant to the article")
			}
			return
		}
		assert.Equal(t, r.Basis.String(), basis)
		for _, d := range []confiscation.Decision{a, v} {
			assert.Equal(t, convention.NotApplicable, d.Outcome)
			assert.Equal(t, cite(3), d.Cite)
			assert.True(t, d.Duties.IsEmpty() && d.Available.IsEmpty() && d.Violations.IsEmpty(), "%s", d)
		}
		assert.Contains(t, a.String(), "not one of the \"requests made pursuant to this article\"")
	})
}

// Para. 6: the basis the request invokes decides whether the article
// applies, never whether the want of a treaty is a ground: for a State
// making the measures conditional on a treaty, the Convention is the
// necessary and sufficient treaty basis of a request under it, whether or
// not it also names another treaty.
func TestPara6TheConventionSufficesWhateverElseIsInvoked(t *testing.T) {
	for _, b := range []convention.LegalBasis{{}, convention.Under(convention.BasisConvention),
		{Invoked: []convention.LegalBasisKind{convention.BasisConvention, convention.BasisTreaty}, Treaty: "ECMA 1959"}} {
		r, p := baseRequest(), baseProfile()
		r.Basis, p.TreatyCondition = b, true
		dec, err := confiscation.Assess(r, p, baseFacts())
		require.NoError(t, err)
		assert.True(t, dec.Duties.Has(confiscation.DutyTreatyBasis), "%v", b)
		assert.True(t, dec.Barred.Has(confiscation.GroundNoTreaty), "%v", b)
		assert.Equal(t, convention.Obliged, dec.Outcome, "%v", b)
	}
}

// Para. 7 with the requested State's catalogue of offences: an offence
// named as established under the Convention that the catalogue does not
// declare is input the library cannot decide on, cited to para. 7 and
// listing the names declared; an offence not named as established, or one
// declared, is decided.
func TestPara7CatalogueOfRecognisedOffences(t *testing.T) {
	p := baseProfile()
	p.Recognised = convention.MustCatalogue("illegal-access", "data-interference")
	r := baseRequest()
	_, err := confiscation.Prepare(r, p)
	ps := convention.AsProblems(err)
	require.Len(t, ps, 1, "%v", ps.Strings())
	assert.Equal(t, cite(7), ps[0].Cite)
	assert.Equal(t, "Offences[0].Established", ps[0].Field)
	assert.Equal(t, "offences[0].established", ps[0].Path)
	assert.ErrorIs(t, err, convention.ErrInvalid)
	assert.Contains(t, ps[0].Detail, "data-interference, illegal-access")
	require.NoError(t, r.Validate(), "Validate reads no profile")

	p.Recognised = convention.MustCatalogue("illegal-access", "illegal-interference")
	_, err = confiscation.Prepare(r, p)
	require.NoError(t, err)
	r.Offences = append(r.Offences, convention.Offence{Conduct: "laundering"})
	_, err = confiscation.Prepare(r, p)
	require.NoError(t, err, "an offence not named as established is always recognised")
}

// The shared parts are validated for consistency with cited problems and
// JSON paths: a translation into the original's language (MLA art., para.
// 15), urgency reasons on a request not urgent (para. 15), a transmission
// before the request was made (para. 14), confidentiality reasons for
// nothing asked (para. 21), a related request made after this one (para.
// 3).
func TestSharedPartsAreValidatedForConsistency(t *testing.T) {
	for _, c := range []struct {
		name   string
		cite   convention.Citation
		path   string
		break_ func(r *confiscation.Request)
	}{
		{"translation into the original's language", mlaCite(15), "language.translations[0]", func(r *confiscation.Request) {
			r.Language = convention.In(language.French, language.French)
		}},
		{"urgency reasons on a request not urgent", mlaCite(15), "urgency.reasons", func(r *confiscation.Request) {
			r.Urgency = convention.Urgency{Reasons: "the account may be emptied"}
		}},
		{"sent before it was made", mlaCite(14), "transmission.sent", func(r *confiscation.Request) {
			r.Transmission = convention.Transmission{Sent: d("2026-11-01")}
		}},
		{"confidentiality reasons for nothing asked", mlaCite(21), "confidentiality.reasons", func(r *confiscation.Request) {
			r.Confidentiality = convention.Confidentiality{Reasons: "tipping off"}
		}},
		{"an earlier request made after this one", cite(3), "related[0].made", func(r *confiscation.Request) {
			r.Related = []convention.Related{{Ref: "FR-CONF-2026-001", Relation: convention.RelationSameCase, Made: d("2026-12-01")}}
		}},
		{"an attachment without title or reference", mlaCite(16), "attachments[0].title", func(r *confiscation.Request) {
			r.Attachments = []convention.Attachment{{Kind: convention.AttachmentOrder}}
		}},
		{"a treaty invoked, not named", mlaCite(9), "basis.treaty", func(r *confiscation.Request) {
			r.Basis = convention.Under(convention.BasisConvention, convention.BasisTreaty)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := baseRequest()
			c.break_(&r)
			ps := convention.AsProblems(r.Validate())
			require.Len(t, ps, 1, "%v", ps.Strings())
			assert.Equal(t, c.cite, ps[0].Cite)
			assert.Equal(t, c.path, ps[0].Path)
			_, err := confiscation.Prepare(r, baseProfile())
			assert.Error(t, err, "input the library cannot decide on")
		})
	}
}

// The requested State's judgements are declared values: an undeclared
// judgement, or judgements on more offences than the request names, is an
// error of the decisions, with its paragraph and JSON path.
func TestFactsAreDeclaredJudgements(t *testing.T) {
	f := baseFacts()
	f.Jurisdiction, f.Fiscal = 7, 9
	_, err := confiscation.Assess(baseRequest(), baseProfile(), f)
	ps := convention.AsProblems(err)
	require.Len(t, ps, 2, "%v", ps.Strings())
	assert.Equal(t, []convention.Citation{mlaCite(23), cite(1)}, ps.Cites())
	assert.Equal(t, []string{"facts.fiscal", "facts.jurisdiction"}, []string{ps[0].Path, ps[1].Path})
	require.Error(t, f.Validate())

	pr, err := confiscation.Prepare(baseRequest(), baseProfile())
	require.NoError(t, err)
	_, err = pr.Assess(f)
	assert.ErrorIs(t, err, convention.ErrInvalid)
	f = baseFacts()
	f.Offences = append(f.Offences, mla.OffenceFacts{})
	_, err = pr.Assess(f)
	assert.ErrorIs(t, err, convention.ErrInconsistent, "judgements on two offences; the request names one")
	_, err = pr.Review(f, refusal(confiscation.GroundEvidence))
	assert.ErrorIs(t, err, convention.ErrInconsistent)
	require.NoError(t, f.Validate(), "on their own the judgements are valid")

	p := baseProfile()
	p.Capacity.EnforceForeign = 5
	err = p.Validate()
	ps = convention.AsProblems(err)
	require.Len(t, ps, 1)
	assert.Equal(t, convention.CitePoint(convention.ArtRecovery, 1, 'a'), ps[0].Cite)
	assert.Equal(t, "capacity.enforce_foreign", ps[0].Path)
}

// JSON round trips: decoding what a value encodes to, and encoding it
// again, gives the same document, for every request, profile, judgements
// and response the generators draw; and the value decoded validates as
// the original does.
func TestJSONRoundTrips(t *testing.T) {
	roundTrip := func(t *rapid.T, v any, fresh any) {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, fresh))
		b2, err := json.Marshal(fresh)
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(b2))
	}
	rapid.Check(t, func(t *rapid.T) {
		r := confiscationtest.Request().Draw(t, "r")
		var r2 confiscation.Request
		roundTrip(t, r, &r2)
		assert.NoError(t, r2.Validate())
		b := confiscationtest.Broken().Draw(t, "broken")
		if _, err := json.Marshal(b.Value); err == nil {
			var b2 confiscation.Request
			roundTrip(t, b.Value, &b2)
			assert.Equal(t, b.Want, convention.AsProblems(b2.Validate()).Cites())
		}
		var p confiscation.Profile
		roundTrip(t, confiscationtest.Profile().Draw(t, "p"), &p)
		assert.NoError(t, p.Validate())
		var f confiscation.Facts
		roundTrip(t, confiscationtest.FactsFor(r).Draw(t, "f"), &f)
		var resp confiscation.Response
		roundTrip(t, confiscationtest.ResponseTo(r).Draw(t, "resp"), &resp)
	})
}

// An undeclared value never marshals silently, and a misspelt word is an
// error listing the words accepted.
func TestInvalidValuesNeverMarshalSilently(t *testing.T) {
	r := baseRequest()
	r.Kinds |= 1 << 6
	_, err := json.Marshal(r)
	assert.ErrorIs(t, err, convention.ErrInvalid)
	r = baseRequest()
	r.Property[0].Asset = 77
	_, err = json.Marshal(r)
	assert.ErrorIs(t, err, convention.ErrInvalid)
	var k confiscation.Kinds
	err = json.Unmarshal([]byte(`["enforce-orders"]`), &k)
	require.Error(t, err)
	assert.True(t, errors.Is(err, convention.ErrInvalid))
	assert.Contains(t, err.Error(), "obtain-order, enforce-order, provisional-measures")
	var a confiscation.Asset
	err = a.UnmarshalText([]byte("bitcoin"))
	assert.Contains(t, err.Error(), "crypto-asset")
}

// Every enumeration's doc comment lists exactly the words its text form
// accepts, so that what pkg.go.dev shows is what the JSON contract is.
func TestEnumDocsListExactlyTheirWords(t *testing.T) {
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	require.NoError(t, err)
	var files []*ast.File
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, n, nil, parser.ParseComments)
		require.NoError(t, err)
		files = append(files, f)
	}
	p, err := doc.NewFromFiles(fset, files, "github.com/treatyrules/cybercrime/confiscation")
	require.NoError(t, err)
	docs := map[string]string{}
	for _, ty := range p.Types {
		docs[ty.Name] = ty.Doc
	}
	words := regexp.MustCompile(`(?s)Words: (.*?)\.\n`)
	for name, want := range map[string][]string{
		"Kind":      confiscation.KindWords(),
		"Basis":     confiscation.BasisWords(),
		"Category":  confiscation.CategoryWords(),
		"Asset":     confiscation.AssetWords(),
		"OrderType": confiscation.OrderTypeWords(),
		"Route":     confiscation.RouteWords(),
		"Action":    confiscation.ActionWords(),
	} {
		m := words.FindStringSubmatch(docs[name])
		require.NotNil(t, m, "%s's doc lists no words", name)
		got := strings.Split(strings.Join(strings.Fields(m[1]), " "), ", ")
		assert.Equal(t, want, got, name)
	}
}

// MLA art., paras. 21, 25 and 27, applied mutatis mutandis: the requested
// State keeps a request confidential as required ("may require that the
// requested State Party keep confidential"), or informs promptly when it
// cannot; the requesting State "shall promptly inform ... when the
// assistance sought is no longer required" and "shall comply with the
// conditions" it accepts. Where a treaty governs, none is applied.
func TestMLAParas21To27DutiesApplyMutatisMutandis(t *testing.T) {
	r := baseRequest()
	r.Confidentiality = convention.Confidentiality{Required: true, Reasons: "the holder must not learn of the freeze"}
	dec, err := confiscation.Assess(r, baseProfile(), baseFacts())
	require.NoError(t, err)
	assert.True(t, dec.Duties.Has(confiscation.DutyKeepConfidential))
	assert.False(t, dec.Duties.Has(confiscation.DutyInformConfidentiality))
	assert.True(t, dec.Duties.Has(confiscation.DutyInformNoLongerRequired))
	f := baseFacts()
	f.CanKeepConfidential = n
	dec, err = confiscation.Assess(r, baseProfile(), f)
	require.NoError(t, err)
	assert.False(t, dec.Duties.Has(confiscation.DutyKeepConfidential))
	assert.True(t, dec.Duties.Has(confiscation.DutyInformConfidentiality))

	f = baseFacts()
	f.EssentialInterests = y
	cond := confiscation.Response{Action: confiscation.ActionConditions}
	rev, err := confiscation.Review(r, baseProfile(), f, cond)
	require.NoError(t, err)
	assert.Equal(t, convention.Lawful, rev.Outcome, rev.String())
	assert.True(t, rev.Duties.Has(confiscation.DutyComplyConditions))

	p := baseProfile()
	p.Treaty, p.ArticleInLieu = y, n
	dec, err = confiscation.Assess(r, p, baseFacts())
	require.NoError(t, err)
	for _, d := range []confiscation.Term{confiscation.DutyKeepConfidential, confiscation.DutyInformNoLongerRequired} {
		assert.False(t, dec.Duties.Has(d), "%v under a treaty", d)
	}
}
