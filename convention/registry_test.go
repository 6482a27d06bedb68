package convention_test

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
)

func TestRegistryListsEveryParagraphOfEveryArticle(t *testing.T) {
	byArticle := map[convention.Article][]int{}
	seen := map[convention.Citation]bool{}
	for _, p := range convention.Registry() {
		require.False(t, seen[p.Cite], "%s listed twice", p.Cite)
		seen[p.Cite] = true
		assert.Zero(t, p.Cite.PointLetter(), "%s: the registry lists paragraphs, not points", p.Cite)
		byArticle[p.Cite.Article()] = append(byArticle[p.Cite.Article()], p.Cite.Para())
	}
	for _, a := range convention.Articles() {
		var want []int
		if n := a.Paragraphs(); n == 0 {
			want = []int{0}
		} else {
			for i := 1; i <= n; i++ {
				want = append(want, i)
			}
		}
		assert.Equal(t, want, byArticle[a], "%s", a)
	}
}

func TestRegistryEntriesHaveAnEncodingOrAReason(t *testing.T) {
	for _, p := range convention.Registry() {
		assert.NotEmpty(t, p.Summary, "%s: summary", p.Cite)
		assert.True(t, p.Strength.IsValid(), "%s: strength", p.Cite)
		assert.True(t, p.Encoded() || strings.TrimSpace(p.Reason) != "", "%s has neither an encoding nor a reason", p.Cite)
	}
}

func TestRegistryRecordsTheKnownDraftingSlips(t *testing.T) {
	notes := map[convention.Citation]string{}
	for _, p := range convention.DraftingNotes() {
		notes[p.Cite] = p.Note
	}
	assert.Contains(t, notes[convention.Cite(convention.ArtConfiscation, 3)], "paragraph 16",
		"Confiscation art., para. 3 points to MLA para. 15 for a request's contents, which para. 16 lists")
	assert.Contains(t, notes[convention.Cite(convention.ArtAmendment, 1)], "Conference of the Parties",
		"the amendment article relies on a body the mechanism chapter never creates")
	assert.Contains(t, notes[convention.Cite(convention.ArtEntryIntoForce, 2)], "whichever is later")
}

func TestRegisteredChecksPointsAndItems(t *testing.T) {
	assert.True(t, convention.Registered(convention.CitePoint(convention.ArtMLA, 22, 'e')))
	assert.False(t, convention.Registered(convention.CitePoint(convention.ArtMLA, 22, 'f')), "para. 22 has points (a) to (e)")
	assert.True(t, convention.Registered(convention.CitePoint(convention.ArtMLA, 3, 'm')))
	assert.False(t, convention.Registered(convention.CitePoint(convention.ArtMLA, 3, 'n')))
	assert.False(t, convention.Registered(convention.Cite(convention.ArtMLA, 33)))
	assert.False(t, convention.Registered(convention.CitePoint(convention.ArtMLA, 9, 'a')), "para. 9 has no points")
	assert.True(t, convention.Registered(convention.CitePoint(convention.ArtFunctions, 1, 'b').Item(5)))
	assert.False(t, convention.Registered(convention.CitePoint(convention.ArtFunctions, 1, 'b').Item(6)))
	assert.False(t, convention.Registered(convention.CitePoint(convention.ArtFunctions, 1, 'a').Item(1)))
	assert.True(t, convention.Registered(convention.CitePoint(convention.ArtLawEnforcement, 1, 'b').Item(3)))
	assert.True(t, convention.Registered(convention.CitePoint(convention.ArtPrivateSector, 0, 'b')))
	assert.True(t, convention.Registered(convention.Cite(convention.ArtMLA, 0)), "a whole article")
	assert.False(t, convention.Registered(convention.Citation{}))
}

func TestRegistryPointCountsMatchTheText(t *testing.T) {
	for c, n := range map[convention.Citation]int{
		convention.Cite(convention.ArtExtradition, 5):    2,
		convention.Cite(convention.ArtPreservation, 2):   6,
		convention.Cite(convention.ArtPreservation, 5):   2,
		convention.Cite(convention.ArtMLA, 3):            13,
		convention.Cite(convention.ArtMLA, 11):           2,
		convention.Cite(convention.ArtMLA, 12):           4,
		convention.Cite(convention.ArtMLA, 16):           6,
		convention.Cite(convention.ArtMLA, 22):           5,
		convention.Cite(convention.ArtMLA, 30):           2,
		convention.Cite(convention.ArtNetwork, 2):        2,
		convention.Cite(convention.ArtConfiscation, 3):   3,
		convention.Cite(convention.ArtTraining, 1):       6,
		convention.Cite(convention.ArtSociety, 1):        5,
		convention.Cite(convention.ArtInformation, 1):    4,
		convention.Cite(convention.ArtLawEnforcement, 1): 5,
	} {
		p, ok := convention.LookupProvision(c)
		require.True(t, ok, "%s", c)
		assert.Equal(t, n, p.Points, "%s", c)
	}
}

func TestConventionTermsCiteRegisteredParagraphs(t *testing.T) {
	for _, c := range convention.TermsOf[convention.Clause]() {
		assert.True(t, convention.Registered(c.Describe().Cite), "%s cites %s", c, c.Describe().Cite)
	}
}

// pending lists packages whose encodings are not yet written; the registry
// may name their identifiers ahead of them.
var pending = map[string]bool{}

// TestRegistryEncodingsNameRealIdentifiers parses the library's packages and
// checks that every identifier the registry names as an encoding exists:
// a package-level function, type, variable or constant, or a method.
func TestRegistryEncodingsNameRealIdentifiers(t *testing.T) {
	decls := map[string]map[string]bool{}
	load := func(pkg string) map[string]bool {
		if m, ok := decls[pkg]; ok {
			return m
		}
		m := map[string]bool{}
		decls[pkg] = m
		dir := filepath.Join("..", pkg)
		if pkg == "convention" {
			dir = "."
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return m
		}
		fset := token.NewFileSet()
		for _, e := range entries {
			name := e.Name()
			if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
			require.NoError(t, err)
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil {
						m[d.Name.Name] = true
						continue
					}
					typ := d.Recv.List[0].Type
					if s, ok := typ.(*ast.StarExpr); ok {
						typ = s.X
					}
					if ix, ok := typ.(*ast.IndexExpr); ok {
						typ = ix.X
					}
					if id, ok := typ.(*ast.Ident); ok {
						m[id.Name+"."+d.Name.Name] = true
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						switch s := s.(type) {
						case *ast.TypeSpec:
							m[s.Name.Name] = true
						case *ast.ValueSpec:
							for _, n := range s.Names {
								m[n.Name] = true
							}
						}
					}
				}
			}
		}
		return m
	}
	for _, p := range convention.Registry() {
		for _, id := range p.Encodings() {
			pkg, name, ok := strings.Cut(id, ".")
			if !assert.True(t, ok, "%s: encoding %q is not package-qualified", p.Cite, id) {
				continue
			}
			if pending[pkg] {
				continue
			}
			assert.True(t, load(pkg)[name], "%s: encoding %q names no declared identifier", p.Cite, id)
			for _, part := range strings.Split(name, ".") {
				assert.True(t, ast.IsExported(part), "%s: encoding %q is not exported", p.Cite, id)
			}
		}
	}
}
