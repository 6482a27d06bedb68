package convention_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

// FuzzLedgerJSON decodes hostile JSON into a ledger: never a panic; what
// decodes re-encodes and decodes to the same ledger.
func FuzzLedgerJSON(f *testing.F) {
	f.Add([]byte(`{"parties":[{"id":"FRA"},{"id":"DEU"},{"id":"EU","members":["FRA","DEU"]}],"actions":[` +
		`{"kind":"signature","party":"FRA","date":"2020-01-01"},{"kind":"signature","party":"EU","date":"2020-01-01"},` +
		`{"kind":"ratification","party":"FRA","date":"2021-01-01"},{"kind":"approval","party":"EU","date":"2021-02-01","competence":"customs"},` +
		`{"kind":"languages","party":"FRA","date":"2021-01-01","languages":["fr","en"]},` +
		`{"kind":"extradition-basis","party":"FRA","date":"2021-01-01","basis":"yes"},` +
		`{"kind":"dispute-reservation","party":"FRA","date":"2021-01-01"},{"kind":"denunciation","party":"FRA","date":"2030-02-29"}]}`))
	f.Add([]byte(`{"parties":[{"id":"USA"}],"actions":[{"kind":"accession","party":"USA","date":"2020-02-29"}]}`))
	f.Add([]byte(`{"parties":[],"actions":[{"kind":"amendment-adoption","date":"2031-01-01","amendment":"A1","body":"x"}]}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var l convention.Ledger
		if err := json.Unmarshal(b, &l); err != nil {
			return
		}
		out, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		var m convention.Ledger
		if err := json.Unmarshal(out, &m); err != nil {
			t.Fatalf("re-decoding %s: %v", out, err)
		}
		if !slices.EqualFunc(l.Actions(), m.Actions(), func(a, b convention.Action) bool { return a.Compare(b) == 0 }) {
			t.Fatalf("round trip changed the actions")
		}
		on := convention.MustDate("2031-06-01")
		for _, p := range l.Parties() {
			_ = l.Status(p.ID, on)
			_ = l.IsParty(p.ID, on)
		}
	})
}

// FuzzActionJSON decodes hostile JSON into an action: never a panic; a
// valid action round-trips.
func FuzzActionJSON(f *testing.F) {
	f.Add([]byte(`{"kind":"languages","party":"FRA","date":"2021-01-01","languages":["fr","en-GB"]}`))
	f.Add([]byte(`{"kind":"extradition-basis","party":"FRA","date":"2021-01-01","basis":"unassessed"}`))
	f.Add([]byte(`{"kind":"approval","party":"EU","date":"2021-01-01","competence":"x","body":"y"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var a convention.Action
		if err := json.Unmarshal(b, &a); err != nil {
			return
		}
		if a.Validate() != nil {
			return
		}
		out, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var c convention.Action
		if err := json.Unmarshal(out, &c); err != nil || c.Compare(a) != 0 {
			t.Fatalf("round trip of %s: %v %v", out, err, c)
		}
	})
}

// FuzzBuild builds ledgers from byte-coded actions (four bytes each: kind,
// party, and a day offset): never a panic, and the reversed record gives
// the same ledger.
func FuzzBuild(f *testing.F) {
	f.Add([]byte{1, 0, 0, 1, 2, 0, 1, 0, 1, 6, 0, 1, 2, 6, 1, 0})
	f.Add([]byte{5, 1, 2, 0, 5, 2, 2, 0, 15, 1, 9, 0, 12, 1, 30, 0})
	parties := conventiontest.Universe(44, 2, 3)
	kinds := convention.ActionKinds()
	f.Fuzz(func(t *testing.T, b []byte) {
		var acts []convention.Action
		for i := 0; i+3 < len(b) && len(acts) < 400; i += 4 {
			k := kinds[int(b[i])%len(kinds)]
			p := parties[int(b[i+1])%len(parties)].ID
			on := convention.MustDate("2020-01-01").AddDays(int(b[i+2])*16 + int(b[i+3])%16)
			a := conventiontest.ValidAction(k, p, on)
			acts = append(acts, a)
		}
		l, _ := convention.Build(parties, acts)
		slices.Reverse(acts)
		m, _ := convention.Build(parties, acts)
		if !slices.EqualFunc(l.Actions(), m.Actions(), func(a, b convention.Action) bool { return a.Compare(b) == 0 }) {
			t.Fatal("order changed the ledger")
		}
		e1, _ := l.EntryIntoForce()
		e2, _ := m.EntryIntoForce()
		if e1 != e2 {
			t.Fatal("order changed the entry into force")
		}
	})
}

// FuzzDecideJSON decodes hostile disputes and votes and decides them on a
// fixed ledger: never a panic.
func FuzzDecideJSON(f *testing.F) {
	u := newUNTOC()
	l := u.ledger(f, convention.Action{Kind: convention.ActionAmendmentProposal, Party: u.states[0], Date: d("2009-01-01"), Amendment: "A1"})
	f.Add([]byte(`{"parties":["ABW","AFG"],"negotiation_failed":"yes","arbitration_request":"2025-08-31","requested_by":"ABW","organisation_agreed":"no"}`),
		[]byte(`{"amendment":"A1","body":"Commission","date":"2009-05-01","consensus":"no","efforts_exhausted":"yes","ballots":[{"party":"AGO","choice":"for"},{"party":"EU","choice":"against"}]}`))
	f.Fuzz(func(t *testing.T, db, vb []byte) {
		var dsp convention.Dispute
		if json.Unmarshal(db, &dsp) == nil {
			r, err := convention.DecideDispute(l, dsp, d("2026-03-01"))
			if err == nil && !r.Outcome.IsValid() {
				t.Fatalf("no outcome for %+v", dsp)
			}
		}
		var v convention.Vote
		if json.Unmarshal(vb, &v) == nil {
			r, err := convention.DecideAmendment(l, v)
			if err == nil && !r.Outcome.IsValid() {
				t.Fatalf("no outcome for %+v", v)
			}
		}
	})
}

// FuzzLedgerQueries asks a fixed record about hostile parties and dates:
// never a panic, and the explained answers agree with the plain queries
// (Status with IsParty, StatusBetween with InForceBetween, ConventionStatus
// with EntryIntoForce and the count of instruments).
func FuzzLedgerQueries(f *testing.F) {
	u := newUNTOC()
	l := u.ledger(f,
		convention.Action{Kind: convention.ActionDenunciation, Party: u.states[1], Date: d("2028-02-29")},
		convention.Action{Kind: convention.ActionAmendmentProposal, Party: u.states[0], Date: d("2009-01-01"), Amendment: "A1"},
		convention.Action{Kind: convention.ActionAmendmentAdoption, Date: d("2010-01-01"), Amendment: "A1", Body: "Conference"},
		convention.Action{Kind: convention.ActionAmendmentAcceptance, Party: u.states[0], Date: d("2010-12-01"), Amendment: "A1"})
	f.Add("ABW", "AFG", int32(1000), "A1")
	f.Add("EU", "ZZZ", int32(-5000), "")
	f.Add("", "ABW", int32(9700), "A1")
	f.Fuzz(func(t *testing.T, a, b string, days int32, ref string) {
		on := d("2003-09-29").AddDays(int(days % 3000000))
		pa, _ := convention.ParsePartyID(a)
		pb, _ := convention.ParsePartyID(b)
		st := l.Status(pa, on)
		if l.Knows(pa) && (st.Outcome == convention.InForce) != l.IsParty(pa, on) {
			t.Fatalf("Status %s and IsParty disagree for %s on %s", st.Outcome, pa, on)
		}
		if !l.Knows(pa) && st.Outcome != convention.NotApplicable {
			t.Fatalf("a party the ledger does not know: %s", st.Outcome)
		}
		sb := l.StatusBetween(pa, pb, on)
		if l.Knows(pa) && l.Knows(pb) && (sb.Outcome == convention.InForce) != l.InForceBetween(pa, pb, on) {
			t.Fatalf("StatusBetween and InForceBetween disagree")
		}
		cs := l.ConventionStatus(on)
		eif, ok := l.EntryIntoForce()
		if (cs.Outcome == convention.InForce) != (ok && !eif.After(on)) {
			t.Fatalf("ConventionStatus %s, entry into force %s, on %s", cs.Outcome, eif, on)
		}
		if cs.Outcome == convention.InForce && l.Instruments(on) < convention.InstrumentsForEntryIntoForce {
			t.Fatal("in force with fewer than forty instruments")
		}
		_ = l.AmendmentBetween(pa, pb, convention.AmendmentRef(ref), on)
		_ = convention.AmendmentProposalAdmissible(l, pa, on)
		_, _ = l.AmendmentEntryIntoForce(pa, convention.AmendmentRef(ref))
		_ = st.Explain().String()
	})
}

// FuzzCooperation evaluates Cooperation art., paras. 2 and 3 on hostile
// judgements and grounds: never a panic, and dual criminality is
// symmetric ("under the laws of both States Parties").
func FuzzCooperation(f *testing.F) {
	f.Add(uint8(1), uint8(1), "", uint8(1), uint8(4))
	f.Add(uint8(2), uint8(0), "Preservation art., para. 3", uint8(0), uint8(255))
	f.Fuzz(func(t *testing.T, x, y uint8, waiver string, belief, grounds uint8) {
		w, _ := convention.ParseCitation(waiver)
		a := convention.Characterisation{Criminal: convention.Judgement(x % 4)}
		b := convention.Characterisation{Criminal: convention.Judgement(y % 4)}
		r1 := convention.EvaluateDualCriminality("conduct", a, b, w)
		r2 := convention.EvaluateDualCriminality("conduct", b, a, w)
		if r1.Outcome != r2.Outcome {
			t.Fatalf("not symmetric: %s / %s", r1.Outcome, r2.Outcome)
		}
		_ = r1.Explain().String()
		nd := convention.EvaluateNonDiscrimination(convention.DiscriminationFacts{Belief: convention.Judgement(belief % 4), Grounds: convention.DiscriminationGrounds(grounds)})
		_ = nd.Explain().String()
	})
}
