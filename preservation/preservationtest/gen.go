// Package preservationtest provides rapid generators of preservation
// requests, facts, profiles, events, responses and 24/7 contacts, for
// property tests of the preservation package and of packages built on it.
//
// Every generator draws with labels equal to field names. Request, Events,
// Response, Contact and Facts always pass their Validate; Broken yields a
// request together with exactly the citations Validate must report.
package preservationtest

import (
	"cmp"
	"slices"
	"strings"

	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
	"github.com/treatyrules/cybercrime/preservation"
)

// Invalid is a value that Validate must reject, with Want, exactly the
// citations of the problems Validate reports, in the order it reports them:
// the library's shared conventiontest.Broken. (A type and the generator
// Broken cannot share the name in one package.)
type Invalid[T any] = conventiontest.Broken[T]

var (
	minDate = convention.MustDate("2000-01-01")
	maxDate = convention.MustDate("2099-12-31")
)

// Date generates a date between 2000-01-01 and 2099-12-31, with month ends
// and 29 February drawn often.
func Date() *rapid.Generator[convention.Date] { return DateBetween(minDate, maxDate) }

// DateBetween generates a date from a to b, both included (b before a is
// read as a): conventiontest.DateBetween.
func DateBetween(a, b convention.Date) *rapid.Generator[convention.Date] {
	return conventiontest.DateBetween(a, b)
}

// Judgement generates Unassessed, Yes or No: conventiontest.Judgement.
func Judgement() *rapid.Generator[convention.Judgement] { return conventiontest.Judgement() }

// Known generates Yes or No: conventiontest.KnownJudgement.
func Known() *rapid.Generator[convention.Judgement] { return conventiontest.KnownJudgement() }

var states = []string{"FRA", "USA", "BRA", "JPN", "KEN", "IND", "DEU", "NGA", "AUS", "CHL"}

// Party generates a State Party.
func Party() *rapid.Generator[convention.PartyID] {
	return rapid.Custom(func(t *rapid.T) convention.PartyID {
		return convention.MustPartyID(rapid.SampledFrom(states).Draw(t, "Party"))
	})
}

// Penalty generates a maximum penalty, the zero (unknown) Penalty included.
func Penalty() *rapid.Generator[convention.Penalty] {
	return rapid.Custom(func(t *rapid.T) convention.Penalty {
		switch rapid.IntRange(0, 5).Draw(t, "Kind") {
		case 0:
			return convention.Penalty{}
		case 1:
			return convention.NonCustodial()
		case 2:
			return convention.LifeImprisonment()
		default:
			return convention.Imprisonment(rapid.IntRange(0, 20).Draw(t, "Years"), rapid.IntRange(1, 11).Draw(t, "Months"))
		}
	})
}

// Offence generates an offence with a name and conduct, established under
// the Convention or not.
func Offence() *rapid.Generator[convention.Offence] {
	return rapid.Custom(func(t *rapid.T) convention.Offence {
		return convention.Offence{
			Conduct:     rapid.SampledFrom([]string{"accessing a computer system without right", "sending phishing e-mails to obtain bank credentials", "distributing malware", "defaming an official online", "unlicensed online gambling"}).Draw(t, "Conduct"),
			Name:        rapid.SampledFrom([]string{"illegal access", "computer fraud", "misuse of devices", "criminal defamation", "illegal gambling"}).Draw(t, "Name"),
			Established: convention.ConventionOffence(rapid.SampledFrom([]string{"", "", "illegal-access", "computer-fraud", "misuse-of-devices"}).Draw(t, "Established")),
			MaxPenalty:  Penalty().Draw(t, "MaxPenalty"),
		}
	})
}

func text(options ...string) *rapid.Generator[string] { return rapid.SampledFrom(options) }

// Request generates a preservation request that passes Validate.
func Request() *rapid.Generator[preservation.Request] {
	return rapid.Custom(func(t *rapid.T) preservation.Request {
		requesting := rapid.SampledFrom(states).Draw(t, "Requesting")
		requested := rapid.SampledFrom(states).Filter(func(s string) bool { return s != requesting }).Draw(t, "Requested")
		r := preservation.Request{
			Ref:          convention.RequestRef(text("", "PRES-2026-0001", "24/7-FR-77").Draw(t, "Ref")),
			Case:         convention.CaseRef(text("", "CASE-14", "PARQUET-CYBER-2026-88").Draw(t, "Case")),
			Requesting:   convention.MustPartyID(requesting),
			Requested:    convention.MustPartyID(requested),
			Authority:    text("Office of the Public Prosecutor, cybercrime unit", "National Police, 24/7 point of contact").Draw(t, "Authority"),
			Offence:      Offence().Draw(t, "Offence"),
			Summary:      text("Intrusion into a hospital's network on 2026-11-20.", "Phishing campaign against bank customers.").Draw(t, "Summary"),
			Data:         text("Subscriber information and IP logs of account x@example.org", "Content of mailbox y@example.net").Draw(t, "Data"),
			Relationship: text("The account was used to send the phishing messages.", "The logs show the intruder's connections.").Draw(t, "Relationship"),
			Necessity:    text("The provider deletes logs after 30 days.", "The suspect may delete the account.").Draw(t, "Necessity"),
			IntendsMLA:   true,
		}
		switch rapid.IntRange(0, 3).Draw(t, "Custodian") {
		case 0:
			r.Custodian = "Example Mail Ltd"
		case 1:
			r.Location = "Data centre, Example City"
		case 2:
			r.Custodian, r.Location = "Example Mail Ltd", "Data centre, Example City"
		default:
			r.NoneAvailable = true
		}
		return r
	})
}

// breakers break one rule of preservation.Rules each, keyed by its Field.
var breakers = map[string]func(*rapid.T, *preservation.Request){
	"Requesting": func(_ *rapid.T, r *preservation.Request) { r.Requesting = convention.PartyID{} },
	"Requested": func(t *rapid.T, r *preservation.Request) {
		if rapid.Bool().Draw(t, "RequestedSame") {
			r.Requested = r.Requesting
		} else {
			r.Requested = convention.PartyID{}
		}
	},
	"Authority": func(t *rapid.T, r *preservation.Request) { r.Authority = blank().Draw(t, "Authority") },
	"Offence": func(t *rapid.T, r *preservation.Request) {
		r.Offence.Name, r.Offence.Conduct = blank().Draw(t, "Offence.Name"), blank().Draw(t, "Offence.Conduct")
	},
	"Summary":      func(t *rapid.T, r *preservation.Request) { r.Summary = blank().Draw(t, "Summary") },
	"Data":         func(t *rapid.T, r *preservation.Request) { r.Data = blank().Draw(t, "Data") },
	"Relationship": func(t *rapid.T, r *preservation.Request) { r.Relationship = blank().Draw(t, "Relationship") },
	"Custodian": func(t *rapid.T, r *preservation.Request) {
		if rapid.Bool().Draw(t, "CustodianContradicted") {
			r.Custodian, r.NoneAvailable = "Example Mail Ltd", true
		} else {
			r.Custodian, r.Location, r.NoneAvailable = "", blank().Draw(t, "Location"), false
		}
	},
	"Necessity":  func(t *rapid.T, r *preservation.Request) { r.Necessity = blank().Draw(t, "Necessity") },
	"IntendsMLA": func(_ *rapid.T, r *preservation.Request) { r.IntendsMLA = false },
}

func blank() *rapid.Generator[string] { return rapid.SampledFrom([]string{"", " ", "\t\n"}) }

// Broken generates a request that breaks one or more rules of
// preservation.Rules, with exactly the citations Validate reports.
func Broken() *rapid.Generator[Invalid[preservation.Request]] {
	return rapid.Custom(func(t *rapid.T) Invalid[preservation.Request] {
		r := Request().Draw(t, "Request")
		rules := preservation.Rules()
		var broken []convention.RuleInfo
		for _, rule := range rules {
			if rapid.Bool().Draw(t, "Break "+rule.Field) {
				broken = append(broken, rule)
			}
		}
		if len(broken) == 0 {
			broken = append(broken, rapid.SampledFrom(rules).Draw(t, "Rule"))
		}
		for _, rule := range broken {
			breakers[rule.Field](t, &r)
		}
		slices.SortStableFunc(broken, func(a, b convention.RuleInfo) int {
			return cmp.Or(a.Cite.Compare(b.Cite), strings.Compare(a.Field, b.Field))
		})
		want := make([]convention.Citation, len(broken))
		for i, rule := range broken {
			want[i] = rule.Cite
		}
		return Invalid[preservation.Request]{Value: r, Want: want}
	})
}

// Facts generates facts with every judgement drawn among Unassessed, Yes
// and No.
func Facts() *rapid.Generator[preservation.Facts] { return facts(Judgement()) }

// KnownFacts generates facts with every judgement assessed, Yes or No.
func KnownFacts() *rapid.Generator[preservation.Facts] { return facts(Known()) }

func facts(j *rapid.Generator[convention.Judgement]) *rapid.Generator[preservation.Facts] {
	return rapid.Custom(func(t *rapid.T) preservation.Facts {
		return preservation.Facts{
			Discrimination:         discrimination(j).Draw(t, "Discrimination"),
			InTerritory:            j.Draw(t, "InTerritory"),
			DualCriminalityFails:   j.Draw(t, "DualCriminalityFails"),
			PoliticalOffence:       j.Draw(t, "PoliticalOffence"),
			EssentialInterests:     j.Draw(t, "EssentialInterests"),
			NotEnsureAvailability:  j.Draw(t, "NotEnsureAvailability"),
			ThreatensInvestigation: j.Draw(t, "ThreatensInvestigation"),
			Proceed:                j.Draw(t, "Proceed"),
			Requesting:             convention.Characterisation{Criminal: j.Draw(t, "Requesting.Criminal"), Name: "offence A"},
			Requested:              convention.Characterisation{Criminal: j.Draw(t, "Requested.Criminal"), Name: "offence B"},
		}
	})
}

// Discrimination generates the requested State's judgement under
// Cooperation art., para. 3: a belief drawn among Unassessed, Yes and No,
// with listed grounds named or not, whatever the belief (the grounds are
// information, never a condition).
func Discrimination() *rapid.Generator[convention.DiscriminationFacts] {
	return discrimination(Judgement())
}

func discrimination(j *rapid.Generator[convention.Judgement]) *rapid.Generator[convention.DiscriminationFacts] {
	return rapid.Custom(func(t *rapid.T) convention.DiscriminationFacts {
		var gs convention.DiscriminationGrounds
		for _, g := range []convention.DiscriminationGround{convention.GroundSex, convention.GroundRace, convention.GroundReligion,
			convention.GroundNationality, convention.GroundEthnicOrigin, convention.GroundPoliticalOpinions} {
			if rapid.IntRange(0, 5).Draw(t, "Grounds "+g.String()) == 0 {
				gs = gs.Add(g)
			}
		}
		return convention.DiscriminationFacts{Belief: j.Draw(t, "Belief"), Grounds: gs}
	})
}

// Contact generates a 24/7 point of contact, conforming or not, described
// in full or in part.
func Contact() *rapid.Generator[preservation.Contact] {
	return rapid.Custom(func(t *rapid.T) preservation.Contact {
		capacity := rapid.SampledFrom([]preservation.Capacity{preservation.CapacityUnknown, preservation.CapacityNone, preservation.CapacityFacilitate, preservation.CapacityCarryOut})
		return preservation.Contact{
			Office:          text("", "National Cybercrime Unit 24/7 desk", "Ministry of Justice, international cooperation").Draw(t, "Office"),
			AroundTheClock:  Judgement().Draw(t, "AroundTheClock"),
			Preservation:    capacity.Draw(t, "Preservation"),
			Information:     capacity.Draw(t, "Information"),
			Expedited:       Judgement().Draw(t, "Expedited"),
			PartOfAuthority: Judgement().Draw(t, "PartOfAuthority"),
			Coordinates:     Judgement().Draw(t, "Coordinates"),
			Personnel:       Judgement().Draw(t, "Personnel"),
		}
	})
}

// Profile generates a requested State's profile for the request's
// requested State (Party left zero or set to requested).
func Profile(requested convention.PartyID) *rapid.Generator[preservation.Profile] {
	return rapid.Custom(func(t *rapid.T) preservation.Profile {
		p := preservation.Profile{
			RequiresDualCriminality: rapid.Bool().Draw(t, "RequiresDualCriminality"),
			Reservation:             rapid.Bool().Draw(t, "Reservation"),
			Contact:                 Contact().Draw(t, "Contact"),
		}
		if rapid.Bool().Draw(t, "Party") {
			p.Party = requested
		}
		return p
	})
}

// Events generates consistent events of one preservation: started on a
// date, perhaps followed by a request for search, seizure or disclosure
// (even before preservation was effected, or after the ninety days), a
// decision on it, and a release.
func Events() *rapid.Generator[preservation.Events] {
	return rapid.Custom(func(t *rapid.T) preservation.Events {
		e := preservation.Events{Started: DateBetween(minDate, convention.MustDate("2099-01-01")).Draw(t, "Started")}
		if rapid.IntRange(0, 3).Draw(t, "HasRequest") > 0 {
			e.MLAReceived = e.Started.AddDays(rapid.IntRange(-5, 150).Draw(t, "MLAReceived"))
			if rapid.Bool().Draw(t, "HasRef") {
				e.MLARef = "MLA-2026-0042"
			}
			if rapid.Bool().Draw(t, "HasDecision") {
				e.Decided = e.MLAReceived.AddDays(rapid.IntRange(0, 150).Draw(t, "Decided"))
			}
		}
		if rapid.Bool().Draw(t, "HasRelease") {
			e.Released = e.Started.AddDays(rapid.IntRange(1, 300).Draw(t, "Released"))
		}
		return e
	})
}

// Response generates a proposed response that passes Validate: a refusal
// on any set of grounds (lawful or not, perhaps none), not executing at the
// requesting State's determination (para. 6), or a preservation for a
// period that may be too short or open-ended.
func Response() *rapid.Generator[preservation.Response] {
	return rapid.Custom(func(t *rapid.T) preservation.Response {
		if rapid.IntRange(0, 5).Draw(t, "NotExecute") == 0 {
			return preservation.Response{Action: preservation.ActionNotExecute}
		}
		if rapid.Bool().Draw(t, "Refuse") {
			var gs convention.Set[preservation.Term]
			for _, g := range Grounds() {
				if rapid.Bool().Draw(t, "Grounds "+g.String()) {
					gs = gs.With(g)
				}
			}
			return preservation.Response{Action: preservation.ActionRefuse, Grounds: gs}
		}
		start := Date().Draw(t, "Period.Start")
		p := convention.Period{Start: start}
		if rapid.Bool().Draw(t, "HasEnd") {
			p.End = start.AddDays(rapid.IntRange(0, 200).Draw(t, "Period.End"))
		}
		return preservation.Response{Action: preservation.ActionPreserve, Period: p, Informed: rapid.Bool().Draw(t, "Informed")}
	})
}

// Grounds returns the grounds a refusal may invoke, lawful or not, in the
// order of the text.
func Grounds() []preservation.Term {
	var out []preservation.Term
	for _, t := range preservation.Terms() {
		if t.Describe().Kind == convention.KindGround {
			out = append(out, t)
		}
	}
	return out
}

// Day generates a day offset from start, for state machines: mostly small
// steps, sometimes a jump over the ninety days.
func Day() *rapid.Generator[int] {
	return rapid.Custom(func(t *rapid.T) int {
		if rapid.IntRange(0, 5).Draw(t, "Jump") == 0 {
			return rapid.IntRange(30, 120).Draw(t, "Days")
		}
		return rapid.IntRange(1, 10).Draw(t, "Days")
	})
}
