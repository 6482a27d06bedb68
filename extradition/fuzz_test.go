package extradition_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
)

// fuzzCase is the JSON a case system would hand the library.
type fuzzCase struct {
	Request  extradition.Request  `json:"request"`
	Profile  extradition.Profile  `json:"profile"`
	Facts    extradition.Facts    `json:"facts"`
	Response extradition.Response `json:"response"`
}

func seeds(f *testing.F) {
	in := undetermined()
	for _, c := range []inputs{base(), in} {
		b, err := json.Marshal(fuzzCase{c.r, c.p, c.f, c.s})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"request":{"offences":[{},{}],"purpose":"enforcement","sentence":{"imposed":"life","remainder":"2y"}}}`))
	f.Add([]byte(`{"request":{"person":{"in_requested_state":"maybe"}},"response":{"grounds":["nationality","no-such"]}}`))
	f.Add([]byte(`{"facts":{"discrimination":{"belief":"yes","grounds":"race,sex"}},"profile":{"notification":"none"}}`))
	f.Add([]byte(`{"request":{"offences":[{"fiscal":true}]},"facts":{"domestic_ground":"yes","domestic_ground_fiscal":"yes","nationality_ground":"no","conditional_law":"yes"}}`))
}

// FuzzRequestJSON: decoding a request never panics, and what decodes
// survives a round trip; validating and assessing it never panic.
func FuzzRequestJSON(f *testing.F) {
	for _, c := range []inputs{base(), undetermined()} {
		b, _ := json.Marshal(c.r)
		f.Add(b)
	}
	f.Add([]byte(`{"offences":null,"purpose":""}`))
	f.Add([]byte(`{"language":{"original":"es","translations":["en"]},"basis":{"invoked":["treaty","convention"],"treaty":"Tratado de 1998"},"urgency":{"urgent":true,"reasons":"flight"},"attachments":[],"related":[{"ref":"PA-1","relation":"same-case"}],"person":{"role":"accused"}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r extradition.Request
		if json.Unmarshal(b, &r) != nil {
			return
		}
		_ = r.Validate()
		_, _ = extradition.Assess(r, extradition.Profile{}, extradition.Facts{})
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("marshal %+v: %v", r, err)
		}
		// Decode, encode, decode: the second decoding is the first (an
		// empty list and an absent one are the same request).
		var back extradition.Request
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("unmarshal %s: %v", out, err)
		}
		again, err := json.Marshal(back)
		if err != nil {
			t.Fatal(err)
		}
		var back2 extradition.Request
		if err := json.Unmarshal(again, &back2); err != nil || !reflect.DeepEqual(back, back2) || string(out) != string(again) {
			t.Fatalf("round trip:\n%s\n%s", out, again)
		}
	})
}

// FuzzValidate: Validate never panics on hostile values, and reports
// problems exactly when the request is not valid, each with a registered
// citation.
func FuzzValidate(f *testing.F) {
	f.Add("FRA", "BRA", "J. Doe", uint8(1), uint8(2), "conduct", "computer-fraud", uint8(1), uint8(1), uint8(0), uint8(0), "4y", "1y", 2)
	f.Add("", "EU", "", uint8(9), uint8(200), "", "", uint8(7), uint8(3), uint8(2), uint8(9), "life", "death", 70)
	f.Fuzz(func(t *testing.T, requesting, requested, name string, located, national uint8, conduct, established string,
		criminal, purpose, measure, flags uint8, imposed, remainder string, n int) {
		r := extradition.Request{
			Person:           extradition.Person{Name: name, InRequestedState: convention.Judgement(located), National: convention.Judgement(national)},
			Purpose:          extradition.Purpose(purpose),
			Provisional:      extradition.Measure(measure),
			Urgency:          convention.Urgency{Urgent: flags&1 != 0},
			SubmitIfRefused:  flags&2 != 0,
			EnforceIfRefused: flags&4 != 0,
		}
		r.Requesting, _ = convention.ParsePartyID(requesting)
		r.Requested, _ = convention.ParsePartyID(requested)
		r.Sentence.Imposed, _ = convention.ParsePenalty(imposed)
		r.Sentence.Remainder, _ = convention.ParsePenalty(remainder)
		for i := 0; i < n%80 && i >= 0; i++ {
			r.Offences = append(r.Offences, extradition.Charge{
				Offence:   convention.Offence{Conduct: conduct, Established: convention.ConventionOffence(established)},
				Requested: convention.Characterisation{Criminal: convention.Judgement(criminal)},
			})
		}
		err := r.Validate()
		for _, p := range convention.AsProblems(err) {
			if !convention.Registered(p.Cite) || p.Err == nil || p.Field == "" {
				t.Fatalf("ill-formed problem %+v", p)
			}
		}
		_, aerr := extradition.Assess(r, extradition.Profile{}, extradition.Facts{})
		if (err == nil) != (aerr == nil) {
			t.Fatalf("Validate %v, Assess %v", err, aerr)
		}
	})
}

// FuzzDecisions: every decision on any decodable case never panics; when
// the inputs are valid, every citation is registered and a result is
// Undetermined exactly when it lists facts it needs.
func FuzzDecisions(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		var c fuzzCase
		if json.Unmarshal(b, &c) != nil {
			return
		}
		var results []convention.Result[extradition.Term]
		if s, err := extradition.DecideScope(c.Request, c.Facts); err == nil {
			results = append(results, s.Result)
			_ = s.String()
		}
		if d, err := extradition.DecideBasis(c.Profile, c.Facts); err == nil {
			results = append(results, d.Result)
			_ = d.String()
		}
		if a, err := extradition.Assess(c.Request, c.Profile, c.Facts); err == nil {
			results = append(results, a.Result)
			_ = a.String()
			if _, err := json.Marshal(a); err != nil {
				t.Fatal(err)
			}
		}
		if p, err := extradition.DecideProvisional(c.Request, c.Facts); err == nil {
			results = append(results, p.Result)
			_ = p.String()
		}
		if v, err := extradition.Review(c.Request, c.Profile, c.Facts, c.Response); err == nil {
			results = append(results, v.Result)
			_ = v.String()
		}
		for _, r := range results {
			if !r.Outcome.IsValid() {
				t.Fatalf("outcome %s", r.Outcome)
			}
			for _, cite := range r.Citations() {
				if !convention.Registered(cite) {
					t.Fatalf("unregistered %s", cite)
				}
			}
			if (r.Outcome == convention.Undetermined) != !r.Needed.IsEmpty() {
				t.Fatalf("%s with needed %v", r.Outcome, r.Needed.Slice())
			}
		}
	})
}

// FuzzUnmarshalText: every text form either fails or round-trips.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "prosecution", "custody", "none", "treaty", "refuse", "nationality", "fiscal-matters", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var (
			p extradition.Purpose
			m extradition.Measure
			n extradition.Notification
			b extradition.Basis
			a extradition.Action
			g extradition.Term
		)
		for _, v := range []interface {
			UnmarshalText([]byte) error
			MarshalText() ([]byte, error)
		}{&p, &m, &n, &b, &a, &g} {
			if v.UnmarshalText([]byte(s)) != nil {
				continue
			}
			out, err := v.MarshalText()
			if err != nil || string(out) != s {
				t.Fatalf("%T %q: %q %v", v, s, out, err)
			}
		}
	})
}

// FuzzPrepared: Prepare never panics; a request it prepares decides as
// Assess and Review do, on any judgements and response, and one it refuses
// is refused by them too.
func FuzzPrepared(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		var c fuzzCase
		if json.Unmarshal(b, &c) != nil {
			return
		}
		pr, perr := extradition.Prepare(c.Request, c.Profile)
		a, aerr := extradition.Assess(c.Request, c.Profile, c.Facts)
		v, verr := extradition.Review(c.Request, c.Profile, c.Facts, c.Response)
		if perr != nil {
			if aerr == nil || verr == nil {
				t.Fatalf("Prepare refuses (%v) what Assess (%v) or Review (%v) accepts", perr, aerr, verr)
			}
			return
		}
		pa, paerr := pr.Assess(c.Facts)
		pv, pverr := pr.Review(c.Facts, c.Response)
		if (paerr == nil) != (aerr == nil) || (pverr == nil) != (verr == nil) {
			t.Fatalf("errors differ: %v/%v, %v/%v", paerr, aerr, pverr, verr)
		}
		if !reflect.DeepEqual(pa.Result, a.Result) || !reflect.DeepEqual(pv.Result, v.Result) {
			t.Fatalf("Prepared decides otherwise:\n%s\n%s", pa, a)
		}
	})
}

// FuzzInputsJSON: the profile, the judgements and a response decode from
// any JSON without panicking; what decodes validates without panicking and
// survives a round trip with the same validity.
func FuzzInputsJSON(f *testing.F) {
	seeds(f)
	f.Add([]byte(`{"profile":{"treaty_conditional":"yes","offences_recognised":["illegal-access","illegal-access"]}}`))
	f.Add([]byte(`{"response":{"action":"extradite-conditionally","grounds":["fiscal-matters","apply-to-other-serious-crimes"],"enforcement_considered":true}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c fuzzCase
		if json.Unmarshal(b, &c) != nil {
			return
		}
		for _, v := range []interface{ Validate() error }{c.Profile, c.Facts, c.Response} {
			err := v.Validate()
			for _, p := range convention.AsProblems(err) {
				if !convention.Registered(p.Cite) || p.Err == nil {
					t.Fatalf("ill-formed problem %+v", p)
				}
			}
			out, merr := json.Marshal(v)
			if merr != nil {
				continue // an invalid value never marshals silently
			}
			back := reflect.New(reflect.TypeOf(v))
			if err := json.Unmarshal(out, back.Interface()); err != nil {
				t.Fatalf("%T: %s does not decode: %v", v, out, err)
			}
			if (back.Elem().Interface().(interface{ Validate() error }).Validate() == nil) != (err == nil) {
				t.Fatalf("%T: validity changed by a round trip: %s", v, out)
			}
		}
	})
}
