package confiscation_test

import (
	"encoding"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// Every term is described, with a registered citation, a unique name and
// words; mirrored terms describe themselves exactly as their mla term.
func TestTermsDescribedAndRegistered(t *testing.T) {
	names := map[string]confiscation.Term{}
	for _, x := range confiscation.Terms() {
		dsc := x.Describe()
		assert.True(t, convention.Registered(dsc.Cite), "%v cites unregistered %v", x, dsc.Cite)
		assert.NotEmpty(t, dsc.Text, "%v", x)
		assert.Equal(t, strings.ToLower(dsc.Name), dsc.Name)
		if prev, dup := names[dsc.Name]; dup {
			t.Errorf("%v and %v share the name %q", prev, x, dsc.Name)
		}
		names[dsc.Name] = x
		if m := x.MLA(); m != mla.TermUnknown {
			assert.Equal(t, m.Describe(), dsc, "%v mirrors %v", x, m)
			assert.Equal(t, m.String(), x.String())
		}
		if dsc.Kind == convention.KindTest {
			assert.NotEmpty(t, dsc.Uses, "%v names no input", x)
		}
		got, ok := convention.TermNamed[confiscation.Term](dsc.Name)
		assert.True(t, ok)
		assert.Equal(t, x, got)
	}
	assert.Equal(t, confiscation.Term(0), confiscation.TermUnknown)
	assert.Equal(t, convention.Description{}, confiscation.Term(200).Describe())
	assert.Equal(t, "Term(200)", confiscation.Term(200).String())
	assert.Less(t, len(confiscation.Terms()), 128)
}

// The ground sets hold grounds only; barred grounds are never refusal or
// lifting grounds.
func TestGroundSets(t *testing.T) {
	for _, s := range []confiscation.Set{confiscation.RefusalGrounds(), confiscation.LiftGrounds(), confiscation.BarredGrounds()} {
		for g := range s.All() {
			assert.Equal(t, convention.KindGround, g.Describe().Kind, "%v", g)
		}
	}
	assert.True(t, confiscation.RefusalGrounds().Intersect(confiscation.BarredGrounds()).IsEmpty())
	assert.True(t, confiscation.LiftGrounds().Intersect(confiscation.BarredGrounds()).IsEmpty())
}

// Para. 7: "Cooperation under this article may also be refused or
// provisional measures lifted if the requested State Party did not receive
// sufficient and timely evidence or if the property is of a de minimis
// value". Those two grounds lift a measure; "may be refused ... if the
// offence ... is not an offence established under this Convention" and the
// grounds of MLA art., paras. 10 and 22 refuse only. Para. 4 (domestic law
// or a treaty requires it) and the savings clauses (Cooperation art., para.
// 3; para. 9) leave no obligation to continue a measure.
func TestPara7OnlyEvidenceAndDeMinimisOfPara7LiftAMeasure(t *testing.T) {
	want := convention.SetOf(confiscation.GroundDiscrimination, confiscation.GroundLiftRequired,
		confiscation.GroundEvidence, confiscation.GroundDeMinimisValue, confiscation.GroundThirdParties)
	assert.Equal(t, want, confiscation.LiftGrounds())
	for _, g := range []confiscation.Term{confiscation.GroundNotEstablished, confiscation.GroundDualCriminality,
		confiscation.GroundDeMinimis, confiscation.GroundOtherProvisions, confiscation.GroundNonConformity,
		confiscation.GroundEssentialInterests, confiscation.GroundDomesticProhibition, confiscation.GroundDisproportionate,
		confiscation.GroundLegalSystem} {
		assert.True(t, confiscation.RefusalGrounds().Has(g), "%v refuses", g)
		assert.False(t, confiscation.LiftGrounds().Has(g), "%v must not lift a provisional measure", g)
	}
	for _, g := range []confiscation.Term{confiscation.GroundEvidence, confiscation.GroundDeMinimisValue} {
		assert.True(t, confiscation.RefusalGrounds().Has(g), "%v: \"may also be refused\"", g)
		assert.True(t, confiscation.LiftGrounds().Has(g), "%v: \"or provisional measures lifted\"", g)
	}
}

type textEnum interface {
	encoding.TextMarshaler
	String() string
}

// Every enumeration's declared values round-trip through their text, an
// undeclared value prints as Type(n) and an unknown token is rejected.
func TestEnumerationsRoundTrip(t *testing.T) {
	check := func(name string, n int, mk func(int) textEnum, parse func([]byte) (textEnum, error)) {
		for i := 0; i < n; i++ {
			v := mk(i)
			b, err := v.MarshalText()
			require.NoError(t, err, "%s(%d)", name, i)
			back, err := parse(b)
			require.NoError(t, err)
			assert.Equal(t, v, back)
		}
		assert.Equal(t, name+"(77)", mk(77).String())
		_, err := mk(77).MarshalText()
		assert.ErrorIs(t, err, convention.ErrInvalid)
		_, err = parse([]byte("no-such-token"))
		assert.ErrorIs(t, err, convention.ErrInvalid)
		assert.Contains(t, err.Error(), `"no-such-token"`)
	}
	check("Kind", 4, func(i int) textEnum { return confiscation.Kind(i) },
		func(b []byte) (textEnum, error) { var v confiscation.Kind; err := v.UnmarshalText(b); return v, err })
	check("Basis", 6, func(i int) textEnum { return confiscation.Basis(i) },
		func(b []byte) (textEnum, error) { var v confiscation.Basis; err := v.UnmarshalText(b); return v, err })
	check("Category", 5, func(i int) textEnum { return confiscation.Category(i) },
		func(b []byte) (textEnum, error) {
			var v confiscation.Category
			err := v.UnmarshalText(b)
			return v, err
		})
	check("OrderType", 4, func(i int) textEnum { return confiscation.OrderType(i) },
		func(b []byte) (textEnum, error) {
			var v confiscation.OrderType
			err := v.UnmarshalText(b)
			return v, err
		})
	check("Route", 6, func(i int) textEnum { return confiscation.Route(i) },
		func(b []byte) (textEnum, error) { var v confiscation.Route; err := v.UnmarshalText(b); return v, err })
	check("Action", 8, func(i int) textEnum { return confiscation.Action(i) },
		func(b []byte) (textEnum, error) { var v confiscation.Action; err := v.UnmarshalText(b); return v, err })
}

func TestKindsJSONAndCitations(t *testing.T) {
	all := confiscation.KindsOf(confiscation.KindProvisional, confiscation.KindObtainOrder, confiscation.KindEnforceOrder)
	b, err := json.Marshal(all)
	require.NoError(t, err)
	assert.JSONEq(t, `["obtain-order","enforce-order","provisional-measures"]`, string(b))
	var back confiscation.Kinds
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, all, back)
	assert.ErrorIs(t, json.Unmarshal([]byte(`["seize"]`), &back), convention.ErrInvalid)
	assert.ErrorIs(t, json.Unmarshal([]byte(`[""]`), &back), convention.ErrInvalid)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{}`), &back), convention.ErrInvalid)
	assert.Equal(t, citePoint(1, 'a'), confiscation.KindObtainOrder.Cite())
	assert.Equal(t, citePoint(1, 'b'), confiscation.KindEnforceOrder.Cite())
	assert.Equal(t, cite(2), confiscation.KindProvisional.Cite())
	assert.Equal(t, citePoint(3, 'c'), confiscation.KindProvisional.Contents())
	assert.True(t, confiscation.Kind(9).Cite().IsZero())
	assert.True(t, confiscation.Kind(9).Contents().IsZero())
	assert.Equal(t, all, all.With(confiscation.Kind(9)))
	assert.False(t, all.Without(confiscation.KindObtainOrder).Has(confiscation.KindObtainOrder))
	assert.True(t, confiscation.Kinds(1<<7).IsEmpty())
	assert.False(t, confiscation.Kinds(1<<7).IsValid())
	assert.Equal(t, convention.Unassessed, confiscation.BasisUnknown.WithoutConviction())
	assert.Equal(t, convention.No, confiscation.BasisConviction.WithoutConviction())
	assert.Equal(t, convention.Yes, confiscation.BasisFlight.WithoutConviction())
	assert.Equal(t, convention.Unassessed, confiscation.Basis(40).WithoutConviction())
}

// exported returns the package's exported identifiers, with methods as
// "Type.Method".
func exported(t *testing.T) map[string]bool {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	require.NoError(t, err)
	out := map[string]bool{}
	for _, f := range pkgs["confiscation"].Files {
		for _, decl := range f.Decls {
			switch dc := decl.(type) {
			case *ast.FuncDecl:
				name := dc.Name.Name
				if dc.Recv != nil {
					typ := dc.Recv.List[0].Type
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
				for _, s := range dc.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						out[s.Name.Name] = true
					case *ast.ValueSpec:
						for _, nm := range s.Names {
							out[nm.Name] = true
						}
					}
				}
			}
		}
	}
	return out
}

// The registry entries of the Recovery and Confiscation arts. name
// identifiers that exist, and every paragraph is encoded or reasoned.
func TestRegistryEncodingsExist(t *testing.T) {
	ids := exported(t)
	count := 0
	for _, p := range convention.Registry() {
		if a := p.Cite.Article(); a != convention.ArtRecovery && a != convention.ArtConfiscation {
			continue
		}
		count++
		assert.True(t, p.Encoded() || p.Reason != "", "%v neither encoded nor reasoned", p.Cite)
		for _, e := range p.Encodings() {
			if name, ok := strings.CutPrefix(e, "confiscation."); ok {
				assert.True(t, ids[name], "%v names %s, which does not exist", p.Cite, e)
			}
		}
	}
	assert.Equal(t, 2+10, count)
	var notes int
	for _, p := range convention.DraftingNotes() {
		if p.Cite.Article() == convention.ArtConfiscation && p.Cite.Para() == 3 {
			notes++
			assert.Contains(t, p.Note, "paragraph 16")
		}
	}
	assert.Equal(t, 1, notes, "the para. 3 drafting note on the MLA paragraph referred to")
}

// Para. 1: out of scope, the decision carries none of the duties of paras.
// 1, 2 and 8; its JSON form is its explanation.
func TestPara1NoJurisdictionNoDuties(t *testing.T) {
	f := baseFacts()
	f.Jurisdiction = convention.No
	dec, err := confiscation.Assess(baseRequest(), baseProfile(), f)
	require.NoError(t, err)
	assert.Equal(t, convention.NotApplicable, dec.Outcome)
	for _, x := range []confiscation.Term{confiscation.DutyConfiscate, confiscation.DutyIdentifyTrace, confiscation.DutyFreezeSeize, confiscation.DutyOpportunity, confiscation.DutyConsiderPreservation} {
		assert.False(t, dec.Duties.Has(x), "%v", x)
	}
	b, err := json.Marshal(dec)
	require.NoError(t, err)
	var e convention.Explanation
	require.NoError(t, json.Unmarshal(b, &e))
	assert.Equal(t, "assessment", e.Decision)
	assert.Equal(t, convention.NotApplicable, e.Outcome)
	assert.Equal(t, cite(1), e.Cite)
}

// The terms of the MLA art. and of Cooperation art., para. 3, applied
// mutatis mutandis, mirror the mla terms exactly (same citation, name and
// words), the last of them included; the article's own terms mirror none.
// Undeclared values print as Term(n).
func TestMirroredTermsAreTheMLATerms(t *testing.T) {
	mirrored := 0
	for _, x := range confiscation.Terms() {
		c := x.Describe().Cite
		own := c.Article() == convention.ArtConfiscation || c.Article() == convention.ArtRecovery
		assert.Equal(t, own, x.MLA() == mla.TermUnknown, "%v", x)
		if !own {
			mirrored++
			assert.Equal(t, x.MLA().Describe(), x.Describe(), "%v", x)
		}
	}
	assert.Equal(t, "consult-on-costs", confiscation.DutyConsultCosts.Describe().Name)
	assert.Equal(t, mla.DutyConsultCosts, confiscation.DutyConsultCosts.MLA())
	assert.Positive(t, mirrored)
	n := len(confiscation.Terms()) + 1
	assert.Equal(t, "Term(0)", confiscation.TermUnknown.String())
	assert.Equal(t, "Term("+strconv.Itoa(n)+")", confiscation.Term(n).String())
	assert.Equal(t, convention.Description{}, confiscation.Term(n).Describe())
}
