package mla_test

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/mla"
)

// Every enumeration's doc comment lists exactly the words its text form
// accepts, so that what pkg.go.dev shows is what the JSON contract is.
func TestEnumDocsListExactlyTheirWords(t *testing.T) {
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	require.NoError(t, err)
	var files []*ast.File
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, n, nil, parser.ParseComments)
		require.NoError(t, err)
		files = append(files, f)
	}
	p, err := doc.NewFromFiles(fset, files, "github.com/treatyrules/cybercrime/mla")
	require.NoError(t, err)
	docs := map[string]string{}
	for _, ty := range p.Types {
		docs[ty.Name] = ty.Doc
	}
	words := regexp.MustCompile(`(?s)Words: (.*?)\.\n`)
	for name, want := range map[string][]string{
		"Purpose":         mla.PurposeWords(),
		"Nature":          mla.NatureWords(),
		"SubjectKind":     mla.SubjectKindWords(),
		"Channel":         mla.ChannelWords(),
		"Form":            mla.FormWords(),
		"Regime":          mla.RegimeWords(),
		"Action":          mla.ActionWords(),
		"Basis":           mla.BasisWords(),
		"Conductor":       mla.ConductorWords(),
		"Role":            mla.RoleWords(),
		"TransferPurpose": mla.TransferPurposeWords(),
	} {
		m := words.FindStringSubmatch(docs[name])
		require.NotNil(t, m, "%s's doc lists no words", name)
		got := strings.Split(strings.Join(strings.Fields(m[1]), " "), ", ")
		assert.Equal(t, want, got, name)
	}
}
