package implementation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/implementation"
)

func value(t *testing.T, e convention.Explanation, name string) string {
	t.Helper()
	v, ok := e.Value(name)
	require.True(t, ok, "the explanation gives %s", name)
	return v
}

// Review art., para. 1: the explanation of a standing gives the act that
// governs as values a case system can read, and "none" while the decision
// stands as the Commission adopted it.
func TestStandingExplainGivesTheGoverningAct(t *testing.T) {
	cd := implementation.CommissionDecision{Ref: "CCPCJ 31/1", Adopted: d("2031-05-20"), Reviews: []implementation.Review{
		{By: implementation.GeneralAssembly, Act: implementation.ActApproved, Date: d("2031-12-10")},
		{By: implementation.Council, Act: implementation.ActModified, Date: d("2032-07-20"), Ref: "E/RES/2032/9"},
	}}
	s, err := implementation.ReviewDecision(cd, d("2032-08-01"))
	require.NoError(t, err)
	e := s.Explain()
	assert.Equal(t, convention.Cite(convention.ArtReview, 1), e.Cite)
	assert.Equal(t, d("2031-12-10"), e.Date)
	assert.Equal(t, "approved", value(t, e, "act"))
	assert.Equal(t, "general-assembly", value(t, e, "by"))
	assert.Equal(t, "2031-12-10", value(t, e, "date"))
	assert.Equal(t, "2032-07-20", value(t, e, "council-after"), "the Assembly's act governs; the Council's later act is recorded")
	assert.Equal(t, []string{s.String()}, e.Notes)

	s, err = implementation.ReviewDecision(cd, d("2032-01-01"))
	require.NoError(t, err)
	e = s.Explain()
	assert.Equal(t, "approved", value(t, e, "act"))
	assert.Equal(t, "general-assembly", value(t, e, "by"))
	for _, n := range []string{"ref", "council-after"} {
		_, ok := e.Value(n)
		assert.False(t, ok, "no %s", n)
	}

	s, err = implementation.ReviewDecision(cd, d("2031-06-01"))
	require.NoError(t, err)
	e = s.Explain()
	assert.Equal(t, "none", value(t, e, "act"), "no act yet: subject to approval or modification")
	assert.True(t, e.Date.IsZero())
	_, ok := e.Value("by")
	assert.False(t, ok)
	assert.Equal(t, convention.Cite(convention.ArtReview, 1), e.Cite)
}

// Implementation art., para. 1: the explanation of a self-assessment lists
// the binding obligations as duties, what the State lacks as violations,
// and never an option ("may", "should") among either.
func TestReportExplainDutiesAndViolations(t *testing.T) {
	var has convention.Set[implementation.Term]
	for _, e := range implementation.Catalogue() {
		has = has.With(e.Term)
	}
	has = has.Without(implementation.TermVictimsRights).Without(implementation.TermTrainingProgrammes).Without(implementation.TermStricterMeasures)
	r, err := implementation.SelfAssess(implementation.Assessment{Party: convention.MustPartyID("KEN"), Has: has,
		NotRequired: convention.SetOf(implementation.TermTrainingProgrammes)})
	require.NoError(t, err)
	e := r.Explain()
	assert.Equal(t, convention.NotSatisfied, e.Outcome)
	assert.Equal(t, convention.Cite(convention.ArtImplementation, 1), e.Cite)
	require.Len(t, e.Violations, 1)
	assert.Equal(t, "victims-rights", e.Violations[0].Name)
	names := map[string]bool{}
	for _, it := range e.Duties {
		names[it.Name] = true
	}
	assert.True(t, names["victims-rights"], "a lacking obligation is a duty")
	assert.True(t, names["implementing-measures"], "a met obligation is a duty")
	assert.False(t, names["stricter-measures"], "an option is never a duty")
	assert.False(t, names["mass-media"], "an option taken up is never a duty")
	assert.False(t, names["training-programmes"], "an excused obligation is not a duty the State bears")
	assert.Equal(t, "training-programmes", value(t, e, "excused"))
	assert.Equal(t, "stricter-measures", value(t, e, "may-choose"))
	assert.Contains(t, value(t, e, "has"), "mass-media")
	assert.Equal(t, "self-assessment of KEN", e.Decision)
}
