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
		f := mlatest.Facts().Draw(t, "facts")
		resp := mlatest.Response().Draw(t, "response")
		pr, err := mla.Prepare(r, p)
		require.NoError(t, err)
		want, err := mla.Assess(r, p, f)
		require.NoError(t, err)
		assert.Equal(t, want, pr.Assess(f))
		wantReview, err := mla.Review(r, p, f, resp)
		require.NoError(t, err)
		assert.Equal(t, wantReview, pr.Review(f, resp))
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
		f := mlatest.Facts().Draw(t, "facts")
		pr, err := mla.Prepare(b.Value, p)
		require.NoError(t, err, "%v", b.Want)
		dec := pr.Assess(f)
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
	assert.Equal(t, convention.OutcomeUnknown, pr.Assess(mla.Facts{}).Outcome)
	assert.Equal(t, convention.OutcomeUnknown, pr.Review(mla.Facts{}, refusal(mla.GroundEssentialInterests)).Outcome)
	prepared, err := mla.Prepare(baseRequest(), baseProfile())
	require.NoError(t, err)
	assert.Equal(t, convention.OutcomeUnknown, prepared.Review(baseFacts(), mla.Response{}).Outcome, "an invalid response is not decided")
}
