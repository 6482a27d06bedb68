package preservation_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

type vector map[string]string

func readVectors(t *testing.T, path string) []vector {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []vector
	cur := vector{}
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cur)
			cur = vector{}
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "#"):
		default:
			k, v, ok := strings.Cut(line, ":")
			require.True(t, ok, "bad line %q", line)
			cur[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	require.NoError(t, sc.Err())
	flush()
	return out
}

func judgementOf(t *testing.T, s string) convention.Judgement {
	var j convention.Judgement
	require.NoError(t, j.UnmarshalText([]byte(s)))
	return j
}

func vectorFacts(t *testing.T, s string) preservation.Facts {
	words := strings.Fields(s)
	require.NotEmpty(t, words)
	var f preservation.Facts
	switch words[0] {
	case "clear":
		f = clear()
	case "unassessed":
	default:
		t.Fatalf("facts start with clear or unassessed: %q", s)
	}
	for _, w := range words[1:] {
		k, v, ok := strings.Cut(w, "=")
		require.True(t, ok, w)
		if k == "political-offences" {
			// One judgement per offence, comma-separated.
			f.PoliticalOffences = preservation.OffenceJudgements{}
			for i, j := range strings.Split(v, ",") {
				f.PoliticalOffences[i] = judgementOf(t, j)
			}
			continue
		}
		term, ok := convention.TermNamed[preservation.Term](k)
		require.True(t, ok, "unknown fact %q", k)
		f = setFact(f, convention.SetOf(term), judgementOf(t, v))
	}
	return f
}

// vectorOffences reads offences separated by "+", each "established" or
// "not-established", then optionally penalty=4y.
func vectorOffences(t *testing.T, s string) convention.Offences {
	var out convention.Offences
	for _, part := range strings.Split(s, "+") {
		out = append(out, vectorOffence(t, part))
	}
	return out
}

func vectorOffence(t *testing.T, s string) convention.Offence {
	words := strings.Fields(s)
	o := baseline().Offences[0]
	if words[0] == "not-established" {
		o = insult
	}
	for _, w := range words[1:] {
		v, ok := strings.CutPrefix(w, "penalty=")
		require.True(t, ok, w)
		p, err := convention.ParsePenalty(v)
		require.NoError(t, err)
		o.MaxPenalty = p
	}
	return o
}

func vectorProfile(s string) preservation.Profile {
	p := preservation.Profile{}
	for _, w := range strings.Fields(s) {
		switch w {
		case "requires-dual-criminality":
			p.RequiresDualCriminality = true
		case "reservation":
			p.Reservation = true
		}
	}
	return p
}

func vectorResponse(t *testing.T, s string) preservation.Response {
	words := strings.Fields(s)
	switch words[0] {
	case "refuse":
		v := preservation.Response{Action: preservation.ActionRefuse}
		for _, w := range words[1:] {
			g, ok := convention.TermNamed[preservation.Term](w)
			require.True(t, ok, w)
			v.Grounds = v.Grounds.With(g)
		}
		return v
	case "not-execute":
		return preservation.Response{Action: preservation.ActionNotExecute}
	case "preserve":
		v := preservation.Response{Action: preservation.ActionPreserve, Period: convention.Period{Start: day(words[1])}}
		for _, w := range words[2:] {
			if w == "informed" {
				v.Informed = true
			} else {
				v.Period.End = day(w)
			}
		}
		return v
	}
	t.Fatalf("bad response %q", s)
	return preservation.Response{}
}

func vectorEvents(t *testing.T, s string) preservation.Events {
	var e preservation.Events
	for _, w := range strings.Fields(s) {
		k, v, ok := strings.Cut(w, "=")
		require.True(t, ok, w)
		d := day(v)
		switch k {
		case "started":
			e.Started = d
		case "mla-received":
			e.MLAReceived = d
		case "decided":
			e.Decided = d
		case "released":
			e.Released = d
		default:
			t.Fatalf("unknown event %q", k)
		}
	}
	return e
}

func vectorContact(t *testing.T, s string) preservation.Contact {
	words := strings.Fields(s)
	c := preservation.Contact{}
	if words[0] == "conforming" {
		c = conforming()
	}
	for _, w := range words[1:] {
		k, v, ok := strings.Cut(w, "=")
		require.True(t, ok, w)
		switch k {
		case "office":
			c.Office = v
		case "preservation", "information":
			var capacity preservation.Capacity
			require.NoError(t, capacity.UnmarshalText([]byte(v)))
			if k == "preservation" {
				c.Preservation = capacity
			} else {
				c.Information = capacity
			}
		case "around-the-clock":
			c.AroundTheClock = judgementOf(t, v)
		case "expedited":
			c.Expedited = judgementOf(t, v)
		case "part-of-authority":
			c.PartOfAuthority = judgementOf(t, v)
		case "coordinates":
			c.Coordinates = judgementOf(t, v)
		case "personnel":
			c.Personnel = judgementOf(t, v)
		default:
			t.Fatalf("unknown contact key %q", k)
		}
	}
	return c
}

// vectorBasis reads the bases invoked, space-separated words of
// convention.LegalBasisWords; a treaty is named "treaty=Name_with_underscores".
func vectorBasis(t *testing.T, s string) convention.LegalBasis {
	var b convention.LegalBasis
	for _, w := range strings.Fields(s) {
		word, name, _ := strings.Cut(w, "=")
		var k convention.LegalBasisKind
		require.NoError(t, k.UnmarshalText([]byte(word)))
		b.Invoked = append(b.Invoked, k)
		if name != "" {
			b.Treaty = strings.ReplaceAll(name, "_", " ")
		}
	}
	return b
}

// vectorDiscrimination reads "yes|no|unassessed [grounds=g1,g2]"; an
// absent key is unassessed.
func vectorDiscrimination(t *testing.T, s string) convention.DiscriminationFacts {
	var d convention.DiscriminationFacts
	words := strings.Fields(s)
	if len(words) == 0 {
		return d
	}
	d.Belief = judgementOf(t, words[0])
	for _, w := range words[1:] {
		v, ok := strings.CutPrefix(w, "grounds=")
		require.True(t, ok, w)
		require.NoError(t, d.Grounds.UnmarshalText([]byte(v)))
	}
	return d
}

func vectorTerms(t *testing.T, s string) terms {
	var out terms
	if s == "none" {
		return out
	}
	for _, w := range strings.Fields(s) {
		term, ok := convention.TermNamed[preservation.Term](w)
		require.True(t, ok, "unknown term %q", w)
		out = out.With(term)
	}
	return out
}

func TestLegalVectors(t *testing.T) {
	vs := readVectors(t, "testdata/vectors.txt")
	require.NotEmpty(t, vs)
	ids := map[string]bool{}
	for _, v := range vs {
		t.Run(v["id"]+" "+v["cite"], func(t *testing.T) {
			require.False(t, ids[v["id"]], "duplicate id")
			ids[v["id"]] = true
			c, err := convention.ParseCitation(v["cite"])
			require.NoError(t, err, "cite %q", v["cite"])
			require.True(t, convention.Registered(c), "cite %q", v["cite"])
			var res convention.Result[preservation.Term]
			var text string
			var status preservation.Status
			switch v["decide"] {
			case "assess", "review":
				r := baseline()
				r.Offences = vectorOffences(t, v["offence"])
				if b, ok := v["basis"]; ok {
					r.Basis = vectorBasis(t, b)
				}
				p, f := vectorProfile(v["profile"]), vectorFacts(t, v["facts"])
				if v["decide"] == "assess" {
					d, err := preservation.Assess(r, p, f, convention.Date{})
					require.NoError(t, err)
					res, text = d.Result, d.String()
				} else {
					d, err := preservation.Review(r, p, f, vectorResponse(t, v["response"]))
					require.NoError(t, err)
					res, text = d.Result, d.String()
				}
			case "obligation":
				s, err := preservation.Obligation(vectorEvents(t, v["events"]), day(v["as-of"]))
				require.NoError(t, err)
				res, text, status = s.Result, s.String(), s
			case "contact":
				d, err := preservation.CheckContact(vectorContact(t, v["contact"]))
				require.NoError(t, err)
				res, text = d.Result, d.String()
			case "assistance":
				d, err := preservation.ContactAssistance(vectorContact(t, v["contact"]), vectorOffences(t, v["offence"]), vectorDiscrimination(t, v["discrimination"]))
				require.NoError(t, err)
				res, text = d.Result, d.String()
			default:
				t.Fatalf("unknown decide %q", v["decide"])
			}
			var want convention.Outcome
			require.NoError(t, want.UnmarshalText([]byte(v["outcome"])))
			assert.Equal(t, want, res.Outcome, "%s\n%s", v["about"], text)
			for key, got := range map[string]terms{"available": res.Available, "barred": res.Barred, "duties": res.Duties, "violations": res.Violations, "needed": res.Needed} {
				if s, ok := v[key]; ok {
					assert.Equal(t, vectorTerms(t, s), got, "%s: %v\n%s", key, got.Slice(), text)
				}
			}
			if u, ok := v["until"]; ok {
				if u == "pending" {
					assert.True(t, status.Pending, text)
				} else {
					assert.Equal(t, day(u), status.Until, text)
				}
			}
		})
	}
}
