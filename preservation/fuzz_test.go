package preservation_test

import (
	"encoding/json"
	"testing"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

func seedJSON(f *testing.F, vs ...any) {
	for _, v := range vs {
		b, err := json.Marshal(v)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"requesting":"XXX","offences":[{"max_penalty":"4y13m"}]}`))
	f.Add([]byte(`{"data":[{"identifiers":[{"kind":"ip-address","value":"192.0.2.1","at":"2026-01-01T00:00:00"}]}],"language":"fr","basis":{"invoked":["treaty"]}}`))
	f.Add([]byte(`{"political_offences":["yes","no","maybe"]}`))
}

// roundTrip checks that v survives JSON encoding: encoded, decoded and
// encoded again, it gives the same bytes (decode-encode-decode leaves the
// value unchanged).
func roundTrip[T any](t *testing.T, v T) {
	b, err := json.Marshal(v)
	if err != nil {
		return // e.g. an out-of-range enum cannot be marshalled
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("unmarshal %s: %v", b, err)
	}
	again, err := json.Marshal(back)
	if err != nil {
		t.Fatalf("marshal again: %v", err)
	}
	if string(again) != string(b) {
		t.Fatalf("round trip:\n%s\n%s", b, again)
	}
}

func FuzzRequestJSON(f *testing.F) {
	seedJSON(f, baseline(), notEstablished(), preservation.Request{})
	f.Fuzz(func(t *testing.T, b []byte) {
		var r preservation.Request
		if json.Unmarshal(b, &r) != nil {
			return
		}
		err := r.Validate()
		if ps := convention.AsProblems(err); err != nil && len(ps) == 0 {
			t.Fatalf("Validate returned a non-Problems error: %v", err)
		}
		d, aerr := preservation.Assess(r, reserving(), clear(), day("2026-11-26"))
		if err != nil && aerr == nil {
			t.Fatalf("Assess accepted an invalid request: %v", err)
		}
		_ = d.String()
		_ = r.Link()
		roundTrip(t, r)
	})
}

func FuzzFactsJSON(f *testing.F) {
	seedJSON(f, clear(), preservation.Facts{})
	f.Add([]byte(`{"in_territory":"maybe"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var x preservation.Facts
		if json.Unmarshal(b, &x) != nil {
			return
		}
		d, err := preservation.Assess(notEstablished(), reserving(), x, day("2026-11-26"))
		if err != nil {
			return
		}
		_ = d.String()
		if d.Outcome == convention.Undetermined && d.Needed.IsEmpty() {
			t.Fatalf("undetermined without facts needed:\n%s", d)
		}
		roundTrip(t, x)
	})
}

// FuzzAssessJudgements feeds every judgement, in range or not.
func FuzzAssessJudgements(f *testing.F) {
	f.Add(uint8(1), uint8(2), uint8(2), uint8(2), uint8(2), uint8(2), uint8(0), uint8(0), false, false, true)
	f.Add(uint8(9), uint8(0), uint8(1), uint8(0), uint8(1), uint8(0), uint8(2), uint8(255), true, true, false)
	f.Fuzz(func(t *testing.T, a, b, c, d, e, g, h, i uint8, dc, res, est bool) {
		x := preservation.Facts{
			Discrimination: convention.DiscriminationFacts{Belief: convention.Judgement(i % 4), Grounds: convention.DiscriminationGrounds(h)},
			InTerritory:    convention.Judgement(a), DualCriminalityFails: convention.Judgement(b),
			PoliticalOffences: preservation.OffenceJudgements{convention.Judgement(c), convention.Judgement(d % 4)}, EssentialInterests: convention.Judgement(d),
			NotEnsureAvailability: convention.Judgement(e), ThreatensInvestigation: convention.Judgement(g),
			Proceed: convention.Judgement(h), Requested: convention.Characterisation{Criminal: convention.Judgement(i)},
		}
		r := notEstablished()
		if est {
			r = baseline()
		}
		p := preservation.Profile{RequiresDualCriminality: dc, Reservation: res}
		out, err := preservation.Assess(r, p, x, day("2028-02-29"))
		if err == nil {
			_ = out.String()
		}
		v, err := preservation.Review(r, p, x, refuse(preservation.GroundReservation, preservation.GroundPoliticalOffence))
		if err == nil {
			_ = v.String()
		}
	})
}

func FuzzObligation(f *testing.F) {
	seedJSON(f, preservation.Events{Started: day("2026-11-26"), MLAReceived: day("2027-01-10"), Decided: day("2027-04-01"), Released: day("2027-04-02")})
	f.Add([]byte(`{"started":"2026-02-30"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var e preservation.Events
		if json.Unmarshal(b, &e) != nil {
			return
		}
		roundTrip(t, e)
		for _, asOf := range []convention.Date{{}, e.Started, e.Started.AddDays(89), e.Started.AddDays(90), e.MLAReceived, e.Decided, e.Released, day("9999-12-31"), day("0001-01-01")} {
			s, err := preservation.Obligation(e, asOf)
			if err != nil {
				continue
			}
			_ = s.String()
			if s.Outcome == convention.Obliged && !s.Pending && s.Until.IsZero() {
				t.Fatalf("obliged without an end or pending:\n%s", s)
			}
		}
	})
}

func FuzzResponseJSON(f *testing.F) {
	seedJSON(f, refuse(preservation.GroundOther, preservation.GroundPoliticalOffence), preserve("2026-11-26", "2027-02-24"))
	f.Add([]byte(`{"action":"refuse","grounds":["bank-secrecy"]}`))
	f.Add([]byte(`{"action":"refuse","grounds":["inform"]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var v preservation.Response
		if json.Unmarshal(b, &v) != nil {
			return
		}
		roundTrip(t, v)
		out, err := preservation.Review(baseline(), preservation.Profile{}, clear(), v)
		if err != nil {
			return
		}
		_ = out.String()
		if v.Action == preservation.ActionRefuse && (v.Grounds.Has(preservation.GroundOther) || v.Grounds.Has(preservation.GroundNoDualCriminality)) && out.Outcome == convention.Lawful {
			t.Fatalf("a refusal on an unlisted ground found lawful:\n%s", out)
		}
	})
}

func FuzzContactJSON(f *testing.F) {
	seedJSON(f, conforming(), preservation.Contact{})
	f.Add([]byte(`{"preservation":"sometimes"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c preservation.Contact
		if json.Unmarshal(b, &c) != nil {
			return
		}
		roundTrip(t, c)
		if d, err := preservation.CheckContact(c); err == nil {
			_ = d.String()
		}
		if a, err := preservation.ContactAssistance(c, notEstablished().Offences, noDiscrimination); err == nil {
			_ = a.String()
		}
	})
}

func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"", "preserve", "refuse", "carry-out", "facilitate", "political-offence", "Term(3)", "unknown"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var term preservation.Term
		if term.UnmarshalText([]byte(s)) == nil {
			b, err := term.MarshalText()
			if err != nil || string(b) != s {
				t.Fatalf("term %q: %q, %v", s, b, err)
			}
		}
		var a preservation.Action
		if a.UnmarshalText([]byte(s)) == nil {
			b, err := a.MarshalText()
			if err != nil || (string(b) != s && s != "") {
				t.Fatalf("action %q: %q, %v", s, b, err)
			}
		}
		var c preservation.Capacity
		if c.UnmarshalText([]byte(s)) == nil {
			b, err := c.MarshalText()
			if err != nil || (string(b) != s && s != "") {
				t.Fatalf("capacity %q: %q, %v", s, b, err)
			}
		}
	})
}
