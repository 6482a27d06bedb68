package extradition_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
)

// exported returns the package's exported identifiers: top-level names and
// methods as "Type.Method".
func exported(t *testing.T) map[string]bool {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	require.NoError(t, err)
	out := map[string]bool{}
	for _, f := range pkgs["extradition"].Files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				name := d.Name.Name
				if d.Recv != nil {
					typ := d.Recv.List[0].Type
					if s, ok := typ.(*ast.StarExpr); ok {
						typ = s.X
					}
					name = typ.(*ast.Ident).Name + "." + name
				}
				out[name] = true
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						out[s.Name.Name] = true
					case *ast.ValueSpec:
						for _, n := range s.Names {
							out[n.Name] = true
						}
					}
				}
			}
		}
	}
	return out
}

// TestRegistryEncodingsExist: every identifier of this package that the
// registry names for the extradition article (and Cooperation paras. 2-3)
// exists and is exported; every paragraph is encoded or says why not.
func TestRegistryEncodingsExist(t *testing.T) {
	ids := exported(t)
	n := 0
	for _, p := range convention.Registry() {
		if p.Cite.Article() != convention.ArtExtradition {
			continue
		}
		n++
		assert.True(t, p.Encoded() || p.Reason != "", "%s: neither encoded nor explained", p.Cite)
		assert.NotEmpty(t, p.Summary, "%s", p.Cite)
		for _, e := range p.Encodings() {
			pkg, id, ok := strings.Cut(e, ".")
			require.True(t, ok, "%s: %q not package-qualified", p.Cite, e)
			if pkg != "extradition" {
				continue
			}
			assert.True(t, ids[id], "%s: extradition.%s does not exist", p.Cite, id)
			assert.True(t, ast.IsExported(strings.Split(id, ".")[0]), "%s: %s", p.Cite, id)
		}
	}
	assert.Equal(t, convention.ArtExtradition.Paragraphs(), n)
}

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
