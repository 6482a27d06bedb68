package mla_test

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

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
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
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
			cur = nil
			continue
		case strings.HasPrefix(line, "#"):
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		require.True(t, ok, "%s:%d: want key: value", path, n)
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if cur == nil {
			out = append(out, vector{line: n, fields: map[string]string{}})
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

func termSet(t *testing.T, list string) mla.Set {
	var s mla.Set
	for _, name := range strings.Split(list, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		x, ok := convention.TermNamed[mla.Term](name)
		require.True(t, ok, "unknown term %q", name)
		s = s.With(x)
	}
	return s
}

func TestMLAVectors(t *testing.T) {
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
			var resp mla.Response
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
			var dec mla.Decision
			var err error
			switch v.fields["decision"] {
			case "assess":
				dec, err = mla.Assess(r, p, f)
			case "review":
				dec, err = mla.Review(r, p, f, resp)
			case "form":
				dec, err = mla.CheckForm(r, p, f)
			case "scope":
				dec, err = mla.Scope(r)
			default:
				t.Fatalf("unknown decision %q", v.fields["decision"])
			}
			require.NoError(t, err)
			var want convention.Outcome
			require.NoError(t, want.UnmarshalText([]byte(v.fields["want"])))
			assert.Equal(t, want, dec.Outcome, dec.String())
			cite := convention.MustCitation(v.fields["cite"])
			assert.Contains(t, dec.Citations(), cite, "the result cites %v", cite)
			assert.Equal(t, termSet(t, v.fields["available"]), dec.Available, "available\n%s", dec)
			assert.Equal(t, termSet(t, v.fields["barred"]), dec.Barred, "barred\n%s", dec)
			assert.Equal(t, termSet(t, v.fields["violations"]), dec.Violations, "violations\n%s", dec)
			duties := termSet(t, v.fields["duties"])
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
	open.EssentialInterests, open.Requested.Criminal = convention.Unassessed, convention.No
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
