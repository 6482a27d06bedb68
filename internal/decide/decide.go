// Package decide holds the steps the decision functions of the library
// take to build a convention.Result: recording a test and its answer, a
// fact still needed, and what each needed fact would change. It is plumbing
// shared by the packages, not part of the API a case system uses.
package decide

import "github.com/treatyrules/cybercrime/convention"

// Test records that test t was applied and answered j, and returns j.
func Test[T convention.Term](r *convention.Result[T], t T, j convention.Judgement) convention.Judgement {
	r.Asked = r.Asked.With(t)
	switch j {
	case convention.Yes:
		r.Held = r.Held.With(t)
	case convention.Unassessed:
		r.Open = r.Open.With(t)
	}
	return j
}

// TestBool records that test t was applied and answered b, and returns b.
func TestBool[T convention.Term](r *convention.Result[T], t T, b bool) bool {
	Test(r, t, convention.Known(b))
	return b
}

// Need records that fact t is needed when j is Unassessed, and returns j.
func Need[T convention.Term](r *convention.Result[T], t T, j convention.Judgement) convention.Judgement {
	if j == convention.Unassessed {
		r.Needed = r.Needed.With(t)
	}
	return j
}

// ResolveNeeded records, for each needed fact (up to twelve), the outcome if
// it were assessed yes and if no. decide re-runs the decision with that one
// fact set, and must be pure. Decisions call it only when their outcome is
// Undetermined, so the common case costs nothing.
func ResolveNeeded[T convention.Term](r *convention.Result[T], decide func(fact T, j convention.Judgement) convention.Outcome) {
	r.Ifs = convention.WhatIfs[T]{}
	for t := range r.Needed.All() {
		if r.Ifs.Len() == 12 {
			break
		}
		r.Ifs = r.Ifs.With(convention.WhatIf[T]{Fact: t, IfYes: decide(t, convention.Yes), IfNo: decide(t, convention.No)})
	}
}
