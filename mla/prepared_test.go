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
		wantReview, errReview := mla.Review(r, p, f, resp)
		gotReview, err := pr.Review(f, resp)
		assert.Equal(t, errReview, err)
		assert.Equal(t, wantReview, gotReview)
	})
}

func TestPrepareReportsTheRequestsProblems(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := mlatest.Broken().Draw(t, "broken")
		_, err := mla.Prepare(b.Value, mla.Profile{})
		assert.Equal(t, b.Want, convention.AsProblems(err).Cites())
	})
}

func TestTheZeroPreparedDecidesNothing(t *testing.T) {
	var pr mla.Prepared
	assert.Equal(t, convention.OutcomeUnknown, pr.Assess(mla.Facts{}).Outcome)
	d, err := pr.Review(mla.Facts{}, refusal(mla.GroundEssentialInterests))
	require.NoError(t, err)
	assert.Equal(t, convention.OutcomeUnknown, d.Outcome)
}
