package mla_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

func seedJSON(f *testing.F, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
}

func registeredOnly(t *testing.T, d mla.Decision) {
	for _, c := range d.Citations() {
		if !convention.Registered(c) {
			t.Fatalf("unregistered citation %v", c)
		}
	}
}

// FuzzRequestJSON decodes arbitrary JSON into a Request: decoding,
// validation and assessment never panic, and a valid request round-trips.
func FuzzRequestJSON(f *testing.F) {
	seedJSON(f, baseRequest())
	seedJSON(f, fullRequest())
	seedJSON(f, mla.Request{})
	f.Add([]byte(`{"offences":[{"conduct":"x","established":"illegal-access"},{"conduct":"y"}],"language":{"original":"fr","translations":["en","fr"]},"basis":{"invoked":["treaty"]}}`))
	f.Add([]byte(`{"purposes":["service","nope"]}`))
	f.Add([]byte(`{"language":"zh-Hant","form":"oral","channel":"interpol","subjects":[{"kind":"person"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r mla.Request
		if json.Unmarshal(b, &r) != nil {
			return
		}
		err := r.Validate()
		for _, p := range convention.AsProblems(err) {
			if !convention.Registered(p.Cite) || p.Err == nil {
				t.Fatalf("bad problem %v", p)
			}
		}
		d, aerr := mla.Assess(r, baseProfile(), baseFacts())
		// Assess rejects only what Validate reports, and decides the rest
		// (a request not in conformity with the article, para. 22(a)).
		if aerr != nil && err == nil {
			t.Fatalf("Assess error %v on a valid request", aerr)
		}
		all := convention.AsProblems(err)
		for _, p := range convention.AsProblems(aerr) {
			if !slices.ContainsFunc(all, func(q convention.Problem) bool { return q.Cite == p.Cite && q.Field == p.Field }) {
				t.Fatalf("Assess reports %v, which Validate does not", p)
			}
		}
		if aerr == nil {
			registeredOnly(t, d)
			if err != nil && d.Regime == mla.RegimeArticle && d.Outcome != convention.NotApplicable &&
				d.Answer(mla.TestContents) == convention.No && !d.Available.Has(mla.GroundNonConformity) {
				t.Fatalf("a request lacking para. 16 elements without para. 22(a): %v", d)
			}
		}
		if err != nil {
			return
		}
		out, merr := json.Marshal(r)
		if merr != nil {
			t.Fatal(merr)
		}
		var back mla.Request
		if uerr := json.Unmarshal(out, &back); uerr != nil {
			t.Fatal(uerr)
		}
		again, _ := json.Marshal(back)
		if !bytes.Equal(out, again) {
			t.Fatalf("round trip:\n%s\n%s", out, again)
		}
	})
}

// FuzzValidate builds requests from raw fields, including out-of-range
// enumerations and judgements: Validate never panics and reports only
// registered citations.
func FuzzValidate(f *testing.F) {
	f.Add("Parquet", "facts", "aim", uint16(1<<2), uint8(1), uint8(1), uint8(1), uint8(1), uint8(1), "KE", "fr", int64(0))
	f.Add("", "", "", uint16(0xffff), uint8(9), uint8(9), uint8(9), uint8(9), uint8(9), "Kenyan", "", int64(-5))
	f.Fuzz(func(t *testing.T, auth, facts, aim string, purposes uint16, nature, kind, channel, form, judgement uint8,
		nationality, lang string, deadline int64) {
		r := baseRequest()
		r.RequestingAuthority, r.Facts, r.Aim = auth, facts, aim
		r.Purposes = mla.Purposes(purposes)
		r.Nature, r.Channel, r.Form = mla.Nature(nature), mla.Channel(channel), mla.Form(form)
		r.LegalPersonLiable = convention.Judgement(judgement)
		r.Subjects = append(r.Subjects, mla.Subject{Kind: mla.SubjectKind(kind), Identity: auth, Nationality: nationality})
		if tag, err := language.Parse(lang); err == nil {
			r.Language = convention.In(tag)
		}
		r.Deadline = r.Made.AddDays(int(deadline % 100000))
		for _, p := range convention.AsProblems(r.Validate()) {
			if !convention.Registered(p.Cite) {
				t.Fatalf("unregistered %v", p)
			}
		}
		if d, err := mla.Assess(r, baseProfile(), baseFacts()); err == nil {
			registeredOnly(t, d)
		}
	})
}

type caseJSON struct {
	Request  mla.Request  `json:"request"`
	Profile  mla.Profile  `json:"profile"`
	Facts    mla.Facts    `json:"facts"`
	Response mla.Response `json:"response"`
}

// FuzzAssess decodes a whole case. Its seeds are large JSON documents: run
// it with a short -fuzzminimizetime (say 2s), or the engine spends a minute
// minimizing each new input while reporting 0 execs/sec.
//
// It decodes a whole case (request, profile, facts, response):
// Assess and Review never panic, cite only registered paragraphs, and a
// treaty-governed case never cites paragraphs 10 to 30.
func FuzzAssess(f *testing.F) {
	seedJSON(f, caseJSON{fullRequest(), baseProfile(), baseFacts(), refusal(mla.GroundNonPublic)})
	fs := baseFacts()
	fs.EssentialInterests = convention.Unassessed
	seedJSON(f, caseJSON{baseRequest(), baseProfile(), fs, refusal(mla.GroundEssentialInterests)})
	p := baseProfile()
	p.Treaty = convention.Yes
	seedJSON(f, caseJSON{baseRequest(), p, baseFacts(), refusal(mla.GroundBankSecrecy, mla.GroundFiscal)})
	f.Fuzz(func(t *testing.T, b []byte) {
		var c caseJSON
		if json.Unmarshal(b, &c) != nil {
			return
		}
		a, err := mla.Assess(c.Request, c.Profile, c.Facts)
		if err != nil {
			return
		}
		registeredOnly(t, a)
		_ = a.String()
		rv, err := mla.Review(c.Request, c.Profile, c.Facts, c.Response)
		if err != nil {
			return
		}
		registeredOnly(t, rv)
		for _, d := range []mla.Decision{a, rv} {
			if d.Regime != mla.RegimeTreaty {
				continue
			}
			for _, ct := range d.Citations() {
				if ct.Article() == convention.ArtMLA && ct.Para() >= 10 && ct.Para() <= 30 {
					t.Fatalf("treaty-governed %s cites %v", d.Name, ct)
				}
			}
		}
		if rv.Outcome == convention.Lawful && c.Response.Grounds.Has(mla.GroundBankSecrecy) && c.Response.Action == mla.ActionRefuse {
			t.Fatal("a bank-secrecy refusal accepted")
		}
	})
}

// FuzzSafeConduct computes the protection from arbitrary events: it never
// panics, and once ceased it stays ceased on the same date.
func FuzzSafeConduct(f *testing.F) {
	f.Add(uint8(2), int32(0), int32(13), int32(0), int32(19), int32(21), int32(0), int32(0), uint8(0), int32(30), int32(40))
	f.Add(uint8(1), int32(0), int32(-1), int32(7), int32(-1), int32(-1), int32(3), int32(5), uint8(1), int32(4), int32(400))
	f.Fuzz(func(t *testing.T, basis uint8, arrived, informed, agreed, unableStart, unableEnd, departed, returned int32,
		voluntary uint8, on1, on2 int32) {
		base := d("2028-02-01")
		at := func(n int32) convention.Date {
			if n < 0 {
				return convention.Date{}
			}
			return base.AddDays(int(n % 4000))
		}
		s := mla.Stay{Basis: mla.Basis(basis), Arrived: at(arrived), Informed: at(informed), AgreedDays: int(agreed),
			Departed: at(departed), Returned: at(returned), ReturnVoluntary: convention.Judgement(voluntary)}
		if unableStart >= 0 {
			s.Unable = []convention.Period{{Start: at(unableStart), End: at(unableEnd)}}
		}
		a, b := at(on1), at(on2)
		if b.Before(a) {
			a, b = b, a
		}
		sa, err := mla.SafeConduct(mla.RegimeArticle, s, a)
		if err != nil {
			return
		}
		sb, err := mla.SafeConduct(mla.RegimeArticle, s, b)
		if err != nil {
			t.Fatal(err)
		}
		if sa.Outcome == convention.Ceased && (sb.Outcome != convention.Ceased || sb.Ceased != sa.Ceased) {
			t.Fatalf("revived: %v then %v", sa, sb)
		}
	})
}

// FuzzPurposesJSON decodes purpose lists: never panics, round-trips.
func FuzzPurposesJSON(f *testing.F) {
	f.Add([]byte(`["evidence","other"]`))
	f.Add([]byte(`[""]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var p mla.Purposes
		if json.Unmarshal(b, &p) != nil {
			return
		}
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back mla.Purposes
		if err := json.Unmarshal(out, &back); err != nil || back != p {
			t.Fatalf("round trip %v -> %s -> %v (%v)", p, out, back, err)
		}
	})
}

// FuzzUseJSON decodes a use of information received (paras. 6, 20),
// proposed or made: the decisions and reviews never panic, cite only
// registered paragraphs, and a review never accepts a use the decision
// prohibits.
func FuzzUseJSON(f *testing.F) {
	seedJSON(f, struct {
		S mla.Spontaneous `json:"s"`
		U mla.Use         `json:"u"`
	}{mla.Spontaneous{Confidential: true}, mla.Use{Disclosure: true, Exculpatory: convention.Yes, InformedWithoutDelay: true}})
	f.Add([]byte(`{"s":{"restricted":true},"u":{"other_proceedings":true,"consent":"no","advance_notice_possible":"maybe"}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c struct {
			S mla.Spontaneous `json:"s"`
			U mla.Use         `json:"u"`
		}
		if json.Unmarshal(b, &c) != nil {
			return
		}
		for _, pair := range [][2]mla.Decision{
			{mla.SpontaneousUse(c.S, c.U), mla.ReviewSpontaneousUse(c.S, c.U)},
			{mla.EvidenceUse(mla.RegimeArticle, c.U), mla.ReviewEvidenceUse(mla.RegimeArticle, c.U)},
		} {
			registeredOnly(t, pair[0])
			registeredOnly(t, pair[1])
			_ = pair[1].String()
			if pair[0].Outcome == convention.Prohibited && pair[1].Outcome == convention.Lawful {
				t.Fatalf("a prohibited use accepted: %v", pair[1])
			}
		}
	})
}
