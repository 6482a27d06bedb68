package confiscation_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

var update = flag.Bool("update", false, "rewrite the golden explanation files")

func termSet(t *testing.T, list string) confiscation.Set {
	return conventiontest.TermSet[confiscation.Term](t, list)
}

func routeSet(t *testing.T, list string) confiscation.Routes {
	var s confiscation.Routes
	for _, name := range strings.Split(list, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		var r confiscation.Route
		require.NoError(t, r.UnmarshalText([]byte(name)))
		s = s.With(r)
	}
	return s
}

func TestConfiscationVectors(t *testing.T) {
	vs := conventiontest.ReadVectors(t, filepath.Join("testdata", "vectors.txt"))
	require.NotEmpty(t, vs)
	seen := map[string]bool{}
	for _, v := range vs {
		id := v.Fields["id"]
		require.NotEmpty(t, id, "line %d", v.Line)
		require.False(t, seen[id], "duplicate id %s", id)
		seen[id] = true
		t.Run(id, func(t *testing.T) {
			r, p, f := baseRequest(), baseProfile(), baseFacts()
			var resp confiscation.Response
			for _, s := range v.Sets {
				part, path, _ := strings.Cut(s[0], ".")
				target := map[string]any{"request": &r, "profile": &p, "facts": &f, "response": &resp}[part]
				require.NotNil(t, target, "unknown part %q", part)
				conventiontest.SetJSON(t, target, path, s[1])
				requireSet(t, target, path, s[1])
			}
			if v.Fields["decision"] == "validate" {
				ps := convention.AsProblems(r.Validate())
				var want []convention.Citation
				for _, c := range strings.Split(v.Fields["problems"], ";") {
					if c = strings.TrimSpace(c); c != "" {
						want = append(want, convention.MustCitation(c))
					}
				}
				if len(want) > 0 || len(ps) > 0 {
					assert.Equal(t, want, ps.Cites(), "%v", ps.Strings())
				}
				assert.Equal(t, v.Fields["want"] == "valid", len(ps) == 0)
				return
			}
			var dec confiscation.Decision
			var err error
			switch v.Fields["decision"] {
			case "assess":
				dec, err = confiscation.Assess(r, p, f)
			case "review":
				dec, err = confiscation.Review(r, p, f, resp)
			default:
				t.Fatalf("unknown decision %q", v.Fields["decision"])
			}
			require.NoError(t, err)
			var want convention.Outcome
			require.NoError(t, want.UnmarshalText([]byte(v.Fields["want"])))
			assert.Equal(t, want, dec.Outcome, dec.String())
			c := convention.MustCitation(v.Fields["cite"])
			assert.Contains(t, dec.Citations(), c, "the result cites %v\n%s", c, dec)
			assert.Equal(t, termSet(t, v.Fields["available"]), dec.Available.Intersect(reviewedGrounds), "available\n%s", dec)
			assert.Equal(t, termSet(t, v.Fields["barred"]), dec.Barred, "barred\n%s", dec)
			assert.Equal(t, termSet(t, v.Fields["violations"]), dec.Violations, "violations\n%s", dec)
			duties := termSet(t, v.Fields["duties"])
			assert.Equal(t, duties, dec.Duties.Intersect(duties), "duties\n%s", dec)
			if routes, ok := v.Fields["routes"]; ok {
				assert.Equal(t, routeSet(t, routes), dec.Routes, "routes\n%s", dec)
			}
		})
	}
}

// requireSet fails when setting path to value left no trace in v's JSON
// form (a path the JSON form does not have, which decoding would drop
// silently), unless value is a zero value that the form omits.
func requireSet(t *testing.T, v any, path, value string) {
	t.Helper()
	switch strings.TrimSpace(value) {
	case `""`, "false", "null", "[]", "{}", "0", "unassessed":
		return
	}
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var cur any
	require.NoError(t, json.Unmarshal(b, &cur))
	for _, k := range strings.Split(path, ".") {
		m, ok := cur.(map[string]any)
		require.True(t, ok, "%s: %s is not an object", path, k)
		cur, ok = m[k]
		require.True(t, ok, "%s: the JSON form has no %q", path, k)
	}
}

// reviewedGrounds are the grounds the vectors list: the refusal and
// lifting grounds and postponement (the optional course of asking for
// more information is left out).
var reviewedGrounds = confiscation.RefusalGrounds().Union(confiscation.LiftGrounds()).With(confiscation.GroundPostpone)

// Golden explanations: Decision.String for a few scenarios, refreshed with
// go test -run TestConfiscationGolden -update.
func TestConfiscationGolden(t *testing.T) {
	refusing := baseFacts()
	refusing.EssentialInterests, refusing.Fiscal, refusing.BankSecrecy = convention.Yes, convention.Yes, convention.Yes
	refusing.DeMinimisValue = convention.Yes
	open := baseFacts()
	open.DeMinimisValue, open.EssentialInterests = convention.Unassessed, convention.Unassessed
	treaty := baseProfile()
	treaty.Treaty, treaty.ArticleInLieu = convention.Yes, convention.No
	noRoute := baseRequest()
	noRoute.Kinds, noRoute.ProvisionalOrder = confiscation.KindsOf(confiscation.KindObtainOrder), confiscation.Order{}
	noRoute.ConfiscationBasis = confiscation.BasisFlight
	closed := baseProfile()
	closed.Capacity.WithoutConviction = convention.No
	liftOpen := baseFacts()
	liftOpen.SufficientEvidence, liftOpen.OpportunityPossible = convention.No, convention.Unassessed
	cases := map[string]func() (confiscation.Decision, error){
		"assess-obliged": func() (confiscation.Decision, error) {
			return confiscation.Assess(baseRequest(), baseProfile(), baseFacts())
		},
		"assess-may-refuse": func() (confiscation.Decision, error) {
			return confiscation.Assess(baseRequest(), baseProfile(), refusing)
		},
		"assess-undetermined": func() (confiscation.Decision, error) {
			return confiscation.Assess(baseRequest(), baseProfile(), open)
		},
		"assess-treaty": func() (confiscation.Decision, error) {
			return confiscation.Assess(baseRequest(), treaty, refusing)
		},
		"assess-no-route": func() (confiscation.Decision, error) {
			return confiscation.Assess(noRoute, closed, baseFacts())
		},
		"review-bank-secrecy-fiscal": func() (confiscation.Decision, error) {
			return confiscation.Review(baseRequest(), baseProfile(), refusing,
				confiscation.Response{Action: confiscation.ActionRefuse, Grounds: convention.SetOf(confiscation.GroundBankSecrecy, confiscation.GroundFiscal)})
		},
		"review-lift-undetermined": func() (confiscation.Decision, error) {
			return confiscation.Review(baseRequest(), baseProfile(), liftOpen, lifting(false, confiscation.GroundEvidence))
		},
	}
	for name, fn := range cases {
		t.Run(name, func(t *testing.T) {
			dec, err := fn()
			require.NoError(t, err)
			got := dec.String()
			path := filepath.Join("testdata", name+".golden")
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run with -update to create %s", path)
			assert.Equal(t, string(want), got)
		})
	}
}
