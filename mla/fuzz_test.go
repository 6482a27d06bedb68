package mla_test

import (
	"bytes"
	"encoding"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
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
			if strings.HasPrefix(p.Field, "Facts.") {
				continue // the judgements' problems (on a request naming no offence)
			}
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

// FuzzFactsJSON decodes the requested State's judgements: Validate never
// panics and cites registered paragraphs; valid judgements round-trip; and
// the prepared decisions reject exactly what Validate and the request's
// offences reject.
func FuzzFactsJSON(f *testing.F) {
	seedJSON(f, baseFacts())
	seedJSON(f, mla.Facts{})
	f.Add([]byte(`{"offences":[{"requested":{"criminal":"no"}},{"traffic_data_available":"yes"}],"fiscal":"yes","discrimination":{"belief":"yes","grounds":"sex,religion"}}`))
	f.Add([]byte(`{"offences":[{},{},{}],"records_public":"maybe"}`))
	pr, err := mla.Prepare(fullRequest(), baseProfile()) // two offences
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var fs mla.Facts
		if json.Unmarshal(b, &fs) != nil {
			return
		}
		verr := fs.Validate()
		for _, p := range convention.AsProblems(verr) {
			if !convention.Registered(p.Cite) || p.Path == "" {
				t.Fatalf("bad problem %v", p)
			}
		}
		_, aerr := pr.Assess(fs)
		if (aerr == nil) != (verr == nil && len(fs.Offences) <= 2) {
			t.Fatalf("Prepared.Assess error %v; Validate %v with %d offences' judgements", aerr, verr, len(fs.Offences))
		}
		if verr != nil {
			return
		}
		out, err := json.Marshal(fs)
		if err != nil {
			t.Fatal(err)
		}
		var back mla.Facts
		if err := json.Unmarshal(out, &back); err != nil || back.Validate() != nil {
			t.Fatalf("round trip %s: %v", out, err)
		}
	})
}

// FuzzPrepared decodes a whole case: preparing the request once and
// deciding it gives what Assess and Review give, errors included.
func FuzzPrepared(f *testing.F) {
	seedJSON(f, caseJSON{fullRequest(), baseProfile(), baseFacts(), refusal(mla.GroundNonPublic)})
	seedJSON(f, caseJSON{baseRequest(), baseProfile(), mla.Facts{}, mla.Response{}})
	f.Fuzz(func(t *testing.T, b []byte) {
		var c caseJSON
		if json.Unmarshal(b, &c) != nil {
			return
		}
		pr, perr := mla.Prepare(c.Request, c.Profile)
		a, aerr := mla.Assess(c.Request, c.Profile, c.Facts)
		rv, rerr := mla.Review(c.Request, c.Profile, c.Facts, c.Response)
		if perr != nil {
			if aerr == nil || rerr == nil {
				t.Fatalf("Prepare %v, yet Assess %v and Review %v", perr, aerr, rerr)
			}
			return
		}
		pa, paerr := pr.Assess(c.Facts)
		prv, prerr := pr.Review(c.Facts, c.Response)
		if !reflect.DeepEqual(a, pa) || !reflect.DeepEqual(convention.AsProblems(aerr), convention.AsProblems(paerr)) {
			t.Fatalf("Assess %v (%v), Prepared.Assess %v (%v)", a.Outcome, aerr, pa.Outcome, paerr)
		}
		if !reflect.DeepEqual(rv, prv) || !reflect.DeepEqual(convention.AsProblems(rerr), convention.AsProblems(prerr)) {
			t.Fatalf("Review %v (%v), Prepared.Review %v (%v)", rv.Outcome, rerr, prv.Outcome, prerr)
		}
	})
}

type otherJSON struct {
	Regime      mla.Regime           `json:"regime"`
	Request     mla.Request          `json:"request"`
	Profile     mla.Profile          `json:"profile"`
	Facts       mla.Facts            `json:"facts"`
	Public      convention.Judgement `json:"public"`
	Hearing     mla.Hearing          `json:"hearing"`
	Transfer    mla.Transfer         `json:"transfer"`
	Spontaneous mla.Spontaneous      `json:"spontaneous"`
	Joint       mla.Joint            `json:"joint"`
	Custody     convention.Period    `json:"custody"`
	AsOf        convention.Date      `json:"as_of"`
}

// FuzzOtherDecisions decodes the inputs of every other decision of the
// package: none panics, each cites registered paragraphs only and renders
// its explanation, and a treaty-governed decision on paragraphs 10 to 30
// is NotApplicable citing para. 9.
func FuzzOtherDecisions(f *testing.F) {
	seedJSON(f, otherJSON{Regime: mla.RegimeArticle, Request: baseRequest(), Profile: baseProfile(), Facts: baseFacts(), Public: convention.No,
		Hearing:  mla.Hearing{Role: mla.RoleWitness, InTerritory: true, AskedFor: true, AppearanceImpracticable: convention.Yes},
		Transfer: mla.Transfer{Detained: true, Purpose: mla.TransferTestimony, Offence: baseRequest().Offences[0], Consent: convention.Yes},
		Joint:    mla.Joint{CaseAgreement: convention.Yes}, Custody: convention.Period{Start: d("2028-02-27")}, AsOf: d("2028-03-01")})
	seedJSON(f, otherJSON{Regime: mla.RegimeTreaty})
	f.Fuzz(func(t *testing.T, b []byte) {
		var c otherJSON
		if json.Unmarshal(b, &c) != nil {
			return
		}
		ds := []mla.Decision{mla.DecideRegime(c.Profile), mla.Costs(c.Regime, c.Facts), mla.GovernmentRecords(c.Regime, c.Public),
			mla.VideoHearing(c.Regime, c.Hearing).Decision, mla.DecideTransfer(c.Regime, c.Transfer),
			mla.SpontaneousTransmission(c.Spontaneous), mla.JointInvestigation(c.Joint)}
		for _, fn := range []func() (mla.Decision, error){
			func() (mla.Decision, error) { return mla.Scope(c.Request) },
			func() (mla.Decision, error) { return mla.CheckForm(c.Request, c.Profile, c.Facts) },
			func() (mla.Decision, error) { return mla.Execution(c.Regime, c.Request, c.Facts) },
		} {
			if d, err := fn(); err == nil {
				ds = append(ds, d)
			}
		}
		for _, d := range ds {
			registeredOnly(t, d)
			_ = d.String()
			if c.Regime == mla.RegimeTreaty && d.Regime == mla.RegimeTreaty && d.Name != "form" {
				for _, ct := range d.Citations() {
					if ct.Article() == convention.ArtMLA && ct.Para() >= 10 && ct.Para() <= 30 {
						t.Fatalf("treaty-governed %s cites %v", d.Name, ct)
					}
				}
			}
		}
		if n := mla.CreditDays(c.Custody, c.AsOf); n < 0 {
			t.Fatalf("negative credit %d", n)
		}
	})
}

// FuzzStayJSON decodes a stay and a date: SafeConduct never panics, and a
// valid stay's protection, once ceased, never revives later.
func FuzzStayJSON(f *testing.F) {
	seedJSON(f, struct {
		S  mla.Stay        `json:"stay"`
		On convention.Date `json:"on"`
	}{mla.Stay{Basis: mla.BasisSafeConduct, Arrived: d("2028-02-01"), Informed: d("2028-02-20"),
		Unable: []convention.Period{{Start: d("2028-02-22"), End: d("2028-02-23")}}}, d("2028-03-07")})
	f.Add([]byte(`{"stay":{"basis":"transfer","arrived":"2028-03-01","departed":"2028-03-31","sending_agreed":"2028-03-10"},"on":"2028-04-01"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c struct {
			S  mla.Stay        `json:"stay"`
			On convention.Date `json:"on"`
		}
		if json.Unmarshal(b, &c) != nil {
			return
		}
		st, err := mla.SafeConduct(mla.RegimeArticle, c.S, c.On)
		if err != nil {
			return
		}
		registeredOnly(t, st.Decision)
		_ = st.String()
		if st.Outcome != convention.Ceased {
			return
		}
		later, err := mla.SafeConduct(mla.RegimeArticle, c.S, c.On.AddDays(400))
		if err != nil || later.Outcome != convention.Ceased || later.Ceased != st.Ceased {
			t.Fatalf("revived: %v then %v (%v)", st, later, err)
		}
	})
}

// FuzzResponseJSON decodes a proposed response: Validate never panics and
// a valid response round-trips.
func FuzzResponseJSON(f *testing.F) {
	seedJSON(f, refusal(mla.GroundEssentialInterests, mla.GroundFiscal))
	f.Add([]byte(`{"action":"refuse","grounds":["duty:give-reasons","ground:bank-secrecy"]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r mla.Response
		if json.Unmarshal(b, &r) != nil {
			return
		}
		if r.Validate() != nil {
			return
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back mla.Response
		if err := json.Unmarshal(out, &back); err != nil || !reflect.DeepEqual(back, r) {
			t.Fatalf("round trip %s: %v %v", out, back, err)
		}
	})
}

// FuzzEnumText reads a word as every enumeration of the package: a word
// accepted writes back as itself, and one refused never panics.
func FuzzEnumText(f *testing.F) {
	for _, w := range []string{"article", "refuse", "interpol", "oral", "investigation", "person", "safe-conduct", "requested-state", "expert", "testimony", "", "Refuse", "x"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for _, v := range []interface {
			encoding.TextMarshaler
			encoding.TextUnmarshaler
		}{new(mla.Regime), new(mla.Action), new(mla.Channel), new(mla.Form), new(mla.Nature), new(mla.SubjectKind),
			new(mla.Basis), new(mla.Conductor), new(mla.Role), new(mla.TransferPurpose), new(mla.Purpose)} {
			if v.UnmarshalText([]byte(w)) != nil {
				continue
			}
			out, err := v.MarshalText()
			if err != nil || string(out) != w {
				t.Fatalf("%T: %q read, %q written (%v)", v, w, out, err)
			}
		}
	})
}

// FuzzOffenceSetJSON decodes lists of offence indexes: an index outside 0
// to MaxOffences-1 is an error, and a set round-trips.
func FuzzOffenceSetJSON(f *testing.F) {
	f.Add([]byte(`[0,2,63]`))
	f.Add([]byte(`[64]`))
	f.Add([]byte(`[-1,1]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var s mla.OffenceSet
		if json.Unmarshal(b, &s) != nil {
			return
		}
		out, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back mla.OffenceSet
		if err := json.Unmarshal(out, &back); err != nil || back != s {
			t.Fatalf("round trip %v -> %s -> %v", s, out, back)
		}
	})
}
