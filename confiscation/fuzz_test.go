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
