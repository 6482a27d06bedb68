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
		f := confiscationtest.FactsFor(r).Draw(t, "facts")
		resp := confiscationtest.ResponseTo(r).Draw(t, "response")
		pr, err := confiscation.Prepare(r, p)
		require.NoError(t, err)
		want, err := confiscation.Assess(r, p, f)
		require.NoError(t, err)
		got, err := pr.Assess(f)
		require.NoError(t, err)
		assert.Equal(t, want, got)
		wantReview, errReview := confiscation.Review(r, p, f, resp)
		gotReview, err := pr.Review(f, resp)
		assert.Equal(t, errReview, err)
		assert.Equal(t, wantReview, gotReview)
	})
}

// Prepare rejects exactly the input the library cannot decide on, with
// the problems Validate reports for it.
func TestPrepareReportsTheRequestsProblems(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := confiscationtest.Malformed().Draw(t, "malformed")
		_, err := confiscation.Prepare(b.Value, confiscation.Profile{})
		assert.Equal(t, b.Want, convention.AsProblems(err).Cites())
		for _, p := range convention.AsProblems(err) {
			assert.NotEmpty(t, p.Path, "%v has no JSON path", p)
		}
	})
}

// MLA art., para. 22(a), applied mutatis mutandis (para. 3): "If the
// request is not made in conformity with the provisions of this article".
// A request lacking what para. 3 or MLA art., para. 16 says it "shall
// contain" is prepared and decided: where paragraphs 10 to 30 govern, the
// ground is available, reasons (para. 24) and consultation (para. 27) are
// owed and the State may ask for more information (para. 17); where a
// treaty governs, they are not applied.
func TestMLAPara22aNonconformingRequestIsDecided(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := confiscationtest.Nonconforming().Draw(t, "nonconforming")
		r := b.Value
		if !r.Basis.UnderConvention() {
			r.Basis = convention.LegalBasis{}
		}
		treaty := rapid.Bool().Draw(t, "treaty")
		p := confiscationtest.ArticleProfile().Draw(t, "p")
		if treaty {
			p = confiscationtest.TreatyProfile().Draw(t, "p")
		}
		f := confiscationtest.FactsFor(r).Draw(t, "f")
		f.Jurisdiction, f.InTerritory = convention.Yes, convention.Yes
		require.Error(t, r.Validate())
		dec, err := confiscation.Assess(r, p, f)
		require.NoError(t, err, "a request not in conformity is decided, not rejected")
		nonconforming := !dec.Incomplete.IsEmpty() || dec.Lacking != 0 || dec.Answer(confiscation.TestConformity) == convention.No
		if treaty {
			assert.False(t, dec.Available.Has(confiscation.GroundNonConformity), "the treaty governs in place of para. 22(a)")
			return
		}
		if !nonconforming {
			// The only break was the language, which leaves conformity
			// open while the requested State has said nothing of it.
			assert.True(t, dec.Open.Has(confiscation.TestLanguage) || dec.Open.Has(confiscation.TestConformity), dec.String())
			return
		}
		assert.True(t, dec.Available.Has(confiscation.GroundNonConformity), dec.String())
		assert.True(t, dec.Duties.Has(confiscation.DutyReasons))
		assert.True(t, dec.Duties.Has(confiscation.DutyConsult))
		assert.Equal(t, convention.MayRefuse, dec.Outcome)
		if !dec.Incomplete.IsEmpty() || dec.Lacking != 0 {
			assert.True(t, dec.Available.Has(confiscation.GroundMoreInformation), "para. 17: what the request shall contain can facilitate execution")
		}
	})
}

func TestTheZeroPreparedDecidesNothing(t *testing.T) {
	var pr confiscation.Prepared
	d, err := pr.Assess(confiscation.Facts{})
	require.NoError(t, err)
	assert.Equal(t, convention.OutcomeUnknown, d.Outcome)
	d, err = pr.Review(confiscation.Facts{}, confiscation.Response{Action: confiscation.ActionEnforceOrder})
	if err == nil {
		assert.Equal(t, convention.OutcomeUnknown, d.Outcome)
	}
}
