package extradition_test

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
)

// vector is one case of testdata/vectors.txt.
type vector struct {
	id, title, decide, expect string
	cite                      convention.Citation
	set                       []string
	line                      int
}

func readVectors(t *testing.T) []vector {
	f, err := os.Open("testdata/vectors.txt")
	require.NoError(t, err)
	defer f.Close()
	var out []vector
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, _ := strings.Cut(line, " ")
		if key == "case" {
			out = append(out, vector{id: val, line: n})
			continue
		}
		require.NotEmpty(t, out, "line %d: %q before any case", n, key)
		v := &out[len(out)-1]
		switch key {
		case "cite":
			v.cite, err = convention.ParseCitation(val)
			require.NoError(t, err, "line %d", n)
		case "title":
			v.title = val
		case "set":
			v.set = append(v.set, strings.Fields(val)...)
		case "decide":
			v.decide = val
		case "expect":
			v.expect = val
		default:
			t.Fatalf("line %d: unknown key %q", n, key)
		}
	}
	require.NoError(t, sc.Err())
	return out
}

func judgement(s string) (convention.Judgement, error) {
	var j convention.Judgement
	return j, j.UnmarshalText([]byte(s))
}

// apply sets key to val in the inputs.
func apply(in *inputs, key, val string) error {
	js := map[string]*convention.Judgement{
		"person.located":               &in.r.Person.InRequestedState,
		"person.national":              &in.r.Person.National,
		"offence.criminal":             &in.r.Offences[0].Requested.Criminal,
		"profile.treaty":               &in.p.Treaty,
		"profile.conditional":          &in.p.TreatyConditional,
		"facts.discrimination.belief":  &in.f.Discrimination.Belief,
		"facts.accessory":              &in.f.Accessory,
		"facts.convention-basis":       &in.f.ConventionBasis,
		"facts.minimum-penalty-met":    &in.f.MinimumPenaltyMet,
		"facts.domestic-ground":        &in.f.DomesticGround,
		"facts.domestic-ground-fiscal": &in.f.DomesticGroundFiscal,
		"facts.nationality-ground":     &in.f.NationalityGround,
		"facts.warranted":              &in.f.Warranted,
		"facts.urgent":                 &in.f.Urgent,
		"facts.provisional-law":        &in.f.ProvisionalLaw,
		"facts.conditional-law":        &in.f.ConditionalLaw,
		"facts.conditional-agreed":     &in.f.ConditionalAgreed,
		"facts.enforcement-law":        &in.f.EnforcementLaw,
		"facts.consult-appropriate":    &in.f.ConsultAppropriate,
	}
	bools := map[string]*bool{
		"offence.fiscal": &in.r.Offences[0].Fiscal, "submit": &in.r.SubmitIfRefused, "enforce": &in.r.EnforceIfRefused,
		"urgent": &in.r.Urgency.Urgent, "consulted": &in.s.Consulted, "enforcement-considered": &in.s.EnforcementConsidered,
	}
	texts := map[string]interface{ UnmarshalText([]byte) error }{
		"purpose": &in.r.Purpose, "provisional": &in.r.Provisional, "profile.notification": &in.p.Notification,
		"response": &in.s.Action, "facts.discrimination.grounds": &in.f.Discrimination.Grounds,
	}
	if p, ok := js[key]; ok {
		j, err := judgement(val)
		*p = j
		return err
	}
	if p, ok := bools[key]; ok {
		*p = val == "true"
		return nil
	}
	if p, ok := texts[key]; ok {
		return p.UnmarshalText([]byte(val))
	}
	var err error
	switch key {
	case "offence.established":
		in.r.Offences[0].Offence.Established = convention.ConventionOffence(val)
	case "offence.requested-name":
		in.r.Offences[0].Requested.Name = val
	case "offence.category":
		in.r.Offences[0].Requested.Category = val
	case "add":
		if val != "laundering" {
			return fmt.Errorf("unknown offence %q", val)
		}
		in.r.Offences = append(in.r.Offences, laundering())
	case "second.penalty":
		in.r.Offences[1].Offence.MaxPenalty, err = convention.ParsePenalty(val)
	case "basis":
		for _, w := range strings.Split(val, ",") {
			var k convention.LegalBasisKind
			if err := k.UnmarshalText([]byte(w)); err != nil {
				return err
			}
			in.r.Basis.Invoked = append(in.r.Basis.Invoked, k)
		}
	case "treaty-name":
		in.r.Basis.Treaty = strings.ReplaceAll(val, "_", " ")
	case "sentence":
		in.r.Sentence.Imposed, err = convention.ParsePenalty(val)
	case "grounds":
		for _, g := range strings.Split(val, ",") {
			var term extradition.Term
			if err := term.UnmarshalText([]byte(g)); err != nil {
				return err
			}
			in.s.Grounds = in.s.Grounds.With(term)
		}
	default:
		return fmt.Errorf("unknown key %q", key)
	}
	return err
}

// decided is a decision of any kind, with its explanation.
type decided struct {
	r     convention.Result[extradition.Term]
	basis extradition.Basis
	text  string
}

func decideVector(in inputs, decide string) (decided, error) {
	switch decide {
	case "scope":
		s, err := extradition.DecideScope(in.r, in.f)
		return decided{s.Result, 0, s.String()}, err
	case "basis":
		b, err := extradition.DecideBasis(in.p, in.f)
		return decided{b.Result, b.Basis, b.String()}, err
	case "assess":
		a, err := in.assess()
		return decided{a.Result, a.Basis.Basis, a.String()}, err
	case "provisional":
		p, err := extradition.DecideProvisional(in.r, in.f)
		return decided{p.Result, 0, p.String()}, err
	case "review":
		v, err := in.review()
		return decided{v.Result, v.Basis.Basis, v.String()}, err
	}
	return decided{}, fmt.Errorf("unknown decision %q", decide)
}

// run decides the vector from the baseline.
func (v vector) run(t *testing.T) decided {
	in := base()
	in.r.Offences = append([]extradition.Charge(nil), in.r.Offences...)
	for _, kv := range v.set {
		key, val, _ := strings.Cut(kv, "=")
		require.NoError(t, apply(&in, key, val), "line %d: %s", v.line, kv)
	}
	d, err := decideVector(in, v.decide)
	require.NoError(t, err, "line %d", v.line)
	return d
}

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// TestVectorExplanationsGolden keeps the explanation of every vector in
// testdata/vectors.golden; run with -update after a deliberate change.
func TestVectorExplanationsGolden(t *testing.T) {
	var b strings.Builder
	for _, v := range readVectors(t) {
		fmt.Fprintf(&b, "== %s (%s): %s\n%s\n", v.id, v.cite, v.title, v.run(t).text)
	}
	const path = "testdata/vectors.golden"
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	wl, gl := strings.Split(string(want), "\n"), strings.Split(b.String(), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		if i >= len(wl) || i >= len(gl) || wl[i] != gl[i] {
			w, g := "(end)", "(end)"
			if i < len(wl) {
				w = wl[i]
			}
			if i < len(gl) {
				g = gl[i]
			}
			t.Fatalf("%s:%d differs (run with -update after a deliberate change):\nwant: %s\ngot:  %s", path, i+1, w, g)
		}
	}
}

func names(s convention.Set[extradition.Term]) string {
	var out []string
	for _, t := range s.Slice() {
		out = append(out, t.String())
	}
	if len(out) == 0 {
		return "-"
	}
	return strings.Join(out, ",")
}

func sorted(list string) string {
	if list == "-" {
		return list
	}
	var s convention.Set[extradition.Term]
	for _, n := range strings.Split(list, ",") {
		t, ok := convention.TermNamed[extradition.Term](n)
		if !ok {
			return "unknown term " + n
		}
		s = s.With(t)
	}
	return names(s)
}

// TestVectors runs the legal test vectors of testdata/vectors.txt.
func TestVectors(t *testing.T) {
	vs := readVectors(t)
	require.NotEmpty(t, vs)
	seen := map[string]bool{}
	for _, v := range vs {
		t.Run(v.id, func(t *testing.T) {
			require.False(t, seen[v.id], "duplicate id")
			seen[v.id] = true
			require.True(t, convention.Registered(v.cite), "cite %s", v.cite)
			require.NotEmpty(t, v.title)
			d := v.run(t)
			r, basis := d.r, d.basis
			fields := strings.Fields(v.expect)
			require.NotEmpty(t, fields, "line %d: expect", v.line)
			assert.Equal(t, fields[0], r.Outcome.String(), "%s (line %d): %s", v.id, v.line, v.title)
			sets := map[string]convention.Set[extradition.Term]{"available": r.Available, "barred": r.Barred,
				"duties": r.Duties, "violations": r.Violations, "needed": r.Needed}
			for _, f := range fields[1:] {
				key, val, _ := strings.Cut(f, "=")
				if key == "basis" {
					assert.Equal(t, val, basis.String(), "%s basis", v.id)
					continue
				}
				s, ok := sets[key]
				require.True(t, ok, "line %d: unknown set %q", v.line, key)
				assert.Equal(t, sorted(val), names(s), "%s %s", v.id, key)
			}
			covers := false
			for _, c := range r.Citations() {
				covers = covers || c == v.cite
			}
			assert.True(t, covers, "%s: the result does not cite %s", v.id, v.cite)
		})
	}
}
