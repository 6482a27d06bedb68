package implementationtest_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
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
