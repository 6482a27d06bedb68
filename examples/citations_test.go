package examples_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
	"github.com/treatyrules/cybercrime/implementation"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/preservation"
)

// citesEncoded checks every term of one vocabulary: its paragraph is in the
// registry, and the registry marks that paragraph as encoded.
func citesEncoded[T convention.Term](t *testing.T, pkg string) {
	t.Helper()
	terms := convention.TermsOf[T]()
	assert.NotEmpty(t, terms, pkg)
	for _, x := range terms {
		c := x.Describe().Cite
		p, ok := convention.LookupProvision(c)
		if !assert.True(t, ok, "%s term %q cites %s, which the registry lacks", pkg, x.Describe().Name, c) {
			continue
		}
		if c.Para() == 0 && c.Article().Paragraphs() > 0 {
			continue // the article as a whole
		}
		assert.True(t, p.Encoded(), "%s term %q cites %s, which the registry marks as not encoded", pkg, x.Describe().Name, c)
	}
}

// Every rule of the library cites a paragraph the provision registry lists
// and marks as encoded.
func TestEveryTermCitesAnEncodedParagraph(t *testing.T) {
	citesEncoded[convention.Clause](t, "convention")
	citesEncoded[convention.Final](t, "convention")
	citesEncoded[mla.Term](t, "mla")
	citesEncoded[preservation.Term](t, "preservation")
	citesEncoded[extradition.Term](t, "extradition")
	citesEncoded[implementation.Term](t, "implementation")
	citesEncoded[confiscation.Term](t, "confiscation")
}

// Every validation rule of the library cites a registered paragraph.
func TestEveryValidationRuleCitesARegisteredParagraph(t *testing.T) {
	tables := map[string][]convention.RuleInfo{
		"convention.ActionRules":         convention.ActionRules(),
		"convention.LedgerRules":         convention.LedgerRules(),
		"convention.VoteRules":           convention.VoteRules(),
		"convention.VoteLedgerRules":     convention.VoteLedgerRules(),
		"convention.DisputeRules":        convention.DisputeRules(),
		"mla.Rules":                      mla.Rules(),
		"mla.ContentRules":               mla.ContentRules(),
		"mla.ResponseRules":              mla.ResponseRules(),
		"mla.StayRules":                  mla.StayRules(),
		"preservation.Rules":             preservation.Rules(),
		"extradition.Rules":              extradition.Rules(),
		"implementation.ChecklistRules":  implementation.ChecklistRules(),
		"implementation.AssessmentRules": implementation.AssessmentRules(),
		"implementation.DecisionRules":   implementation.DecisionRules(),
	}
	for name, rules := range tables {
		assert.NotEmpty(t, rules, name)
		for _, r := range rules {
			assert.True(t, convention.Registered(r.Cite), "%s: rule on %s cites %s, which the registry lacks", name, r.Field, r.Cite)
			assert.NotEmpty(t, r.Field, "%s: a rule names its field", name)
		}
	}
}
