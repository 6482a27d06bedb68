package preservation_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/preservation"
)

// typeDoc returns the doc comment of the type named name in the package's
// source files.
func typeDoc(t *testing.T, name string) string {
	t.Helper()
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, parser.ParseComments)
	require.NoError(t, err)
	for _, pkg := range pkgs {
		for _, f := range pkg.Files {
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.TYPE {
					continue
				}
				for _, s := range g.Specs {
					if ts := s.(*ast.TypeSpec); ts.Name.Name == name && g.Doc != nil {
						return g.Doc.Text()
					}
				}
			}
		}
	}
	t.Fatalf("no doc comment for type %s", name)
	return ""
}

// listedWords returns the quoted words of the doc's sentence that begins
// "Its words".
func listedWords(doc string) []string {
	doc = strings.Join(strings.Fields(doc), " ")
	i := strings.Index(doc, "Its words")
	if i < 0 {
		return nil
	}
	sentence := doc[i:]
	if j := strings.Index(sentence, ". "); j >= 0 {
		sentence = sentence[:j]
	}
	var out []string
	for _, m := range regexp.MustCompile(`"([a-z0-9-]+)"`).FindAllStringSubmatch(sentence, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestEnumDocsListTheirWords: each enumeration's doc comment lists exactly
// the words it accepts, one spelling everywhere (String, text, JSON).
func TestEnumDocsListTheirWords(t *testing.T) {
	assert.Equal(t, preservation.ActionWords(), listedWords(typeDoc(t, "Action")))
	assert.Equal(t, preservation.CapacityWords(), listedWords(typeDoc(t, "Capacity")))
	for _, w := range preservation.TermWords() {
		var term preservation.Term
		require.NoError(t, term.UnmarshalText([]byte(w)))
		assert.Equal(t, w, term.String())
	}
	assert.Len(t, preservation.TermWords(), len(preservation.Terms()))
}
