package rules_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/rules"
)

type req struct{ A, B string }

var checks = []rules.Check[req]{
	{Cite: convention.CitePoint(convention.ArtMLA, 16, 'b'), Field: "B", Quote: "the subject matter",
		Test: func(r req) (string, error) {
			if r.B == "" {
				return "", convention.ErrMissing
			}
			return rules.OK()
		}},
	{Cite: convention.CitePoint(convention.ArtMLA, 16, 'a'), Field: "A", Quote: "the identity of the authority",
		Test: func(r req) (string, error) {
			if r.A == "" {
				return "the requesting authority", convention.ErrMissing
			}
			return rules.OK()
		}},
	{Cite: convention.Cite(convention.ArtMLA, 15), Field: "A", Quote: "a language acceptable",
		Test: func(r req) (string, error) {
			if r.A == "panic" {
				var xs []int
				_ = xs[len(r.A)] // a buggy check must not crash the caller
			}
			return rules.OK()
		}},
}

func TestRunReportsEveryProblemSortedAndSurvivesAPanic(t *testing.T) {
	ps := rules.Run(req{A: "panic"}, checks)
	require.Len(t, ps, 2)
	assert.Equal(t, "MLA art., para. 15: A: invalid: check failed: runtime error: index out of range [5] with length 0", ps[0].Error())
	assert.Equal(t, "B", ps[1].Field)
	ps = rules.Run(req{}, checks)
	require.Len(t, ps, 2)
	assert.Equal(t, "MLA art., para. 16(a): A: missing: the requesting authority", ps[0].Error(), "sorted by citation")
	assert.Equal(t, "the identity of the authority", ps[0].Quote, "a problem quotes the words of the rule it breaks")
	assert.Nil(t, rules.Run(req{A: "x", B: "y"}, checks))
	assert.True(t, rules.Passes(req{A: "x", B: "y"}, checks))
	assert.False(t, rules.Passes(req{A: "panic", B: "y"}, checks), "a panicking check does not pass")
	assert.False(t, rules.Passes(req{}, checks))
	assert.Equal(t, convention.RuleInfo{Cite: convention.CitePoint(convention.ArtMLA, 16, 'a'), Field: "A", Quote: "the identity of the authority"}, rules.Infos(checks)[1])
}
