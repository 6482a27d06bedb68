package convention_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

// TestDecodeLedgerReportsEveryProblemWithItsPath: a depositary's record as
// data, with mistakes in its JSON and in its law, is refused with every
// problem at once, each naming the field by its path in the record and the
// paragraph it serves; the actions that decode are checked against the
// rules as Build checks them.
func TestDecodeLedgerReportsEveryProblemWithItsPath(t *testing.T) {
	record := `{"parties":[{"id":"FRA","flag":"tricolore"},{"id":"DE"},{"id":"ITA"},{"id":"EU","members":["FRA","XX"]}],` +
		`"actions":[{"kind":"signature","party":"FRA","date":"2020-01-01"},` +
		`{"kind":"ratification","party":"FRA","date":"2020-02-30"},` +
		`{"kind":"coronation","party":"FRA","date":"2020-03-01"},` +
		`{"kind":"languages","party":"FRA","date":"2021-01-01","languages":["fr","klingon!"]},` +
		`{"kind":"accession","party":"FRA","date":"2021-01-01","note":"x"}]}`
	_, err := convention.DecodeLedger([]byte(record))
	ps := convention.AsProblems(err)
	require.NotEmpty(t, ps)
	fields := map[string]convention.Citation{}
	for _, p := range ps {
		fields[p.Field] = p.Cite
		assert.True(t, convention.Registered(p.Cite), p.Error())
	}
	for field, cite := range map[string]convention.Citation{
		"Parties[0]":              convention.Cite(convention.ArtDepositary, 1), // unknown field "flag"
		"Parties[1].ID":           convention.Cite(convention.ArtSignature, 1),  // an alpha-2 code
		"Parties[3].Members[1]":   convention.Cite(convention.ArtSignature, 2),
		"Actions[1].Date":         convention.Cite(convention.ArtSignature, 3), // 30 February
		"Actions[2].Kind":         convention.Cite(convention.ArtDepositary, 1),
		"Actions[3].Languages[1]": convention.Cite(convention.ArtMLA, 14+1),
		"Actions[4]":              convention.Cite(convention.ArtSignature, 4), // unknown field "note"
	} {
		assert.Equal(t, cite, fields[field], "%s in %v", field, ps.Strings())
	}
	var l convention.Ledger
	require.Error(t, json.Unmarshal([]byte(record), &l))
	assert.Equal(t, 0, l.Len(), "a failed decoding leaves the ledger unchanged")

	// The rules' problems are Build's, naming the action by its index in
	// the record, even when other actions do not decode.
	lawless := `{"parties":[{"id":"FRA"}],"actions":[{"kind":"signature","party":"FRA","date":"2020-01-01","oops":1},` +
		`{"kind":"ratification","party":"FRA","date":"2021-01-01"}]}`
	_, err = convention.DecodeLedger([]byte(lawless))
	ps = convention.AsProblems(err)
	require.Len(t, ps, 2, ps.Strings())
	_, berr := convention.Build([]convention.Party{{ID: convention.MustPartyID("FRA")}},
		[]convention.Action{{}, {Kind: convention.ActionRatification, Party: convention.MustPartyID("FRA"), Date: d("2021-01-01")}})
	var rule convention.Problem
	for _, p := range convention.AsProblems(berr) {
		if p.Field == "Actions[1].Kind" {
			rule = p
		}
	}
	assert.Contains(t, ps, rule, "signature para. 3: ratification without signature, as Build reports it")

	for _, bad := range []string{`[]`, `{"parties":{}}`, `{"parties":[],"extra":1}`, `{"parties":[7]}`, `{"actions":"x"}`} {
		_, err := convention.DecodeLedger([]byte(bad))
		require.Error(t, err, bad)
		for _, p := range convention.AsProblems(err) {
			assert.True(t, convention.Registered(p.Cite), p.Error())
		}
	}
	require.NoError(t, json.Unmarshal([]byte(`null`), &l))
}

// TestLedgerJSONRoundTripProperty: decoding, encoding and decoding again
// leaves a ledger unchanged: the same record, the same answers; and a
// record's JSON decodes with exactly the problems Build finds in it.
func TestLedgerJSONRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h := conventiontest.HistoryOf(60, 3).Draw(t, "History")
		built, berr := convention.Build(h.Parties, h.Actions)
		raw, err := json.Marshal(map[string]any{"parties": h.Parties, "actions": h.Actions})
		require.NoError(t, err)
		decoded, derr := convention.DecodeLedger(raw)
		require.Equal(t, convention.AsProblems(berr), convention.AsProblems(derr), "the same problems as Build")
		dates := rapid.SliceOfN(window, 1, 4).Draw(t, "Dates")
		sameLedger(t, built, decoded, dates)

		enc, err := json.Marshal(built)
		require.NoError(t, err)
		var once convention.Ledger
		require.NoError(t, json.Unmarshal(enc, &once))
		again, err := json.Marshal(once)
		require.NoError(t, err)
		require.JSONEq(t, string(enc), string(again))
		var twice convention.Ledger
		require.NoError(t, json.Unmarshal(again, &twice))
		sameLedger(t, built, twice, dates)
	})
}

// FuzzDecodeLedger decodes hostile records: never a panic; every problem
// cites a registered paragraph and names a field; what decodes without a
// problem round-trips.
func FuzzDecodeLedger(f *testing.F) {
	f.Add([]byte(`{"parties":[{"id":"FRA"},{"id":"EU","members":["FRA"]}],"actions":[{"kind":"signature","party":"FRA","date":"2020-01-01"}]}`))
	f.Add([]byte(`{"parties":[{"id":"FRA","x":1}],"actions":[{"kind":"languages","party":"FRA","date":"2020-01-01","languages":["fr",7]}]}`))
	f.Add([]byte(`{"parties":[{"id":"DE"}],"actions":[{"kind":"coronation"},{"date":"2020-02-30"},null,[]]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := convention.DecodeLedger(b)
		for _, p := range convention.AsProblems(err) {
			if !convention.Registered(p.Cite) {
				t.Fatalf("unregistered citation: %v", p)
			}
		}
		if err != nil {
			return
		}
		out, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		m, err := convention.DecodeLedger(out)
		if err != nil || m.Len() != l.Len() {
			t.Fatalf("round trip: %v", err)
		}
	})
}
