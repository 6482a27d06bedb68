package mla_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
	"github.com/treatyrules/cybercrime/mla"
)

var update = flag.Bool("update", false, "rewrite the golden explanation files")

func termSet(t *testing.T, list string) mla.Set {
	return conventiontest.TermSet[mla.Term](t, list)
}

// setStrict sets the field at the dotted JSON path of v (a pointer) to
// value, as conventiontest.SetJSON does, and fails t when v's JSON form has
// no such field: a vector naming a field the request does not have would
// otherwise change nothing silently.
func setStrict(t *testing.T, v any, path, value string) {
	t.Helper()
	conventiontest.SetJSON(t, v, path, value)
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	parts := strings.Split(path, ".")
	cur := m
	for i, p := range parts {
		x, ok := cur[p]
		if !ok {
			// An omitted zero value is fine when the vector sets it to zero.
			require.Contains(t, []string{`""`, "[]", "false", "no", "unassessed", "{}", "0"}, value, "unknown field %s in %s", strings.Join(parts[:i+1], "."), path)
			return
		}
		if i < len(parts)-1 {
			next, ok := x.(map[string]any)
			require.True(t, ok, "%s is not an object", strings.Join(parts[:i+1], "."))
			cur = next
		}
	}
}

func TestMLAVectors(t *testing.T) {
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
			var resp mla.Response
			for _, s := range v.Sets {
				part, path, _ := strings.Cut(s[0], ".")
				target := map[string]any{"request": &r, "profile": &p, "facts": &f, "response": &resp}[part]
				require.NotNil(t, target, "unknown part %q", part)
				setStrict(t, target, path, s[1])
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
			var dec mla.Decision
			var err error
			switch v.Fields["decision"] {
			case "assess":
				dec, err = mla.Assess(r, p, f)
			case "review":
				dec, err = mla.Review(r, p, f, resp)
			case "form":
				dec, err = mla.CheckForm(r, p, f)
			case "scope":
				dec, err = mla.Scope(r)
			default:
				t.Fatalf("unknown decision %q", v.Fields["decision"])
			}
			require.NoError(t, err)
			var want convention.Outcome
			require.NoError(t, want.UnmarshalText([]byte(v.Fields["want"])))
			assert.Equal(t, want, dec.Outcome, dec.String())
			cite := convention.MustCitation(v.Fields["cite"])
			assert.Contains(t, dec.Citations(), cite, "the result cites %v", cite)
			assert.Equal(t, termSet(t, v.Fields["available"]), dec.Available, "available\n%s", dec)
			assert.Equal(t, termSet(t, v.Fields["barred"]), dec.Barred, "barred\n%s", dec)
			assert.Equal(t, termSet(t, v.Fields["violations"]), dec.Violations, "violations\n%s", dec)
			duties := termSet(t, v.Fields["duties"])
			assert.Equal(t, duties, dec.Duties.Intersect(duties), "duties\n%s", dec)
		})
	}
}

// Golden explanations: Decision.String for a few scenarios, refreshed with
// go test -run TestMLAGolden -update.
func TestMLAGolden(t *testing.T) {
	refusing := baseFacts()
	refusing.EssentialInterests, refusing.Fiscal, refusing.BankSecrecy = convention.Yes, convention.Yes, convention.Yes
	open := baseFacts()
	open.EssentialInterests, open.Offences[0].Requested.Criminal = convention.Unassessed, convention.No
	treaty := baseProfile()
	treaty.Treaty, treaty.ArticleInLieu = convention.Yes, convention.No
	stay := mla.Stay{Basis: mla.BasisSafeConduct, Arrived: d("2028-02-01"), Informed: d("2028-02-14"),
		Unable: []convention.Period{{Start: d("2028-02-20"), End: d("2028-02-22")}}}
	ceased, err := mla.SafeConduct(mla.RegimeArticle, stay, d("2028-03-09"))
	require.NoError(t, err)
	cases := map[string]func() (string, error){
		"assess-may-refuse": func() (string, error) {
			d, err := mla.Assess(baseRequest(), baseProfile(), refusing)
			return d.String(), err
		},
		"assess-undetermined": func() (string, error) {
			d, err := mla.Assess(baseRequest(), baseProfile(), open)
			return d.String(), err
		},
		"assess-treaty": func() (string, error) {
			d, err := mla.Assess(baseRequest(), treaty, refusing)
			return d.String(), err
		},
		"review-bank-secrecy-fiscal": func() (string, error) {
			d, err := mla.Review(baseRequest(), baseProfile(), refusing,
				mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundBankSecrecy, mla.GroundFiscal)})
			return d.String(), err
		},
		"safe-conduct-ceased": func() (string, error) { return ceased.String(), nil },
		// Paras. 16, 17, 22(a): a request without a summary of facts or an
		// aim is decided, and the explanation names what it lacks.
		"assess-nonconforming": func() (string, error) {
			r := baseRequest()
			r.Facts, r.Aim = "", ""
			d, err := mla.Assess(r, baseProfile(), baseFacts())
			return d.String(), err
		},
		// Cooperation art., para. 3 under a treaty: the ground shows in the
		// outcome; the State has not named the listed ground.
		"assess-treaty-discrimination": func() (string, error) {
			f := baseFacts()
			f.Discrimination = convention.DiscriminationFacts{Belief: convention.Yes}
			d, err := mla.Assess(baseRequest(), treaty, f)
			return d.String(), err
		},
	}
	for name, fn := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := fn()
			require.NoError(t, err)
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
