package mla_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/mla/mlatest"
)

// Preparing a request once and deciding it as the facts come in decides
// exactly as deciding from scratch.
func TestPreparedDecidesAsAssessAndReview(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := mlatest.Request().Draw(t, "request")
		p := mlatest.Profile().Draw(t, "profile")
		f := mlatest.FactsFor(r).Draw(t, "facts")
		resp := mlatest.Response().Draw(t, "response")
		pr, err := mla.Prepare(r, p)
		require.NoError(t, err)
		want, err := mla.Assess(r, p, f)
		require.NoError(t, err)
		got, err := pr.Assess(f)
		require.NoError(t, err)
		assert.Equal(t, want, got)
		wantReview, err := mla.Review(r, p, f, resp)
		require.NoError(t, err)
		gotReview, err := pr.Review(f, resp)
		require.NoError(t, err)
		assert.Equal(t, wantReview, gotReview)
		assert.Equal(t, r.Ref, pr.Request().Ref)
		assert.Equal(t, p.Treaty, pr.Profile().Treaty)
	})
}

// Prepare rejects what the library cannot decide on, with every such
// problem Validate reports.
func TestPrepareReportsTheRequestsProblems(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := mlatest.Malformed().Draw(t, "malformed")
		_, err := mla.Prepare(b.Value, mla.Profile{})
		assert.Equal(t, b.Want, convention.AsProblems(err).Cites())
	})
}

// Para. 22(a): "If the request is not made in conformity with the
// provisions of this article" it may be refused: a non-conforming request
// is prepared and decided, never rejected, and where paragraphs 10 to 30
// govern the refusal is available, with reasons (para. 24) and prior
// consultation (para. 27) owed.
func TestMLAPara22aNonconformingRequestIsDecided(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := mlatest.Nonconforming().Draw(t, "nonconforming")
		p := mlatest.ArticleProfile().Draw(t, "profile")
		p.Languages = mlatest.Languages()
		f := mlatest.FactsFor(b.Value).Draw(t, "facts")
		pr, err := mla.Prepare(b.Value, p)
		require.NoError(t, err, "%v", b.Want)
		dec, err := pr.Assess(f)
		require.NoError(t, err)
		if dec.Outcome == convention.NotApplicable {
			return // out of scope (para. 1)
		}
		if b.Value.Language.IsZero() && len(b.Want) == 1 {
			// The language not given: its acceptability is unassessed.
			assert.True(t, dec.Needed.Has(mla.TestLanguage) || dec.Available.Has(mla.GroundNonConformity), "%v", dec)
			return
		}
		require.True(t, dec.Available.Has(mla.GroundNonConformity), "%v\n%v", b.Want, dec)
		assert.Contains(t, []convention.Outcome{convention.MayRefuse, convention.Undetermined}, dec.Outcome)
		assert.True(t, dec.Duties.Has(mla.DutyReasons), "para. 24")
		assert.True(t, dec.Duties.Has(mla.DutyConsult), "para. 27")
		for _, c := range b.Want {
			if c.Para() == 16 {
				assert.True(t, dec.Available.Has(mla.GroundMoreInformation), "para. 17 with para. 16")
			}
		}
	})
}

func TestTheZeroPreparedDecidesNothing(t *testing.T) {
	var pr mla.Prepared
	d, err := pr.Assess(mla.Facts{})
	require.NoError(t, err)
	assert.Equal(t, convention.OutcomeUnknown, d.Outcome)
	d, err = pr.Review(mla.Facts{}, refusal(mla.GroundEssentialInterests))
	require.NoError(t, err)
	assert.Equal(t, convention.OutcomeUnknown, d.Outcome)
	_, err = pr.Assess(mla.Facts{Fiscal: convention.Judgement(7)})
	assert.Equal(t, []string{"MLA art., para. 23: Facts.Fiscal: invalid: Judgement(7)"}, convention.AsProblems(err).Strings(),
		"the zero Prepared still checks the judgements on their own")
	_, err = pr.Assess(mla.Facts{Offences: make([]mla.OffenceFacts, 3)})
	assert.NoError(t, err, "it knows no request to hold the judgements on three offences against")
}

// Issue 10: Prepared.Assess and Prepared.Review return the problems of the
// judgements and of the response, and the zero Decision with them.
func TestPreparedReportsTheProblemsOfFactsAndResponse(t *testing.T) {
	pr, err := mla.Prepare(baseRequest(), baseProfile())
	require.NoError(t, err)
	v, err := pr.Review(baseFacts(), mla.Response{})
	assert.Equal(t, convention.OutcomeUnknown, v.Outcome, "an invalid response is not decided")
	ps := convention.AsProblems(err)
	require.Len(t, ps, 1)
	assert.Equal(t, "Response.Action", ps[0].Field)
	assert.Equal(t, "response.action", ps[0].Path)
	assert.ErrorIs(t, err, convention.ErrMissing)

	f := baseFacts()
	f.Offences = append(f.Offences, mla.OffenceFacts{Requested: convention.Characterisation{Criminal: convention.Judgement(9)}})
	f.EssentialInterests = convention.Judgement(3)
	a, err := pr.Assess(f)
	assert.Equal(t, convention.OutcomeUnknown, a.Outcome)
	ps = convention.AsProblems(err)
	require.Len(t, ps, 3, "%v", ps)
	assert.Equal(t, []string{
		"MLA art., para. 1: Facts.Offences: inconsistent: judgements on 2 offences; the request names 1",
		"MLA art., para. 10: Facts.Offences[1].Requested.Criminal: invalid: Judgement(9)",
		"MLA art., para. 22(b): Facts.EssentialInterests: invalid: Judgement(3)",
	}, ps.Strings())
	assert.Equal(t, []string{"facts.offences", "facts.offences[1].requested.criminal", "facts.essential_interests"},
		[]string{ps[0].Path, ps[1].Path, ps[2].Path})
	_, err = pr.Review(f, mla.Response{Action: mla.Action(99)})
	assert.Len(t, convention.AsProblems(err), 4, "the facts' problems and the response's, at once")

	// The same through the functions, with the request's problems first.
	_, err = mla.Assess(baseRequest(), baseProfile(), f)
	assert.Equal(t, ps, convention.AsProblems(err))
	r := baseRequest()
	r.Requesting = convention.PartyID{}
	_, err = mla.Review(r, baseProfile(), f, mla.Response{})
	assert.Equal(t, []string{"MLA art., para. 1", "MLA art., para. 10", "MLA art., para. 22", "MLA art., para. 22(b)", "MLA art., para. 32"},
		citeStrings(convention.AsProblems(err).Cites()))
}

func citeStrings(cs []convention.Citation) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.String()
	}
	return out
}
