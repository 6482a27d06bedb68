package extradition_test

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/extradition"
)

// typeDocs returns the doc comment of every type the package declares.
func typeDocs(t *testing.T) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, parser.ParseComments)
	require.NoError(t, err)
	files := make([]*ast.File, 0)
	for _, f := range pkgs["extradition"].Files {
		files = append(files, f)
	}
	p, err := doc.NewFromFiles(fset, files, "github.com/treatyrules/cybercrime/extradition")
	require.NoError(t, err)
	out := map[string]string{}
	for _, ty := range p.Types {
		out[ty.Name] = ty.Doc
	}
	return out
}

// TestEnumDocsListTheirWords: every enumeration's doc comment lists exactly
// the words it accepts, in order ("Words: a, b."), so that the JSON
// contract is readable where it is declared and never drifts from the code.
func TestEnumDocsListTheirWords(t *testing.T) {
	docs := typeDocs(t)
	var terms []string
	for _, x := range extradition.Terms() {
		terms = append(terms, x.String())
	}
	for typ, words := range map[string][]string{
		"Purpose":      extradition.PurposeWords(),
		"Measure":      extradition.MeasureWords(),
		"Notification": extradition.NotificationWords(),
		"Basis":        extradition.BasisWords(),
		"Action":       extradition.ActionWords(),
		"Term":         terms,
	} {
		d := strings.Join(strings.Fields(docs[typ]), " ")
		assert.Contains(t, d, "Words: "+strings.Join(words, ", ")+".", "%s's doc comment lists its words", typ)
	}
}
