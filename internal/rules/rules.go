// Package rules runs the validation tables of the library's request types:
// each rule names the paragraph it applies, the field it looks at and the
// operative words it quotes, and a test. Every rule runs, without stopping
// at the first failure, under one recover per run, so that a defective
// input gets every problem at once and never a panic. It is plumbing shared
// by the packages; each package exports its table read-only as
// []convention.RuleInfo.
package rules

import (
	"fmt"

	"github.com/treatyrules/cybercrime/convention"
)

// Check is one validation rule of a value of type T.
type Check[T any] struct {
	Cite  convention.Citation
	Field string
	// Quote is the operative words of the paragraph.
	Quote string
	// Test returns nil when v satisfies the rule, and otherwise a detail
	// (or "") and the sentinel (convention.ErrMissing, ErrInvalid, ...).
	Test func(v T) (detail string, err error)
}

// Info returns the rule's description.
func (c Check[T]) Info() convention.RuleInfo {
	return convention.RuleInfo{Cite: c.Cite, Field: c.Field, Quote: c.Quote}
}

// Infos returns the descriptions of the checks, in table order.
func Infos[T any](checks []Check[T]) []convention.RuleInfo {
	out := make([]convention.RuleInfo, len(checks))
	for i, c := range checks {
		out[i] = c.Info()
	}
	return out
}

// Run applies every check to v and returns the Problems sorted by citation
// (nil when there are none). A check that panics is reported as
// convention.ErrInvalid rather than crashing the caller.
func Run[T any](v T, checks []Check[T]) convention.Problems {
	var ps convention.Problems
	for i := 0; i < len(checks); {
		i = runFrom(v, checks, i, &ps)
	}
	ps.Sort()
	return ps
}

// Passes reports whether v satisfies every check, without building
// Problems: the fast path for valid input.
func Passes[T any](v T, checks []Check[T]) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	for _, c := range checks {
		if _, err := c.Test(v); err != nil {
			return false
		}
	}
	return true
}

func runFrom[T any](v T, checks []Check[T], start int, ps *convention.Problems) (next int) {
	i := start
	defer func() {
		if r := recover(); r != nil {
			c := checks[i]
			*ps = append(*ps, convention.Problem{Field: c.Field, Cite: c.Cite, Err: convention.ErrInvalid, Detail: fmt.Sprint("check failed: ", r), Quote: c.Quote})
			next = i + 1
		}
	}()
	for ; i < len(checks); i++ {
		c := checks[i]
		if detail, err := c.Test(v); err != nil {
			*ps = append(*ps, convention.Problem{Field: c.Field, Cite: c.Cite, Err: err, Detail: detail, Quote: c.Quote})
		}
	}
	return len(checks)
}

// OK is the passing result of a Test.
func OK() (string, error) { return "", nil }
