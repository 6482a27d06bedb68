package mla_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/examples/casebook"
)

// TestMLACasebook runs the casebook's cases on this package
// (examples/casebook/cases/mla): legal cases written from the text, each
// with the paragraph it decides and the words that decide it in its notes.
// Running them here makes them part of this package's tests, so that a
// rule encoded wrongly fails a case a lawyer can read.
func TestMLACasebook(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "examples", "casebook", "cases", "mla", "*.json"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 100)
	for _, name := range files {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		r := casebook.Run(filepath.Base(name), b)
		require.NoError(t, r.Err, name)
		assert.Empty(t, r.Differences, "%s: %s", r.Case.ID, r.Case.Title)
	}
}
