package extradition_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
)

// TestPreparedDecidesAsAssessAndReview: preparing once and deciding many
// times gives what Assess and Review give, and their problems.
func TestPreparedDecidesAsAssessAndReview(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := draw(t, false)
		pr, err := extradition.Prepare(in.r, in.p)
		require.NoError(t, err)
		assert.Equal(t, in.r, pr.Request())
		assert.Equal(t, in.p, pr.Profile())
		a1, err1 := pr.Assess(in.f)
		a2, err2 := in.assess()
		require.NoError(t, err1)
		require.NoError(t, err2)
		assert.Equal(t, a2, a1)
		v1, err1 := pr.Review(in.f, in.s)
		v2, err2 := in.review()
		require.NoError(t, err1)
		require.NoError(t, err2)
		assert.Equal(t, v2, v1)
	})
}

func TestPrepareReportsProblemsWithJSONPaths(t *testing.T) {
	in := base()
	in.r.Person.Name = ""
	in.p.Treaty = 9
	in.p.Offences = convention.MustCatalogue("illegal-access")
	_, err := extradition.Prepare(in.r, in.p)
	ps := convention.AsProblems(err)
	require.Len(t, ps, 3)
	paths := map[string]string{}
	for _, p := range ps {
		paths[p.Field] = p.Path
	}
	assert.Equal(t, map[string]string{
		"Person.Name":                     "person.name",
		"Profile.Treaty":                  "profile.treaty",
		"Offences[0].Offence.Established": "offences[0].offence.established",
	}, paths)
	assert.Contains(t, err.Error(), "Offences[0].Offence.Established")
	for _, p := range ps {
		if p.Field == "Offences[0].Offence.Established" {
			assert.Contains(t, p.Detail, `"computer-fraud"`)
			assert.Contains(t, p.Detail, "illegal-access", "the names the catalogue declares")
		}
	}

	// Facts and responses are checked by the decisions of Prepared.
	in = base()
	pr, err := extradition.Prepare(in.r, in.p)
	require.NoError(t, err)
	in.f.Urgent = 7
	_, err = pr.Assess(in.f)
	require.Len(t, convention.AsProblems(err), 1)
	assert.Equal(t, "facts.urgent", convention.AsProblems(err)[0].Path)
	in.f.Urgent = convention.Yes
	_, err = pr.Review(in.f, extradition.Response{})
	require.Len(t, convention.AsProblems(err), 1)
	assert.Equal(t, "response.action", convention.AsProblems(err)[0].Path)
}

func TestZeroPreparedDecidesNothing(t *testing.T) {
	var pr extradition.Prepared
	d, err := pr.Assess(base().f)
	require.NoError(t, err)
	assert.Equal(t, convention.OutcomeUnknown, d.Outcome)
	d, err = pr.Review(base().f, base().s)
	require.NoError(t, err)
	assert.Equal(t, convention.OutcomeUnknown, d.Outcome)
}

// TestCatalogueDeclaresTheConventionOffences: para. 1, "the offences
// established under this Convention", as the case system declares them: a
// name the catalogue does not declare is a problem, not silently an
// offence outside the article; the zero catalogue recognises every name.
func TestCatalogueDeclaresTheConventionOffences(t *testing.T) {
	in := base()
	in.p.Offences = convention.MustCatalogue("computer-fraud")
	a, err := in.assess()
	require.NoError(t, err)
	assert.Equal(t, convention.Obliged, a.Outcome)
	in.r.Offences[0].Offence.Established = "computer-fruad"
	_, err = in.assess()
	assert.ErrorIs(t, err, convention.ErrInvalid)
	in.p.Offences = convention.Catalogue{}
	a, err = in.assess()
	require.NoError(t, err)
	assert.Equal(t, convention.Obliged, a.Outcome, "the zero catalogue recognises every name")
	in.r.Offences[0].Offence.Established = ""
	in.p.Offences = convention.MustCatalogue("computer-fraud")
	a, err = in.assess()
	require.NoError(t, err, "an offence not established under the Convention needs no declaring")
	assert.Equal(t, convention.NotApplicable, a.Outcome)
}
