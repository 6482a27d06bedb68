package decide_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
)

func TestRecordingTestsNeedsAndWhatIfs(t *testing.T) {
	var r convention.Result[convention.Clause]
	assert.Equal(t, convention.Yes, decide.Test(&r, convention.ClauseCriminalRequesting, convention.Yes))
	assert.False(t, decide.TestBool(&r, convention.ClauseDualRequired, false))
	j := decide.Need(&r, convention.ClauseCriminalRequested, decide.Test(&r, convention.ClauseCriminalRequested, convention.Unassessed))
	assert.Equal(t, convention.Unassessed, j)
	assert.Equal(t, convention.Yes, r.Answer(convention.ClauseCriminalRequesting))
	assert.Equal(t, convention.No, r.Answer(convention.ClauseDualRequired))
	assert.Equal(t, convention.Unassessed, r.Answer(convention.ClauseCriminalRequested))
	assert.True(t, r.Needed.Has(convention.ClauseCriminalRequested))
	decide.ResolveNeeded(&r, func(_ convention.Clause, j convention.Judgement) convention.Outcome {
		if j == convention.Yes {
			return convention.Satisfied
		}
		return convention.NotSatisfied
	})
	w, ok := r.WhatIf(convention.ClauseCriminalRequested)
	assert.True(t, ok)
	assert.Equal(t, convention.Satisfied, w.IfYes)
	assert.Equal(t, convention.NotSatisfied, w.IfNo)
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		var r convention.Result[convention.Clause]
		decide.Need(&r, convention.ClauseBelief, decide.Test(&r, convention.ClauseBelief, convention.Unassessed))
		decide.ResolveNeeded(&r, func(convention.Clause, convention.Judgement) convention.Outcome { return convention.Undetermined })
	}))
}
