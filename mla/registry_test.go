package mla_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// Every paragraph the package cites is one the provision registry lists.
// (That every identifier the registry names exists is checked for all
// packages by the convention package's registry test.)
func TestEveryTermCitesARegisteredParagraph(t *testing.T) {
	for _, x := range mla.Terms() {
		assert.True(t, convention.Registered(x.Describe().Cite), "%s cites %s", x, x.Describe().Cite)
	}
}
