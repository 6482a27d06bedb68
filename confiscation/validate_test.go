package confiscation_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// fullRequest seeks all three kinds, so that every rule applies.
func fullRequest() confiscation.Request {
	r := baseRequest()
	r.Kinds = r.Kinds.With(confiscation.KindObtainOrder)
	return r
}

func TestBaselinesValid(t *testing.T) {
	require.NoError(t, baseRequest().Validate())
	require.NoError(t, fullRequest().Validate())
	require.NoError(t, confiscation.Response{Action: confiscation.ActionRefuse}.Validate())
}

// For every rule of Rules, breaking only that rule from a valid baseline
// reports exactly that rule's citation, on that field.
func TestEachRuleBreaksAlone(t *testing.T) {
	eur := convention.MustCurrency("EUR")
	rows := []struct {
		name   string
		cite   convention.Citation
		field  string
		break_ func(r *confiscation.Request)
	}{
		{"para. 3 kind outside the article", cite(3), "Kinds", func(r *confiscation.Request) { r.Kinds |= 1 << 6 }},
		{"para. 3 MLA purposes sought", cite(3), "Purposes", func(r *confiscation.Request) { r.Purposes = mla.PurposesOf(mla.PurposeRecords) }},
		{"para. 3(a) no property described", citePoint(3, 'a'), "Property", func(r *confiscation.Request) { r.Property = nil }},
		{"para. 3(a) no statement of facts", citePoint(3, 'a'), "Statement", func(r *confiscation.Request) {
			r.Statement, r.Kinds = "", confiscation.KindsOf(confiscation.KindObtainOrder)
			r.ProvisionalOrder = confiscation.Order{}
		}},
		{"para. 3(b) no order", citePoint(3, 'b'), "Order", func(r *confiscation.Request) { r.Order = confiscation.Order{} }},
		{"para. 3(b) no admissible copy", citePoint(3, 'b'), "Order.AdmissibleCopy", func(r *confiscation.Request) { r.Order.AdmissibleCopy = false }},
		{"para. 3(b) issuing authority not named", citePoint(3, 'b'), "Order.Authority", func(r *confiscation.Request) { r.Order.Authority = "" }},
		{"para. 1(b) order not of a court", citePoint(1, 'b'), "Order.Court", func(r *confiscation.Request) { r.Order.Court = false }},
		{"para. 3(b) order not stated final", citePoint(3, 'b'), "Order.Final", func(r *confiscation.Request) { r.Order.Final = false }},
		{"para. 3(b) no statement of facts", citePoint(3, 'b'), "Statement", func(r *confiscation.Request) {
			r.Statement, r.Kinds = "", confiscation.KindsOf(confiscation.KindEnforceOrder)
			r.ProvisionalOrder = confiscation.Order{}
		}},
		{"para. 3(b) extent of execution not stated", citePoint(3, 'b'), "Extent", func(r *confiscation.Request) { r.Extent = "" }},
		{"para. 3(b) third-party notice not stated", citePoint(3, 'b'), "ThirdParties", func(r *confiscation.Request) { r.ThirdParties = "\t" }},
		{"para. 3(c) no statement of facts", citePoint(3, 'c'), "Statement", func(r *confiscation.Request) {
			r.Statement, r.Kinds = "", confiscation.KindsOf(confiscation.KindProvisional)
		}},
		{"para. 3(c) actions not described", citePoint(3, 'c'), "Actions", func(r *confiscation.Request) { r.Actions = "" }},
		{"para. 3(c) order without admissible copy", citePoint(3, 'c'), "ProvisionalOrder", func(r *confiscation.Request) { r.ProvisionalOrder.AdmissibleCopy = false }},
		{"para. 3(b) order dated after the request", citePoint(3, 'b'), "Order.Issued", func(r *confiscation.Request) { r.Order.Issued = d("2026-11-03") }},
		{"para. 3(c) order dated after the request", citePoint(3, 'c'), "ProvisionalOrder.Issued", func(r *confiscation.Request) { r.ProvisionalOrder.Issued = d("2027-01-01") }},
		{"Recovery para. 1(c) undeclared basis", convention.CitePoint(convention.ArtRecovery, 1, 'c'), "ConfiscationBasis", func(r *confiscation.Request) { r.ConfiscationBasis = 17 }},
		{"para. 1 undeclared category", cite(1), "Property[0].Category", func(r *confiscation.Request) { r.Property[0].Category = 12 }},
		{"para. 3(a) property not described", citePoint(3, 'a'), "Property[0].Description", func(r *confiscation.Request) { r.Property[0].Description = "" }},
		{"para. 3(a) negative estimated value", citePoint(3, 'a'), "Property[0].Value", func(r *confiscation.Request) {
			r.Property[0].Value = convention.NewMoney(decimal.NewFromInt(-1), eur)
		}},
		{"para. 3(a) undeclared asset", citePoint(3, 'a'), "Property[0].Asset", func(r *confiscation.Request) { r.Property[0].Asset = 99 }},
		{"para. 3 a request for confiscation extends no preservation", cite(3), "Related", func(r *confiscation.Request) {
			r.Related = []convention.Related{{Ref: "PRES-1", Relation: convention.RelationExtends}}
		}},
		{"para. 3 copies said to be included, no order attached", cite(3), "Attachments", func(r *confiscation.Request) {
			r.Attachments = []convention.Attachment{{Kind: convention.AttachmentLaw, Title: "Code pénal"}}
		}},
		{"para. 7 no offence named", cite(7), "Offences", func(r *confiscation.Request) { r.Offences = nil }},
		{"para. 7 more offences than MaxOffences", cite(7), "Offences", func(r *confiscation.Request) {
			for len(r.Offences) <= confiscation.MaxOffences {
				r.Offences = append(r.Offences, convention.Offence{Conduct: "laundering", Established: "illegal-access"})
			}
		}},
	}
	covered := map[string]bool{}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			r := fullRequest()
			r.Property = append([]confiscation.Property(nil), r.Property...)
			row.break_(&r)
			ps := convention.AsProblems(r.Validate())
			require.Len(t, ps, 1, "%v", ps.Strings())
			assert.Equal(t, row.cite, ps[0].Cite)
			assert.Equal(t, row.field, ps[0].Field)
			assert.True(t, convention.Registered(ps[0].Cite))
		})
		covered[fmt.Sprint(row.cite, "|", row.field)] = true
	}
	for _, rule := range confiscation.Rules() {
		field := rule.Field
		if strings.HasPrefix(field, "Property[].") {
			field = "Property[0]." + field[len("Property[]."):]
		}
		assert.True(t, covered[fmt.Sprint(rule.Cite, "|", field)], "rule %v %s has no row", rule.Cite, rule.Field)
		assert.NotEmpty(t, rule.Quote)
	}
}

// MLA art., paras. 14-16 and 32 apply mutatis mutandis (para. 3): their
// problems carry the MLA citations, reported with the article's own.
func TestMLAContentsApplyMutatisMutandis(t *testing.T) {
	r := baseRequest()
	r.RequestingAuthority, r.Aim, r.Facts = "", "", ""
	r.Language = convention.Languages{}
	r.Extent = ""
	ps := convention.AsProblems(r.Validate())
	assert.Equal(t, []convention.Citation{mlaCite(15), mlaPoint(16, 'a'), mlaPoint(16, 'c'), mlaPoint(16, 'f'), citePoint(3, 'b')}, ps.Cites(), "%v", ps.Strings())
	fields := []string{}
	for _, p := range ps {
		fields = append(fields, p.Field)
	}
	assert.Equal(t, []string{"Language", "RequestingAuthority", "Facts", "Aim", "Extent"}, fields)
	assert.True(t, errors.Is(r.Validate(), convention.ErrMissing))
}

// The zero request is invalid, reports every missing element at once, and
// never panics.
func TestZeroRequestReportsEverything(t *testing.T) {
	ps := convention.AsProblems(confiscation.Request{}.Validate())
	require.NotEmpty(t, ps)
	cites := map[convention.Citation]bool{}
	for _, p := range ps {
		cites[p.Cite] = true
		assert.True(t, convention.Registered(p.Cite), "%v", p)
	}
	for _, c := range []convention.Citation{cite(3), mlaPoint(16, 'a'), mlaCite(14), mlaCite(15), mlaCite(32)} {
		assert.True(t, cites[c], "missing %v", c)
	}
}

// Para. 3(a): location "to the extent possible" and value "where relevant"
// are not required; para. 3(c): the order only "where available".
func TestPara3OptionalElements(t *testing.T) {
	r := fullRequest()
	r.Property = []confiscation.Property{{Description: "server"}}
	r.ProvisionalOrder = confiscation.Order{}
	require.NoError(t, r.Validate())
	// A confiscation order may accompany a request under para. 1(a) as
	// supporting material, whatever it says.
	r.Kinds = confiscation.KindsOf(confiscation.KindObtainOrder)
	r.Order = confiscation.Order{Type: confiscation.OrderConfiscation}
	require.NoError(t, r.Validate())
	// An order for provisional measures without a request under para. 2
	// does not fit.
	r.ProvisionalOrder = baseRequest().ProvisionalOrder
	ps := convention.AsProblems(r.Validate())
	require.Len(t, ps, 1)
	assert.ErrorIs(t, ps[0], convention.ErrNotApplicable)
}

// Para. 3(b): the order of a request under para. 1(b) is an order of
// confiscation; its type must be given.
func TestPara3bOrderOfConfiscation(t *testing.T) {
	for typ, want := range map[confiscation.OrderType]error{
		confiscation.OrderUnknown:  convention.ErrMissing,
		confiscation.OrderFreezing: convention.ErrInconsistent,
		confiscation.OrderSeizure:  convention.ErrInconsistent,
	} {
		r := baseRequest()
		r.Order.Type = typ
		ps := convention.AsProblems(r.Validate())
		require.Len(t, ps, 1, "%v", typ)
		assert.Equal(t, citePoint(3, 'b'), ps[0].Cite)
		assert.ErrorIs(t, ps[0], want)
	}
}

func TestResponseValidate(t *testing.T) {
	ps := convention.AsProblems(confiscation.Response{}.Validate())
	require.Len(t, ps, 1)
	assert.Equal(t, cite(4), ps[0].Cite)
	ps = convention.AsProblems(confiscation.Response{Action: 40, Grounds: convention.SetOf(confiscation.DutyReasons)}.Validate())
	assert.Equal(t, []convention.Citation{cite(4), cite(7)}, ps.Cites())
	assert.Len(t, confiscation.ResponseRules(), 6)
}
