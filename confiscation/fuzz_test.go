package confiscation_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/confiscation"
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

func registeredOnly(t *testing.T, d confiscation.Decision) {
	for _, c := range d.Citations() {
		if !convention.Registered(c) {
			t.Fatalf("unregistered citation %v", c)
		}
	}
}

// FuzzRequestJSON decodes arbitrary JSON into a Request: decoding,
// validation and assessment never panic; the problems Assess reports are
// among those Validate reports (Assess decides a request that is only not
// in conformity with the article, and rejects only input it cannot decide
// on); and a valid request round-trips.
func FuzzRequestJSON(f *testing.F) {
	seedJSON(f, baseRequest())
	seedJSON(f, fullRequest())
	seedJSON(f, confiscation.Request{})
	r := baseRequest()
	r.Offences = append(r.Offences, convention.Offence{Conduct: "laundering", Name: "blanchiment"})
	r.Basis = convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisConvention, convention.BasisTreaty}, Treaty: "ECMA 1959"}
	r.Language = convention.In(language.French, language.English)
	r.Urgency = convention.Urgency{Urgent: true, Reasons: "the funds may be moved"}
	r.Transmission = convention.Transmission{Sent: d("2026-11-03"), Means: convention.MeansElectronic}
	r.Confidentiality = convention.Confidentiality{NoNotice: true, Reasons: "tipping off"}
	r.Related = []convention.Related{{Ref: "FR-CONF-2026-001", Relation: convention.RelationSameCase}}
	r.Attachments = []convention.Attachment{{Kind: convention.AttachmentOrder, Title: "Jugement"}}
	r.Property[0].Asset, r.Property[0].Identifier = confiscation.AssetCrypto, "bc1q"
	seedJSON(f, r)
	f.Add([]byte(`{"kinds":["obtain-order","nope"]}`))
	f.Add([]byte(`{"kinds":["enforce-order"],"order":{"type":"freezing","issued":"2026-02-30"},"property":[{"value":"EUR -1"}]}`))
	f.Add([]byte(`{"kinds":["provisional-measures"],"confiscation_basis":"flight","provisional_order":{"type":"seizure"},"purposes":["records"]}`))
	f.Add([]byte(`{"basis":{"invoked":["treaty"]},"language":{"original":"de","translations":["de"]},"offences":[]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r confiscation.Request
		if json.Unmarshal(b, &r) != nil {
			return
		}
		err := r.Validate()
		for _, p := range convention.AsProblems(err) {
			if !convention.Registered(p.Cite) || p.Err == nil {
				t.Fatalf("bad problem %v", p)
			}
		}
		d, aerr := confiscation.Assess(r, baseProfile(), baseFacts())
		if err == nil && aerr != nil {
			t.Fatalf("Assess error %v on a valid request", aerr)
		}
		for _, p := range convention.AsProblems(aerr) {
			if !slices.ContainsFunc(convention.AsProblems(err), func(q convention.Problem) bool { return q.Cite == p.Cite && q.Field == p.Field }) &&
				!strings.HasPrefix(p.Field, "Facts.") {
				t.Fatalf("Assess reports %v, which Validate does not", p)
			}
		}
		if aerr == nil {
			registeredOnly(t, d)
			_ = d.String()
		}
		if err != nil {
			return
		}
		out, merr := json.Marshal(r)
		if merr != nil {
			t.Fatal(merr)
		}
		var back confiscation.Request
		if uerr := json.Unmarshal(out, &back); uerr != nil {
			t.Fatal(uerr)
		}
		again, _ := json.Marshal(back)
		if !bytes.Equal(out, again) {
			t.Fatalf("round trip:\n%s\n%s", out, again)
		}
	})
}

// FuzzValidate builds requests from raw fields, out-of-range enumerations
// included: Validate never panics and reports only registered citations.
func FuzzValidate(f *testing.F) {
	f.Add(uint8(0b1110), uint8(1), uint8(1), uint8(1), uint8(1), "desc", "facts", "extent", "EUR 10", int64(0), true, true)
	f.Add(uint8(0xff), uint8(9), uint8(9), uint8(9), uint8(9), "", "", "", "XXX 1", int64(-5), false, false)
	f.Fuzz(func(t *testing.T, kinds, basis, category, orderType, judgement uint8, desc, statement, extent, value string,
		issued int64, court, final bool) {
		r := fullRequest()
		r.Kinds, r.ConfiscationBasis = confiscation.Kinds(kinds), confiscation.Basis(basis)
		r.Offences = append(r.Offences, convention.Offence{Conduct: statement, Established: convention.ConventionOffence(extent)})
		p := confiscation.Property{Category: confiscation.Category(category), Description: desc}
		if m, err := convention.ParseMoney(value); err == nil {
			p.Value = m
		}
		r.Property = []confiscation.Property{p}
		r.Statement, r.Extent = statement, extent
		r.Order.Type, r.Order.Court, r.Order.Final = confiscation.OrderType(orderType), court, final
		r.Order.Issued = r.Made.AddDays(int(issued % 100000))
		r.Purposes = mla.Purposes(uint16(judgement) << 3)
		for _, p := range convention.AsProblems(r.Validate()) {
			if !convention.Registered(p.Cite) {
				t.Fatalf("unregistered %v", p)
			}
		}
		fs := baseFacts()
		fs.DeMinimisValue, fs.Jurisdiction = convention.Judgement(judgement), convention.Judgement(judgement>>2)
		if d, err := confiscation.Assess(r, baseProfile(), fs); err == nil {
			registeredOnly(t, d)
		}
	})
}

type caseJSON struct {
	Request  confiscation.Request  `json:"request"`
	Profile  confiscation.Profile  `json:"profile"`
	Facts    confiscation.Facts    `json:"facts"`
	Response confiscation.Response `json:"response"`
}

// FuzzAssess decodes a whole case (request, profile, facts, response):
// Assess and Review never panic, cite only registered paragraphs, a
// treaty-governed case never cites MLA art., paragraphs 10 to 30, and
// bank secrecy is never an available ground. Its seeds are large JSON
// documents: run it with a short -fuzzminimizetime.
func FuzzAssess(f *testing.F) {
	fs := baseFacts()
	fs.EssentialInterests, fs.DeMinimisValue = convention.Unassessed, convention.Unassessed
	seedJSON(f, caseJSON{baseRequest(), baseProfile(), fs, refusal(confiscation.GroundEssentialInterests)})
	p := baseProfile()
	p.Treaty, p.Capacity.EnforceForeign = convention.Yes, convention.Unassessed
	seedJSON(f, caseJSON{baseRequest(), p, baseFacts(), refusal(confiscation.GroundBankSecrecy, confiscation.GroundFiscal)})
	seedJSON(f, caseJSON{baseRequest(), baseProfile(), baseFacts(), lifting(false, confiscation.GroundEvidence)})
	pd := baseProfile()
	pd.DeMinimis = confiscation.Threshold{Amount: convention.MustMoney("KES 100000000"),
		Rates: []confiscation.Rate{{Currency: convention.MustCurrency("EUR"), Value: decimal.RequireFromString("140.25")}}}
	fd := baseFacts()
	fd.DeMinimisValue = convention.Unassessed
	seedJSON(f, caseJSON{baseRequest(), pd, fd, lifting(true, confiscation.GroundDeMinimisValue)})
	two := baseRequest()
	two.Offences = append(two.Offences, convention.Offence{Conduct: "laundering", Name: "blanchiment"})
	ft := baseFacts()
	ft.Offences = append(ft.Offences, mla.OffenceFacts{Requested: convention.Characterisation{Criminal: convention.No}})
	part := refusal(confiscation.GroundNotEstablished, confiscation.GroundDualCriminality)
	part.Offences = mla.OffencesOf(1)
	seedJSON(f, caseJSON{two, baseProfile(), ft, part})
	nc := baseRequest()
	nc.ThirdParties, nc.Basis = "", convention.Under(convention.BasisReciprocity)
	seedJSON(f, caseJSON{nc, baseProfile(), baseFacts(), refusal(confiscation.GroundNonConformity)})
	f.Fuzz(func(t *testing.T, b []byte) {
		var c caseJSON
		if json.Unmarshal(b, &c) != nil {
			return
		}
		for _, dec := range []func() (confiscation.Decision, error){
			func() (confiscation.Decision, error) { return confiscation.Assess(c.Request, c.Profile, c.Facts) },
			func() (confiscation.Decision, error) {
				return confiscation.Review(c.Request, c.Profile, c.Facts, c.Response)
			},
		} {
			d, err := dec()
			if err != nil {
				continue
			}
			registeredOnly(t, d)
			if d.Available.Has(confiscation.GroundBankSecrecy) {
				t.Fatal("bank secrecy available")
			}
			if d.Regime == mla.RegimeTreaty {
				for _, ci := range d.Citations() {
					if ci.Article() == convention.ArtMLA && ci.Para() >= 10 && ci.Para() <= 30 {
						t.Fatalf("treaty-governed case cites %v", ci)
					}
				}
			}
			_ = d.String()
		}
	})
}

// FuzzThreshold compares arbitrary amounts, rates and values: Compare and
// DeMinimis never panic, agree with each other, and, where they answer,
// agree with plain decimal arithmetic (the total of the values, each
// converted at its rate, below the threshold).
func FuzzThreshold(f *testing.F) {
	f.Add("EUR 1000", "USD", "0.92", "EUR 999.99", "USD 1000", "")
	f.Add("KES 60000000", "EUR", "140.25", "EUR 412000", "", "")
	f.Add("EUR 1", "USD", "0.5", "USD 2", "EUR 0.000000000000000001", "")
	f.Add("EUR 99999999999999999999", "USD", "123456789.123456789", "USD 99999999999999999999", "EUR 1", "x")
	f.Add("EUR 0", "EUR", "-1", "KES 5", "EUR -3", "")
	f.Fuzz(func(t *testing.T, amount, cur, rate, v1, v2, unvalued string) {
		th := confiscation.Threshold{}
		if m, err := convention.ParseMoney(amount); err == nil {
			th.Amount = m
		}
		if c, err := convention.ParseCurrency(cur); err == nil {
			if d, err := decimal.NewFromString(rate); err == nil {
				th.Rates = []confiscation.Rate{{Currency: c, Value: d}}
			}
		}
		var items []confiscation.Property
		for _, v := range []string{v1, v2} {
			if m, err := convention.ParseMoney(v); err == nil {
				items = append(items, confiscation.Property{Description: "item", Value: m})
			}
		}
		if unvalued != "" {
			items = append(items, confiscation.Property{Description: "item"})
		}
		j, err := th.DeMinimis(items)
		v, cerr := th.Compare(items)
		if (err == nil) != (cerr == nil) {
			t.Fatalf("DeMinimis %v, Compare %v", err, cerr)
		}
		if err != nil {
			for _, p := range convention.AsProblems(err) {
				if p.Cite != cite(7) {
					t.Fatalf("problem not cited to para. 7: %v", p)
				}
			}
			return
		}
		if v.Below != j {
			t.Fatalf("Compare %v, DeMinimis %v", v.Below, j)
		}
		_ = v.Explain().String()
		if th.Amount.IsZero() || v.Valued == 0 {
			if j != convention.Unassessed {
				t.Fatalf("nothing compared, answer %v", j)
			}
			return
		}
		total := decimal.Zero
		for _, it := range items {
			if it.Value.IsZero() {
				continue
			}
			x := it.Value.Amount()
			if it.Value.Currency() != th.Amount.Currency() {
				x = x.Mul(th.Rates[0].Value)
			}
			total = total.Add(x)
		}
		if !total.Equal(v.Total.Amount()) {
			t.Fatalf("total %v, decimal %v", v.Total, total)
		}
		below := total.Cmp(th.Amount.Amount()) < 0
		switch {
		case !below && j != convention.No:
			t.Fatalf("total %v not below %v, answer %v", total, th.Amount, j)
		case below && v.Unvalued == 0 && j != convention.Yes:
			t.Fatalf("total %v below %v, answer %v", total, th.Amount, j)
		case below && v.Unvalued > 0 && j != convention.Unassessed:
			t.Fatalf("unvalued items leave it open, answer %v", j)
		}
	})
}

// FuzzEnumText reads arbitrary words as each enumeration of the package:
// never a panic, an error for a word not listed, and a word read writes
// back as itself.
func FuzzEnumText(f *testing.F) {
	for _, w := range []string{"", "obtain-order", "flight", "proceeds", "crypto-asset", "seizure", "freeze-on-order", "lift", "Lift", "bitcoin"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		type text interface {
			UnmarshalText([]byte) error
			MarshalText() ([]byte, error)
		}
		for _, v := range []text{new(confiscation.Kind), new(confiscation.Basis), new(confiscation.Category), new(confiscation.Asset),
			new(confiscation.OrderType), new(confiscation.Route), new(confiscation.Action)} {
			if v.UnmarshalText([]byte(w)) != nil {
				continue
			}
			b, err := v.MarshalText()
			if err != nil || string(b) != w {
				t.Fatalf("%T: %q read, %q (%v) written", v, w, b, err)
			}
		}
		for _, v := range []json.Unmarshaler{new(confiscation.Kinds), new(confiscation.Routes)} {
			_ = v.UnmarshalJSON([]byte(w))
		}
	})
}

// FuzzPartsJSON decodes arbitrary JSON as a Profile, Facts and Response:
// their Validate never panics, cites only registered paragraphs, and a
// valid value round-trips.
func FuzzPartsJSON(f *testing.F) {
	seedJSON(f, baseProfile())
	seedJSON(f, baseFacts())
	seedJSON(f, refusal(confiscation.GroundEssentialInterests))
	f.Add([]byte(`{"de_minimis":{"amount":"KES 1","rates":[{"currency":"EUR","value":"140.25"},{"currency":"EUR","value":"1"}]},"capacity":{"enforce_foreign":"maybe"}}`))
	f.Add([]byte(`{"action":"refuse","grounds":["offence-not-established"],"offences":[0,63,64]}`))
	f.Add([]byte(`{"offences":[{"requested":{"criminal":"no"}}],"discrimination":{"belief":"yes","grounds":["religion"]}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		type validated interface{ Validate() error }
		for _, v := range []validated{new(confiscation.Profile), new(confiscation.Facts), new(confiscation.Response)} {
			if json.Unmarshal(b, v) != nil {
				continue
			}
			err := v.Validate()
			for _, p := range convention.AsProblems(err) {
				if !convention.Registered(p.Cite) {
					t.Fatalf("%T: unregistered %v", v, p)
				}
			}
			if err != nil {
				continue
			}
			out, merr := json.Marshal(v)
			if merr != nil {
				t.Fatalf("%T: %v", v, merr)
			}
			if uerr := json.Unmarshal(out, v); uerr != nil {
				t.Fatalf("%T: %v", v, uerr)
			}
			again, _ := json.Marshal(v)
			if !bytes.Equal(out, again) {
				t.Fatalf("%T round trip:\n%s\n%s", v, out, again)
			}
		}
	})
}

// FuzzPrepared decides a whole case both ways: a prepared request decides
// as Assess and Review do, and neither panics.
func FuzzPrepared(f *testing.F) {
	seedJSON(f, caseJSON{baseRequest(), baseProfile(), baseFacts(), refusal(confiscation.GroundEssentialInterests)})
	nc := baseRequest()
	nc.ThirdParties, nc.Actions = "", ""
	seedJSON(f, caseJSON{nc, baseProfile(), baseFacts(), lifting(false, confiscation.GroundEvidence)})
	f.Fuzz(func(t *testing.T, b []byte) {
		var c caseJSON
		if json.Unmarshal(b, &c) != nil {
			return
		}
		pr, err := confiscation.Prepare(c.Request, c.Profile)
		if err != nil {
			return
		}
		a, aerr := confiscation.Assess(c.Request, c.Profile, c.Facts)
		pa, perr := pr.Assess(c.Facts)
		if (aerr == nil) != (perr == nil) || aerr == nil && a.String() != pa.String() {
			t.Fatalf("Assess %v %v, Prepared.Assess %v %v", a.Outcome, aerr, pa.Outcome, perr)
		}
		v, verr := confiscation.Review(c.Request, c.Profile, c.Facts, c.Response)
		pv, pverr := pr.Review(c.Facts, c.Response)
		if (verr == nil) != (pverr == nil) || verr == nil && v.String() != pv.String() {
			t.Fatalf("Review %v %v, Prepared.Review %v %v", v.Outcome, verr, pv.Outcome, pverr)
		}
	})
}
