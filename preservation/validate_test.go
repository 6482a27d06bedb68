package preservation_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

// breakRequest breaks exactly the rule on each field of Rules.
var breakRequest = map[string]func(*preservation.Request){
	"Requesting": func(r *preservation.Request) { r.Requesting = convention.PartyID{} },
	"Requested":  func(r *preservation.Request) { r.Requested = r.Requesting },
	"Basis":      func(r *preservation.Request) { r.Basis = convention.LegalBasis{Treaty: "Budapest Convention"} },
	"Authority":  func(r *preservation.Request) { r.Authority = "  " },
	"Offences": func(r *preservation.Request) {
		r.Offences = convention.Offences{r.Offences[0], {Name: " "}}
	},
	"Summary": func(r *preservation.Request) { r.Summary = "" },
	"Data": func(r *preservation.Request) {
		r.Data = append([]convention.DataSought(nil), r.Data...)
		r.Data[0].Identifiers = []convention.Identifier{{Kind: convention.IdentifierIPAddress, Value: "192.0.2.1",
			At: convention.MustTimestamp("2026-11-20T14:05:09")}}
	},
	"Relationship": func(r *preservation.Request) { r.Relationship = "" },
	"NoneAvailable": func(r *preservation.Request) {
		// Only a contradiction breaks para. 2(d): a custodian given, and
		// none said to be available.
		r.NoneAvailable = true
	},
	"Necessity":       func(r *preservation.Request) { r.Necessity = "" },
	"Urgency":         func(r *preservation.Request) { r.Urgency = convention.Urgency{Reasons: "logs expire"} },
	"IntendsMLA":      func(r *preservation.Request) { r.IntendsMLA = false },
	"Confidentiality": func(r *preservation.Request) { r.Confidentiality = convention.Confidentiality{Reasons: "tipping off"} },
	"Language":        func(r *preservation.Request) { r.Language = convention.In(language.French, language.French) },
	"Contacts": func(r *preservation.Request) {
		r.Contacts.Executing = convention.ContactPoint{Name: "Duty officer", TimeZone: "somewhere"}
	},
	"Persons": func(r *preservation.Request) { r.Persons = []preservation.Person{{Name: "J. Doe", Role: 99}} },
	"Related": func(r *preservation.Request) {
		r.Made = day("2026-11-26")
		r.Related = []convention.Related{{Ref: "FR-PRES-2026-200", Relation: convention.RelationExtends, Made: day("2026-12-01")}}
	},
	"Transmission": func(r *preservation.Request) {
		r.Made = day("2026-11-26")
		r.Transmission = convention.Transmission{Sent: day("2026-11-25"), Means: convention.MeansNetwork247}
	},
	"Attachments": func(r *preservation.Request) { r.Attachments = []convention.Attachment{{Title: "Order"}} },
}

// TestPreservationPara2EachRuleBrokenAlone: from a valid request, breaking
// one rule of Rules gives exactly one problem, citing that rule's paragraph
// on that rule's field (or an item of it), with a JSON path.
func TestPreservationPara2EachRuleBrokenAlone(t *testing.T) {
	require.NoError(t, baseline().Validate())
	require.Len(t, breakRequest, len(preservation.Rules()))
	for _, rule := range preservation.Rules() {
		t.Run(rule.Cite.String()+" "+rule.Field, func(t *testing.T) {
			r := baseline()
			breakRequest[rule.Field](&r)
			ps := convention.AsProblems(r.Validate())
			require.Len(t, ps, 1, "%v", ps.Strings())
			assert.Equal(t, rule.Cite, ps[0].Cite)
			assert.True(t, strings.HasPrefix(ps[0].Field, rule.Field), "field %s under %s", ps[0].Field, rule.Field)
			assert.NotEmpty(t, ps[0].Path, "JSON path of %s", ps[0].Field)
			assert.NotEmpty(t, rule.Quote)
		})
	}
}

// TestPreservationPara2ZeroRequestReportsEveryElement: the empty request
// lacks every element paras. 1 and 2 require, and nothing else.
func TestPreservationPara2ZeroRequestReportsEveryElement(t *testing.T) {
	ps := convention.AsProblems(preservation.Request{}.Validate())
	var fields []string
	for _, p := range ps {
		assert.True(t, errors.Is(p, convention.ErrMissing), p.Error())
		fields = append(fields, p.Field)
	}
	assert.Equal(t, []string{"Requested", "Requesting", "Authority", "Offences", "Summary", "Data", "Relationship", "Necessity", "IntendsMLA"}, fields)
}

func TestPreservationPara2bSeveralOffences(t *testing.T) {
	r := baseline()
	r.Offences = convention.Offences{r.Offences[0], {}, insult, {Conduct: "\t"}}
	ps := convention.AsProblems(r.Validate())
	assert.Equal(t, []string{
		"Preservation art., para. 2(b): Offences[1]: missing: name the offence or describe its conduct",
		"Preservation art., para. 2(b): Offences[3]: missing: name the offence or describe its conduct",
	}, ps.Strings())
	assert.Equal(t, "offences[1]", ps[0].Path)
	r.Offences = make(convention.Offences, preservation.MaxOffences+1)
	for i := range r.Offences {
		r.Offences[i] = insult
	}
	assert.Equal(t, []string{"Preservation art., para. 2(b): Offences: invalid: 65 offences, more than the 64 a request may name"},
		convention.AsProblems(r.Validate()).Strings())
}

func TestPreservationPara2dCustodianOrNoneAvailable(t *testing.T) {
	for _, tc := range []struct {
		name                string
		custodian, location string
		none                bool
		want                error
	}{
		{"para. 2(d) custodian given", "Example Mail Inc.", "", false, nil},
		{"para. 2(d) location given", "", "Dublin data centre", false, nil},
		{"para. 2(d) none available stated", "", "", true, nil},
		{"para. 2(d) silent: \"Any available information\" asks for none where none is available", "", "", false, nil},
		{"para. 2(d) none available contradicted", "", "Dublin data centre", true, convention.ErrInconsistent},
		{"para. 2(d) none available contradicted by a provider", "Example Mail Inc.", "", true, convention.ErrInconsistent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := baseline()
			r.Data = []convention.DataSought{{Category: convention.DataContent, Provider: tc.custodian}}
			r.Location, r.NoneAvailable = tc.location, tc.none
			err := r.Validate()
			if tc.want == nil {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, tc.want)
			assert.Equal(t, []convention.Citation{convention.CitePoint(convention.ArtPreservation, 2, 'd')}, convention.AsProblems(err).Cites())
		})
	}
}

// TestPreservationPara4CatalogueOfConventionOffences: a request naming as
// established an offence the requested State's catalogue does not declare
// gets a problem citing para. 4 (whose reservation turns on the name), with
// the names declared, instead of silently falling outside the Convention.
func TestPreservationPara4CatalogueOfConventionOffences(t *testing.T) {
	p := preservation.Profile{Catalogue: convention.MustCatalogue("computer-fraud", "illegal-access")}
	_, err := preservation.Assess(baseline(), p, clear(), convention.Date{})
	require.NoError(t, err)
	r := baseline()
	r.Offences = convention.Offences{insult, {Conduct: "phishing", Established: "computer-frud"}}
	_, err = preservation.Prepare(r, p)
	ps := convention.AsProblems(err)
	require.Len(t, ps, 1)
	assert.Equal(t, "Preservation art., para. 4: Offences[1].Established: invalid: not an offence the catalogue declares: \"computer-frud\"; it declares computer-fraud, illegal-access", ps[0].Error())
	assert.Equal(t, "offences[1].established", ps[0].Path)
	_, err = preservation.Assess(r, preservation.Profile{}, clear(), convention.Date{})
	assert.NoError(t, err, "the zero catalogue recognises every name")
}

func TestPreservationPara1ProfileMustBeRequestedStates(t *testing.T) {
	_, err := preservation.Assess(baseline(), preservation.Profile{Party: fra}, clear(), convention.Date{})
	ps := convention.AsProblems(err)
	require.Len(t, ps, 1)
	assert.Equal(t, "Profile.Party", ps[0].Field)
	assert.ErrorIs(t, err, convention.ErrInconsistent)
}

func TestFactsOutOfRangeJudgementIsInvalid(t *testing.T) {
	f := clear()
	f.PoliticalOffences[0] = convention.Judgement(9)
	f.Requested.Criminal = convention.Judgement(7)
	_, err := preservation.Assess(baseline(), preservation.Profile{}, f, convention.Date{})
	ps := convention.AsProblems(err)
	require.Len(t, ps, 2)
	assert.Equal(t, []string{
		"Cooperation art., para. 2: Facts.Requested.Criminal: invalid: not yes, no or unassessed",
		"Preservation art., para. 5(a): Facts.PoliticalOffences: invalid: offence 0: not yes, no or unassessed",
	}, ps.Strings())
}

func TestCooperationPara3UndeclaredBeliefOrGroundIsInvalid(t *testing.T) {
	f := clear()
	f.Discrimination = convention.DiscriminationFacts{Belief: convention.Judgement(4), Grounds: convention.DiscriminationGrounds(1)}
	_, err := preservation.Assess(baseline(), preservation.Profile{}, f, convention.Date{})
	assert.Equal(t, []string{
		"Cooperation art., para. 3: Facts.Discrimination.Belief: invalid: not yes, no or unassessed",
		"Cooperation art., para. 3: Facts.Discrimination.Grounds: invalid: only the listed grounds: sex, race, religion, nationality, ethnic origin, political opinions",
	}, convention.AsProblems(err).Strings())
	_, err = preservation.Review(baseline(), preservation.Profile{}, f, refuse(preservation.GroundDiscrimination))
	assert.ErrorIs(t, err, convention.ErrInvalid)
}

func TestPreservationPara7EventRules(t *testing.T) {
	start := day("2026-11-26")
	for _, tc := range []struct {
		name  string
		e     preservation.Events
		field string
		err   error
	}{
		{"para. 7 started missing", preservation.Events{}, "Started", convention.ErrMissing},
		{"para. 7 reference without receipt", preservation.Events{Started: start, MLARef: "MLA-1"}, "MLAReceived", convention.ErrMissing},
		{"para. 7 decision without request", preservation.Events{Started: start, Decided: start.AddDays(5)}, "Decided", convention.ErrInconsistent},
		{"para. 7 decision before request", preservation.Events{Started: start, MLAReceived: start.AddDays(9), Decided: start.AddDays(5)}, "Decided", convention.ErrInconsistent},
		{"para. 7 released on the start day", preservation.Events{Started: start, Released: start}, "Released", convention.ErrInconsistent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps := convention.AsProblems(tc.e.Validate())
			require.Len(t, ps, 1, "%v", ps.Strings())
			assert.Equal(t, tc.field, ps[0].Field)
			assert.ErrorIs(t, ps[0], tc.err)
			assert.Equal(t, convention.Cite(convention.ArtPreservation, 7), ps[0].Cite)
		})
	}
	_, err := preservation.Obligation(preservation.Events{Started: start}, convention.Date{})
	assert.ErrorIs(t, err, convention.ErrMissing)
}

func TestResponseRules(t *testing.T) {
	start := day("2026-11-26")
	for _, tc := range []struct {
		name  string
		v     preservation.Response
		field string
		err   error
	}{
		{"para. 3 no action", preservation.Response{}, "Action", convention.ErrMissing},
		{"para. 3 undeclared action", preservation.Response{Action: 9, Period: convention.Period{Start: start}}, "Action", convention.ErrInvalid},
		{"para. 5 a duty invoked as ground", preservation.Response{Action: preservation.ActionRefuse, Grounds: convention.SetOf(preservation.DutyInform)}, "Grounds", convention.ErrInvalid},
		{"para. 5 grounds for preserving", preservation.Response{Action: preservation.ActionPreserve, Period: convention.Period{Start: start}, Grounds: convention.SetOf(preservation.GroundOther)}, "Grounds", convention.ErrInconsistent},
		{"para. 7 preserving without start", preservation.Response{Action: preservation.ActionPreserve}, "Period", convention.ErrMissing},
		{"para. 7 end before start", preservation.Response{Action: preservation.ActionPreserve, Period: convention.Period{Start: start, End: start.AddDays(-1)}}, "Period", convention.ErrInconsistent},
		{"para. 7 period for refusing", preservation.Response{Action: preservation.ActionRefuse, Grounds: convention.SetOf(preservation.GroundOther), Period: convention.Period{Start: start}}, "Period", convention.ErrInconsistent},
		{"para. 6 not executing invokes no ground", preservation.Response{Action: preservation.ActionNotExecute, Grounds: convention.SetOf(preservation.GroundEssentialInterests)}, "Grounds", convention.ErrInconsistent},
		{"para. 7 period for not executing", preservation.Response{Action: preservation.ActionNotExecute, Period: convention.Period{Start: start}}, "Period", convention.ErrInconsistent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps := convention.AsProblems(tc.v.Validate())
			require.Len(t, ps, 1, "%v", ps.Strings())
			assert.Equal(t, tc.field, ps[0].Field)
			assert.ErrorIs(t, ps[0], tc.err)
			_, err := preservation.Review(baseline(), preservation.Profile{}, clear(), tc.v)
			assert.Equal(t, "Response."+tc.field, convention.AsProblems(err)[0].Field)
		})
	}
}

func TestContactOutOfRangeValuesInvalid(t *testing.T) {
	c := conforming()
	c.Preservation = preservation.Capacity(9)
	c.Personnel = convention.Judgement(5)
	_, err := preservation.CheckContact(c)
	assert.Equal(t, []string{
		"24/7 network art., para. 2(a): Preservation: invalid: not none, facilitate, carry-out or unknown",
		"24/7 network art., para. 5: Personnel: invalid: not yes, no or unassessed",
	}, convention.AsProblems(err).Strings())
	_, err = preservation.ContactAssistance(c, baseline().Offences, noDiscrimination)
	assert.Error(t, err)
}

func TestPreservationPara7StartTooCloseToTheEndOfDates(t *testing.T) {
	e := preservation.Events{Started: day("9999-11-01")}
	assert.ErrorIs(t, e.Validate(), convention.ErrInvalid)
	v := preservation.Response{Action: preservation.ActionPreserve, Period: convention.Period{Start: day("9999-11-01"), End: day("9999-12-31")}}
	assert.ErrorIs(t, v.Validate(), convention.ErrInvalid)
	// The last start whose ninety days, the day of effect the first, end by
	// 9999-12-31.
	assert.NoError(t, preservation.Events{Started: day("9999-10-03")}.Validate())
	assert.ErrorIs(t, preservation.Events{Started: day("9999-10-04")}.Validate(), convention.ErrInvalid)
}

func TestFactsWithSetsTheNamedFact(t *testing.T) {
	for _, term := range preservation.Terms() {
		for _, j := range []convention.Judgement{yes, no, unk} {
			assert.Equal(t, setFact(clear(), set(term), j), clear().With(term, j), "%s %s", term, j)
		}
	}
}

func TestPreservationPara6MayRefuseWhileAwaitingDetermination(t *testing.T) {
	f := clear()
	f.EssentialInterests, f.ThreatensInvestigation = yes, yes
	d, err := preservation.Assess(baseline(), preservation.Profile{}, f, day("2026-11-26"))
	require.NoError(t, err)
	assert.Equal(t, convention.MayRefuse, d.Outcome)
	assert.Contains(t, d.Summary(), "If not refused: INFORM the requesting State promptly (Preservation art., para. 6), and execute only if it determines")
	f.Proceed = yes
	d, err = preservation.Assess(baseline(), preservation.Profile{}, f, day("2026-11-26"))
	require.NoError(t, err)
	assert.Contains(t, d.Summary(), "If not refused: PRESERVE")
}

// The first value past the declared ones is already undeclared: a
// judgement is yes, no or unassessed, a capacity none, facilitate,
// carry-out or unknown.
func TestFirstUndeclaredValueInvalid(t *testing.T) {
	firstJudgement := convention.No + 1
	firstCapacity := preservation.CapacityCarryOut + 1
	c := conforming()
	c.Information, c.Expedited = firstCapacity, firstJudgement
	ps := convention.AsProblems(c.Validate())
	assert.Equal(t, []string{"Information", "Expedited"}, []string{ps[0].Field, ps[1].Field})
	assert.False(t, firstCapacity.IsValid())
	assert.True(t, preservation.CapacityCarryOut.IsValid())
	f := clear()
	f.EssentialInterests = firstJudgement
	assert.ErrorIs(t, f.Validate(), convention.ErrInvalid)
	c = conforming()
	c.Information, c.Expedited = preservation.CapacityCarryOut, convention.No
	assert.NoError(t, c.Validate())
}
