package confiscation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/confiscation/confiscationtest"
	"github.com/treatyrules/cybercrime/convention"
)

// Preparing a request once and deciding it as the facts come in decides
// exactly as deciding from scratch.
func TestPreparedDecidesAsAssessAndReview(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := confiscationtest.Request().Draw(t, "request")
		p := confiscationtest.Profile().Draw(t, "profile")
		f := confiscationtest.Facts().Draw(t, "facts")
		resp := confiscationtest.ResponseTo(r).Draw(t, "response")
		pr, err := confiscation.Prepare(r, p)
		require.NoError(t, err)
		want, err := confiscation.Assess(r, p, f)
		require.NoError(t, err)
		assert.Equal(t, want, pr.Assess(f))
		wantReview, errReview := confiscation.Review(r, p, f, resp)
		gotReview, err := pr.Review(f, resp)
		assert.Equal(t, errReview, err)
		assert.Equal(t, wantReview, gotReview)
	})
}

func TestPrepareReportsTheRequestsProblems(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := confiscationtest.Broken().Draw(t, "broken")
		_, err := confiscation.Prepare(b.Value, confiscation.Profile{})
		assert.Equal(t, b.Want, convention.AsProblems(err).Cites())
	})
}

func TestTheZeroPreparedDecidesNothing(t *testing.T) {
	var pr confiscation.Prepared
	assert.Equal(t, convention.OutcomeUnknown, pr.Assess(confiscation.Facts{}).Outcome)
	d, err := pr.Review(confiscation.Facts{}, confiscation.Response{Action: confiscation.ActionEnforceOrder})
	if err == nil {
		assert.Equal(t, convention.OutcomeUnknown, d.Outcome)
	}
}
