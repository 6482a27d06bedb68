package preservation_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

func TestEveryTermCitationRegistered(t *testing.T) {
	names := map[string]bool{}
	prev := convention.Citation{}
	terms := preservation.Terms()
	require.NotEmpty(t, terms)
	assert.Less(t, len(terms), 128)
	for _, term := range terms {
		d := term.Describe()
		assert.True(t, convention.Registered(d.Cite), "%s: %s not registered", term, d.Cite)
		assert.True(t, d.Kind.IsValid(), "%s", term)
		assert.NotEmpty(t, d.Text, "%s", term)
		assert.Equal(t, strings.ToLower(d.Name), d.Name)
		assert.False(t, names[d.Name], "name %s twice", d.Name)
		names[d.Name] = true
		assert.True(t, d.Cite.Article() == convention.ArtPreservation || d.Cite.Article() == convention.ArtNetwork, "%s", term)
		assert.GreaterOrEqual(t, d.Cite.Compare(prev), 0, "%s is out of the order of the text", term)
		prev = d.Cite
		if d.Kind == convention.KindGround {
			assert.True(t, d.Optional, "the text has no mandatory grounds: %s", term)
		}
		if d.Kind == convention.KindTest || d.Kind == convention.KindFact {
			assert.True(t, strings.HasSuffix(d.Text, "?"), "%s asks a question", term)
		}
	}
}

func TestEveryRuleCitationRegistered(t *testing.T) {
	for _, r := range preservation.Rules() {
		assert.True(t, convention.Registered(r.Cite), "%s", r.Cite)
	}
}

func TestTermTextRoundTrip(t *testing.T) {
	for _, term := range preservation.Terms() {
		b, err := term.MarshalText()
		require.NoError(t, err)
		var back preservation.Term
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, term, back)
		assert.Equal(t, term.Describe().Cite, term.Cite())
	}
	var x preservation.Term
	assert.ErrorIs(t, x.UnmarshalText([]byte("bank-secrecy")), convention.ErrInvalid)
	assert.Equal(t, "Term(200)", preservation.Term(200).String())
	assert.Equal(t, convention.Description{}, preservation.Term(200).Describe())
	_, err := preservation.Term(200).MarshalText()
	assert.Error(t, err)
	_, err = preservation.TermUnknown.MarshalText()
	assert.Error(t, err)
}

func TestEnumTextRoundTrip(t *testing.T) {
	for _, a := range []preservation.Action{preservation.ActionUnknown, preservation.ActionPreserve, preservation.ActionRefuse} {
		b, err := a.MarshalText()
		require.NoError(t, err)
		var back preservation.Action
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, a, back)
	}
	for _, c := range []preservation.Capacity{preservation.CapacityUnknown, preservation.CapacityNone, preservation.CapacityFacilitate, preservation.CapacityCarryOut} {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back preservation.Capacity
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back)
	}
	var a preservation.Action
	assert.ErrorIs(t, a.UnmarshalText([]byte("grant")), convention.ErrInvalid)
	assert.Equal(t, "Action(7)", preservation.Action(7).String())
	assert.Equal(t, "Capacity(7)", preservation.Capacity(7).String())
	_, err := preservation.Capacity(7).MarshalText()
	assert.Error(t, err)
	_, err = preservation.Action(7).MarshalText()
	assert.Error(t, err)
}

// TestRegistryEncodingsExist parses the package and checks that every
// identifier of this package that the registry names for the Preservation
// and 24/7 network articles exists, and that every paragraph is encoded or has a Reason.
func TestRegistryEncodingsExist(t *testing.T) {
	declared := exportedIdentifiers(t, ".")
	found := 0
	for _, p := range convention.Registry() {
		if a := p.Cite.Article(); a != convention.ArtPreservation && a != convention.ArtNetwork {
			continue
		}
		found++
		assert.True(t, p.Encoded() || p.Reason != "", "%s: neither encoded nor given a reason", p.Cite)
		for _, id := range p.Encodings() {
			name, ok := strings.CutPrefix(id, "preservation.")
			if !ok {
				continue // another package's identifier, checked by the convention package's registry test
			}
			assert.True(t, declared[name], "%s: %s does not exist", p.Cite, id)
		}
	}
	assert.Equal(t, 13, found)
}

func exportedIdentifiers(t *testing.T, dir string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	require.NoError(t, err)
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		require.NoError(t, err)
		f, err := parser.ParseFile(fset, name, src, 0)
		require.NoError(t, err)
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					out[d.Name.Name] = true
					continue
				}
				typ := d.Recv.List[0].Type
				if s, ok := typ.(*ast.StarExpr); ok {
					typ = s.X
				}
				if id, ok := typ.(*ast.Ident); ok {
					out[id.Name+"."+d.Name.Name] = true
				}
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

func TestLinkCarriesWhatMLAPara3dNeeds(t *testing.T) {
	r := baseline()
	l := r.Link()
	assert.Equal(t, convention.CitePoint(convention.ArtMLA, 3, 'd'), l.Cite)
	assert.True(t, convention.Registered(l.Cite))
	assert.Equal(t, r.Ref, l.Preservation)
	assert.Equal(t, r.Case, l.Case)
	assert.Equal(t, fra, l.Requesting)
	assert.Equal(t, usa, l.Requested)
	assert.Equal(t, r.Offence, l.Offence)
	assert.Equal(t, r.Data, l.Data)
	assert.Equal(t, r.Custodian, l.Custodian)
	assert.True(t, l.Connects(r.Ref, fra, usa))
	assert.False(t, l.Connects(r.Ref, usa, fra), "roles swapped")
	assert.False(t, l.Connects("OTHER", fra, usa))
	r.Ref = ""
	assert.False(t, r.Link().Connects("", fra, usa), "no reference connects nothing")
	assert.True(t, preservation.Link{}.IsZero())
	assert.False(t, l.IsZero())
}
