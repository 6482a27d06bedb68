package implementationtest_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/implementation"
	"github.com/treatyrules/cybercrime/implementation/implementationtest"
)

func TestAssessmentGeneratorContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		require.NoError(t, implementationtest.Assessment().Draw(t, "Assessment").Validate())
		b := implementationtest.BrokenAssessment().Draw(t, "Broken")
		require.Equal(t, b.Want, convention.AsProblems(b.Value.Validate()).Cites())
	})
}

func TestChecklistGeneratorContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		require.NoError(t, implementationtest.Checklist().Draw(t, "Checklist").Validate())
		b := implementationtest.BrokenChecklist().Draw(t, "Broken")
		require.Equal(t, b.Want, convention.AsProblems(b.Value.Validate()).Cites())
	})
}

func TestDecisionGeneratorContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		require.NoError(t, implementationtest.Decision().Draw(t, "Decision").Validate())
		b := implementationtest.BrokenDecision().Draw(t, "Broken")
		require.Equal(t, b.Want, convention.AsProblems(b.Value.Validate()).Cites())
	})
}

// Qualified lists the binding obligations whose qualifier leaves their
// reach to the State ("to the extent necessary", "where appropriate"):
// never an option, never an obligation without a qualifier.
func TestQualifiedAreBindingAndQualified(t *testing.T) {
	q := map[implementation.Term]bool{}
	for _, term := range implementationtest.Qualified() {
		q[term] = true
	}
	assert.True(t, q[implementation.TermTrainingProgrammes], "shall, to the extent necessary")
	assert.True(t, q[implementation.TermAssistanceDeveloping], "shall make concrete efforts (endeavour), to the extent possible")
	assert.True(t, q[implementation.TermSocietyReportingAccess], "shall, where appropriate")
	assert.False(t, q[implementation.TermVictimsRights], "shall, no qualifier")
	for _, e := range implementation.Catalogue() {
		if e.Strength == convention.May || e.Strength == convention.Encouraged {
			assert.False(t, q[e.Term], "%s is an option", e.Term)
		}
		if e.Qualifier == "" {
			assert.False(t, q[e.Term], "%s has no qualifier", e.Term)
		}
	}
}
