package convention_test

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

// vectorCase is one case of testdata/final/ledger.txt.
type vectorCase struct {
	id, cite string
	parties  []convention.Party
	states   []convention.PartyID
	actions  []convention.Action
}

func (c *vectorCase) ledger(t *testing.T) convention.Ledger {
	l, err := convention.Build(c.parties, c.actions)
	require.NoError(t, err, c.id)
	return l
}

// parseAction reads "DATE PARTY KIND [key=value ...]"; PARTY "-" is none.
func parseAction(t *testing.T, f []string) convention.Action {
	require.GreaterOrEqual(t, len(f), 3, f)
	a := convention.Action{Date: convention.MustDate(f[0])}
	if f[1] != "-" {
		a.Party = convention.MustPartyID(f[1])
	}
	require.NoError(t, a.Kind.UnmarshalText([]byte(f[2])))
	for _, kv := range f[3:] {
		k, v, ok := strings.Cut(kv, "=")
		require.True(t, ok, kv)
		switch k {
		case "amendment":
			a.Amendment = convention.AmendmentRef(v)
		case "basis":
			require.NoError(t, a.Basis.UnmarshalText([]byte(v)))
		case "authority":
			a.Authority = v
		case "competence":
			a.Competence = v
		case "body":
			a.Body = v
		case "languages":
			for _, s := range strings.Split(v, ",") {
				a.Languages = append(a.Languages, language.MustParse(s))
			}
		default:
			t.Fatalf("unknown key %q", k)
		}
	}
	return a
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func dateOrNone(d convention.Date, ok bool) string {
	if !ok {
		return "none"
	}
	return d.String()
}

// answer asks question q of case c.
func (c *vectorCase) answer(t *testing.T, q []string) string {
	l := c.ledger(t)
	switch q[0] {
	case "entry-into-force":
		return dateOrNone(l.EntryIntoForce())
	case "party-entry-into-force":
		return dateOrNone(l.PartyEntryIntoForce(convention.MustPartyID(q[1])))
	case "party":
		return yesNo(l.IsParty(convention.MustPartyID(q[1]), convention.MustDate(q[2])))
	case "between":
		return yesNo(l.InForceBetween(convention.MustPartyID(q[1]), convention.MustPartyID(q[2]), convention.MustDate(q[3])))
	case "ceases":
		return dateOrNone(l.Ceases(convention.MustPartyID(q[1])))
	case "reserved":
		return yesNo(l.Reserved(convention.MustPartyID(q[1]), convention.MustDate(q[2])))
	case "add":
		_, err := l.Add(parseAction(t, q[1:]))
		if err == nil {
			return "accepted"
		}
		return "refused " + convention.AsProblems(err)[0].Cite.String()
	case "proposal":
		r := convention.AmendmentProposalAdmissible(l, convention.MustPartyID(q[1]), convention.MustDate(q[2]))
		return strings.TrimSpace(r.Outcome.String() + " " + r.Date.String())
	case "amendment-between":
		return l.AmendmentBetween(convention.MustPartyID(q[1]), convention.MustPartyID(q[2]), convention.AmendmentRef(q[3]), convention.MustDate(q[4])).Outcome.String()
	case "dispute":
		dsp := convention.Dispute{Parties: [2]convention.PartyID{convention.MustPartyID(q[1]), convention.MustPartyID(q[2])}}
		var asOf convention.Date
		for _, kv := range q[3:] {
			k, v, _ := strings.Cut(kv, "=")
			switch k {
			case "failed":
				require.NoError(t, dsp.NegotiationFailed.UnmarshalText([]byte(v)))
			case "org":
				require.NoError(t, dsp.OrganisationAgreed.UnmarshalText([]byte(v)))
			case "request":
				dsp.ArbitrationRequest = convention.MustDate(v)
			case "by":
				dsp.RequestedBy = convention.MustPartyID(v)
			case "asof":
				asOf = convention.MustDate(v)
			}
		}
		r, err := convention.DecideDispute(l, dsp, asOf)
		require.NoError(t, err)
		return strings.TrimSpace(r.Outcome.String() + " " + r.Date.String())
	}
	t.Fatalf("unknown question %q", q[0])
	return ""
}

// TestFinalVectors runs the legal test vectors of testdata/final/ledger.txt.
func TestFinalVectors(t *testing.T) {
	f, err := os.Open("testdata/final/ledger.txt")
	require.NoError(t, err)
	defer f.Close()
	var c *vectorCase
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if id, ok := strings.CutPrefix(text, "== "); ok {
			c = &vectorCase{id: id}
			continue
		}
		require.NotNil(t, c, "line %d outside a case", line)
		where := fmt.Sprintf("%s (line %d)", c.id, line)
		if v, ok := strings.CutPrefix(text, "cite: "); ok {
			c.cite = v
			_, err := convention.ParseCitation(v)
			require.NoError(t, err, where)
			continue
		}
		if strings.HasPrefix(text, "note: ") {
			continue
		}
		fields := strings.Fields(text)
		switch fields[0] {
		case "states":
			n, _ := strconv.Atoi(fields[1])
			c.states = conventiontest.States(n)
			for _, s := range c.states {
				c.parties = append(c.parties, convention.Party{ID: s})
			}
		case "reio":
			p := convention.Party{ID: convention.MustPartyID(fields[1])}
			for _, m := range fields[2:] {
				p.Members = append(p.Members, convention.MustPartyID(m))
			}
			c.parties = append(c.parties, p)
		case "each":
			start := convention.MustDate(fields[1])
			var kind convention.ActionKind
			require.NoError(t, kind.UnmarshalText([]byte(fields[2])), where)
			step, first := 0, len(c.states)
			for i := 3; i+1 < len(fields); i += 2 {
				n, _ := strconv.Atoi(fields[i+1])
				switch fields[i] {
				case "step":
					step = n
				case "first":
					first = n
				}
			}
			for i, s := range c.states[:first] {
				c.actions = append(c.actions, convention.Action{Kind: kind, Party: s, Date: start.AddDays(i * step)})
			}
		case "act":
			c.actions = append(c.actions, parseAction(t, fields[1:]))
		case "ask":
			q, want, ok := strings.Cut(text[len("ask "):], " => ")
			require.True(t, ok, where)
			t.Run(c.id+" "+c.cite+": "+q, func(t *testing.T) {
				require.Equal(t, want, c.answer(t, strings.Fields(q)))
			})
		default:
			t.Fatalf("%s: unknown directive %q", where, fields[0])
		}
	}
	require.NoError(t, sc.Err())
}
