package confiscation_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
)

var update = flag.Bool("update", false, "rewrite the golden explanation files")

type vector struct {
	line   int
	fields map[string]string
	sets   [][2]string // ordered "part.path" = value
}

func readVectors(t *testing.T, path string) []vector {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []vector
	var cur *vector
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		switch {
		case text == "":
			cur = nil
			continue
		case strings.HasPrefix(text, "#"):
			continue
		}
		k, v, ok := strings.Cut(text, ":")
		require.True(t, ok, "%s:%d: want key: value", path, line)
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if cur == nil {
			out = append(out, vector{line: line, fields: map[string]string{}})
			cur = &out[len(out)-1]
		}
		if strings.Contains(k, ".") {
			cur.sets = append(cur.sets, [2]string{k, v})
		} else {
			cur.fields[k] = v
		}
	}
	require.NoError(t, sc.Err())
	return out
}

// setJSON sets the field at path (JSON names, dot-separated) of *v to value,
// read as JSON when it parses and as a string otherwise.
func setJSON(t *testing.T, v any, path, value string) {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	var val any
	if json.Unmarshal([]byte(value), &val) != nil {
		val = value
	}
	parts := strings.Split(path, ".")
	cur := m
	for _, p := range parts[:len(parts)-1] {
		next, ok := cur[p].(map[string]any)
		if !ok {
			next = map[string]any{}
			cur[p] = next
		}
		cur = next
	}
	cur[parts[len(parts)-1]] = val
	b, err = json.Marshal(m)
	require.NoError(t, err)
	rv := reflect.ValueOf(v).Elem()
	rv.Set(reflect.Zero(rv.Type())) // decode afresh: json reuses slice elements
	require.NoError(t, json.Unmarshal(b, v), "setting %s = %s", path, value)
}

func termSet(t *testing.T, list string) confiscation.Set {
	var s confiscation.Set
	for _, name := range strings.Split(list, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		x, ok := convention.TermNamed[confiscation.Term](name)
		require.True(t, ok, "unknown term %q", name)
		s = s.With(x)
	}
	return s
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
	vs := readVectors(t, filepath.Join("testdata", "vectors.txt"))
	require.NotEmpty(t, vs)
	seen := map[string]bool{}
	for _, v := range vs {
		id := v.fields["id"]
		require.NotEmpty(t, id, "line %d", v.line)
		require.False(t, seen[id], "duplicate id %s", id)
		seen[id] = true
		t.Run(id, func(t *testing.T) {
			r, p, f := baseRequest(), baseProfile(), baseFacts()
			var resp confiscation.Response
			for _, s := range v.sets {
				part, path, _ := strings.Cut(s[0], ".")
				target := map[string]any{"request": &r, "profile": &p, "facts": &f, "response": &resp}[part]
				require.NotNil(t, target, "unknown part %q", part)
				setJSON(t, target, path, s[1])
			}
			if v.fields["decision"] == "validate" {
				ps := convention.AsProblems(r.Validate())
				var want []convention.Citation
				for _, c := range strings.Split(v.fields["problems"], ";") {
					if c = strings.TrimSpace(c); c != "" {
						want = append(want, convention.MustCitation(c))
					}
				}
				if len(want) > 0 || len(ps) > 0 {
					assert.Equal(t, want, ps.Cites(), "%v", ps.Strings())
				}
				assert.Equal(t, v.fields["want"] == "valid", len(ps) == 0)
				return
			}
			var dec confiscation.Decision
			var err error
			switch v.fields["decision"] {
			case "assess":
				dec, err = confiscation.Assess(r, p, f)
			case "review":
				dec, err = confiscation.Review(r, p, f, resp)
			default:
				t.Fatalf("unknown decision %q", v.fields["decision"])
			}
			require.NoError(t, err)
			var want convention.Outcome
			require.NoError(t, want.UnmarshalText([]byte(v.fields["want"])))
			assert.Equal(t, want, dec.Outcome, dec.String())
			c := convention.MustCitation(v.fields["cite"])
			assert.Contains(t, dec.Citations(), c, "the result cites %v\n%s", c, dec)
			assert.Equal(t, termSet(t, v.fields["available"]), dec.Available.Intersect(reviewedGrounds), "available\n%s", dec)
			assert.Equal(t, termSet(t, v.fields["barred"]), dec.Barred, "barred\n%s", dec)
			assert.Equal(t, termSet(t, v.fields["violations"]), dec.Violations, "violations\n%s", dec)
			duties := termSet(t, v.fields["duties"])
			assert.Equal(t, duties, dec.Duties.Intersect(duties), "duties\n%s", dec)
			if routes, ok := v.fields["routes"]; ok {
				assert.Equal(t, routeSet(t, routes), dec.Routes, "routes\n%s", dec)
			}
		})
	}
}

// reviewedGrounds are the grounds the vectors list: the refusal and
// lifting grounds and postponement (the optional course of asking for
// more information is left out).
var reviewedGrounds = confiscation.LiftGrounds().With(confiscation.GroundPostpone)

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
	noRoute.Basis = confiscation.BasisFlight
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
