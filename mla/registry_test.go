package mla_test

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
	"github.com/treatyrules/cybercrime/mla"
)

// exported returns the package's exported identifiers, with methods as
// "Type.Method".
func exported(t *testing.T) map[string]bool {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	require.NoError(t, err)
	out := map[string]bool{}
	for _, f := range pkgs["mla"].Files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				name := d.Name.Name
				if d.Recv != nil {
					typ := d.Recv.List[0].Type
					if s, ok := typ.(*ast.StarExpr); ok {
						typ = s.X
					}
					if ix, ok := typ.(*ast.IndexExpr); ok {
						typ = ix.X
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

// The registry entries of the MLA, Joint investigations and Law
// enforcement articles name identifiers that exist, and every paragraph
// is either encoded or carries a reason.
func TestRegistryEncodingsExist(t *testing.T) {
	ids := exported(t)
	n := 0
	for _, p := range convention.Registry() {
		switch p.Cite.Article() {
		case convention.ArtMLA, convention.ArtJointInvestigations, convention.ArtLawEnforcement:
		default:
			continue
		}
		n++
		assert.True(t, p.Encoded() || p.Reason != "", "%v neither encoded nor reasoned", p.Cite)
		for _, e := range p.Encodings() {
			if name, ok := strings.CutPrefix(e, "mla."); ok {
				assert.True(t, ids[name], "%v names %s, which does not exist", p.Cite, e)
			}
		}
	}
	assert.Equal(t, 32+1+3, n)
	// Every paragraph of the article that the package cites is registered.
	for _, x := range mla.Terms() {
		assert.True(t, convention.Registered(x.Describe().Cite))
	}
}
