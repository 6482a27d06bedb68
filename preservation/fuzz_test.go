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

// FuzzProfileJSON decodes a requested State's profile and prepares the
// request against it: a profile of another State, or a catalogue that does
// not recognise an offence the request calls established, is a problem
// citing para. 1 or para. 4, never a panic; a prepared request decides as
// Assess does.
func FuzzProfileJSON(f *testing.F) {
	seedJSON(f, reserving(), preservation.Profile{}, preservation.Profile{Party: fra, Catalogue: convention.MustCatalogue("illegal-access")})
	f.Add([]byte(`{"party":"USA","offences_recognised":["computer-fraud","computer-fraud"]}`))
	f.Add([]byte(`{"party":"usa","contact":{"office":"x","preservation":"carry-out"}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var p preservation.Profile
		if json.Unmarshal(b, &p) != nil {
			return
		}
		roundTrip(t, p)
		pr, err := preservation.Prepare(baseline(), p)
		if err != nil {
			for _, q := range convention.AsProblems(err) {
				if q.Cite != pcite(1) && q.Cite != pcite(4) {
					t.Fatalf("a profile problem outside paras. 1 and 4: %v", q)
				}
			}
			if pr.Assess(clear(), convention.Date{}).Outcome != convention.OutcomeUnknown {
				t.Fatal("an unprepared request was decided")
			}
			return
		}
		d, aerr := preservation.Assess(baseline(), p, clear(), day("2026-11-26"))
		if aerr != nil || d.Outcome != pr.Assess(clear(), day("2026-11-26")).Outcome {
			t.Fatalf("Prepared.Assess and Assess disagree: %v", aerr)
		}
		// The request names an offence established under the Convention:
		// whatever the profile, the para. 4 reservation is never available.
		if d.Available.Has(preservation.GroundReservation) {
			t.Fatalf("reservation available for a Convention offence:\n%s", d)
		}
	})
}

// FuzzOffenceJudgementsJSON decodes the per-offence judgements of para.
// 5(a): at most MaxOffences words, each yes, no or unassessed.
func FuzzOffenceJudgementsJSON(f *testing.F) {
	f.Add([]byte(`["yes","no","unassessed"]`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`null`))
	f.Add([]byte(`["maybe"]`))
	f.Add([]byte(`{"0":"yes"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var js preservation.OffenceJudgements
		if json.Unmarshal(b, &js) != nil {
			return
		}
		for i, j := range js {
			if !j.IsValid() {
				t.Fatalf("entry %d decoded to an undeclared judgement %d", i, j)
			}
		}
		roundTrip(t, js)
		_ = js.String() + js.GoString()
	})
}

// FuzzOffenceSetJSON decodes a set of offences by index: each below
// MaxOffences.
func FuzzOffenceSetJSON(f *testing.F) {
	f.Add([]byte(`[0,2,63]`))
	f.Add([]byte(`[64]`))
	f.Add([]byte(`[-1]`))
	f.Add([]byte(`[1.5]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var s preservation.OffenceSet
		if json.Unmarshal(b, &s) != nil {
			return
		}
		for _, i := range s.Indices() {
			if i < 0 || i >= preservation.MaxOffences || !s.Has(i) {
				t.Fatalf("index %d out of range or not held", i)
			}
		}
		if s.Len() != len(s.Indices()) {
			t.Fatal("Len and Indices disagree")
		}
		roundTrip(t, s)
		_ = s.GoString()
	})
}

// FuzzContactAssistanceOffences feeds the offences of a matter brought to
// the 24/7 point of contact. Para. 1: "criminal offences established under
// this convention, or ... evidence in electronic form of a serious criminal
// offence" -- a matter with a Convention offence is never outside the
// article, and one where no offence is established or serious never
// within it.
func FuzzContactAssistanceOffences(f *testing.F) {
	seedJSON(f, baseline().Offences, notEstablished().Offences, convention.Offences{})
	f.Add([]byte(`[{"conduct":"x","max_penalty":"4y"},{"conduct":"y","established":"illegal-access"}]`))
	f.Add([]byte(`[{"conduct":"x","max_penalty":"3y11m"},{"conduct":"y"}]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var os convention.Offences
		if json.Unmarshal(b, &os) != nil {
			return
		}
		a, err := preservation.ContactAssistance(conforming(), os, noDiscrimination)
		if err != nil {
			if len(os) > 0 && len(os) <= preservation.MaxOffences {
				t.Fatalf("a valid matter rejected: %v", err)
			}
			return
		}
		_ = a.String()
		established, serious := false, convention.No
		for _, o := range os {
			established = established || o.EstablishedUnderConvention()
			serious = serious.Or(o.Serious())
		}
		switch {
		case established && a.Outcome != convention.Obliged:
			t.Fatalf("a Convention offence, yet %s:\n%s", a.Outcome, a)
		case !established && serious == convention.No && a.Outcome != convention.NotApplicable:
			t.Fatalf("no offence established or serious, yet %s:\n%s", a.Outcome, a)
		case !established && serious == convention.Yes && a.Outcome != convention.Obliged:
			t.Fatalf("a serious offence, yet %s:\n%s", a.Outcome, a)
		}
	})
}

// FuzzMinimumEnd: for every day on which preservation can be effected, the
// ninety days run from it through MinimumEnd, both included ("a period not
// less than ninety days"), and Obligation agrees on the last day.
func FuzzMinimumEnd(f *testing.F) {
	for _, s := range []string{"2026-03-01", "2027-12-02", "2028-02-29", "9999-10-03", "9999-10-04", "0001-01-01"} {
		f.Add(convention.DaysBetween(day("0001-01-01"), day(s)))
	}
	f.Fuzz(func(t *testing.T, n int) {
		start := day("0001-01-01").AddDays(n)
		end := preservation.MinimumEnd(start)
		if start.IsZero() || end.IsZero() {
			return
		}
		if got := (convention.Period{Start: start, End: end}).Days(); got != preservation.MinimumDays {
			t.Fatalf("%s to %s is %d days", start, end, got)
		}
		s, err := preservation.Obligation(preservation.Events{Started: start}, end)
		if err != nil || s.Outcome != convention.Obliged || s.Until != end {
			t.Fatalf("obligation on %s: %v %v", end, s.Outcome, err)
		}
		if next := end.AddDays(1); !next.IsZero() {
			if s, _ := preservation.Obligation(preservation.Events{Started: start}, next); s.Outcome != convention.NoObligation {
				t.Fatalf("still obliged on %s", next)
			}
		}
	})
}

// FuzzReviewResponse reviews every response (any action, any set of
// grounds, any period) on a request for which no ground is held: a refusal
// is never lawful ("may only be refused if"), and a period of preservation
// is lawful exactly when it lasts at least ninety days.
func FuzzReviewResponse(f *testing.F) {
	f.Add(uint8(1), uint64(0), 0, 89)
	f.Add(uint8(2), uint64(1)<<2, 0, 0)
	f.Add(uint8(3), uint64(0), 10, 5)
	f.Add(uint8(9), ^uint64(0), -5, 1000)
	f.Fuzz(func(t *testing.T, action uint8, grounds uint64, from, length int) {
		var gs convention.Set[preservation.Term]
		for _, term := range preservation.Terms() {
			if grounds&(1<<(uint(term)%64)) != 0 {
				gs = gs.With(term)
			}
		}
		start := day("2026-11-26").AddDays(from % 4000)
		v := preservation.Response{Action: preservation.Action(action), Grounds: gs, Period: convention.Period{Start: start}}
		if length > 0 {
			v.Period.End = start.AddDays(length%400 - 1)
		}
		d, err := preservation.Review(baseline(), preservation.Profile{}, clear(), v)
		if err != nil {
			if convention.AsProblems(err) == nil {
				t.Fatalf("a non-Problems error: %v", err)
			}
			return
		}
		_ = d.String()
		switch v.Action {
		case preservation.ActionRefuse:
			if d.Outcome == convention.Lawful {
				t.Fatalf("a refusal without a ground held found lawful:\n%s", d)
			}
		case preservation.ActionPreserve:
			long := v.Period.End.IsZero() || v.Period.Days() >= preservation.MinimumDays
			if (d.Outcome == convention.Lawful) != long {
				t.Fatalf("period %v (%d days): %s", v.Period, v.Period.Days(), d.Outcome)
			}
		}
	})
}
