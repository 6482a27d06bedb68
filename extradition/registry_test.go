package extradition_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/treatyrules/cybercrime/convention"
)

// TestEveryEncodedParagraphIsCited: every paragraph the registry says this
// package encodes is cited by a term or a rule.
func TestEveryEncodedParagraphIsCited(t *testing.T) {
	cited := map[convention.Citation]bool{}
	for _, r := range extraditionCitations() {
		cited[r.Paragraph()] = true
	}
	for _, p := range convention.Registry() {
		if p.Cite.Article() != convention.ArtExtradition || !strings.Contains(p.Encoding, "extradition.") {
			continue
		}
		assert.True(t, cited[p.Cite], "%s is encoded but nothing cites it", p.Cite)
	}
}
