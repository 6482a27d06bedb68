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
	"strconv"
	"strings"

	"golang.org/x/text/language"
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
// the Convention or not: conventiontest.Offence.
func Offence() *rapid.Generator[convention.Offence] { return conventiontest.Offence() }

// Offences generates one to four offences: conventiontest.Offences.
func Offences() *rapid.Generator[convention.Offences] { return conventiontest.Offences() }

func text(options ...string) *rapid.Generator[string] { return rapid.SampledFrom(options) }

// Request generates a preservation request that passes Validate, with every
// part forms carry drawn: the basis, languages, contacts, offences, persons,
// data (categories, identifiers with zoned timestamps, periods, providers),
// urgency, confidentiality, related requests, transmission, attachments.
func Request() *rapid.Generator[preservation.Request] {
	return rapid.Custom(func(t *rapid.T) preservation.Request {
		requesting := rapid.SampledFrom(states).Draw(t, "Requesting")
		requested := rapid.SampledFrom(states).Filter(func(s string) bool { return s != requesting }).Draw(t, "Requested")
		made := DateBetween(convention.MustDate("2020-01-01"), convention.MustDate("2030-12-31")).Draw(t, "Made")
		r := preservation.Request{
			Ref:          convention.RequestRef(text("", "PRES-2026-0001", "24/7-FR-77").Draw(t, "Ref")),
			Case:         convention.CaseRef(text("", "CASE-14", "PARQUET-CYBER-2026-88").Draw(t, "Case")),
			Requesting:   convention.MustPartyID(requesting),
			Requested:    convention.MustPartyID(requested),
			Basis:        conventiontest.LegalBasis().Draw(t, "Basis"),
			Authority:    text("Office of the Public Prosecutor, cybercrime unit", "National Police, 24/7 point of contact").Draw(t, "Authority"),
			Offences:     Offences().Draw(t, "Offences"),
			Summary:      text("Intrusion into a hospital's network on 2026-11-20.", "Phishing campaign against bank customers.").Draw(t, "Summary"),
			Data:         rapid.SliceOfN(conventiontest.DataSought(), 1, 3).Draw(t, "Data"),
			Relationship: text("The account was used to send the phishing messages.", "The logs show the intruder's connections.").Draw(t, "Relationship"),
			Necessity:    text("The provider deletes logs after 30 days.", "The suspect may delete the account.").Draw(t, "Necessity"),
			IntendsMLA:   true,
		}
		if rapid.Bool().Draw(t, "HasMade") {
			r.Made = made
		}
		if rapid.Bool().Draw(t, "HasLanguage") {
			r.Language = conventiontest.Languages().Draw(t, "Language")
		}
		if rapid.Bool().Draw(t, "HasContacts") {
			r.Contacts = convention.Contacts{
				Requesting: convention.ContactPoint{Name: "Duty prosecutor", Telephone: "+33 1 00 00 00 00", Email: "permanence@example.fr", TimeZone: "Europe/Paris", Availability: "24/7"},
			}
		}
		for range rapid.IntRange(0, 2).Draw(t, "NPersons") {
			r.Persons = append(r.Persons, preservation.Person{Name: text("J. Doe", "X. Example").Draw(t, "Person.Name"),
				Role: rapid.SampledFrom([]convention.PersonRole{convention.PersonRoleNotGiven, convention.PersonSuspect, convention.PersonAccountHolder, convention.PersonVictim}).Draw(t, "Person.Role")})
		}
		// Para. 2(d): a custodian (a Provider), a location, or none
		// available.
		switch rapid.IntRange(0, 3).Draw(t, "Custodian") {
		case 0:
			r.Data[0].Provider = "Example Mail Ltd"
		case 1:
			r.Location = "Data centre, Example City"
		case 2:
			r.Data[0].Provider, r.Location = "Example Mail Ltd", "Data centre, Example City"
		default:
			for i := range r.Data {
				r.Data[i].Provider = ""
			}
			r.NoneAvailable = true
		}
		if rapid.Bool().Draw(t, "Urgent") {
			r.Urgency = convention.Urgency{Urgent: true, Reasons: text("", "logs are deleted after 30 days").Draw(t, "Urgency.Reasons")}
		}
		switch rapid.IntRange(0, 2).Draw(t, "Confidentiality") {
		case 1:
			r.Confidentiality = convention.Confidentiality{NoNotice: true, Reasons: "the suspect would destroy evidence"}
		case 2:
			r.Confidentiality = convention.Confidentiality{Required: true, NoNotice: rapid.Bool().Draw(t, "NoNotice")}
		}
		if rapid.Bool().Draw(t, "HasRelated") {
			rel := convention.Related{Ref: "PRES-2025-0099", Relation: rapid.SampledFrom([]convention.Relation{convention.RelationExtends, convention.RelationSameCase}).Draw(t, "Related.Relation")}
			if !r.Made.IsZero() {
				rel.Made = r.Made.AddDays(-rapid.IntRange(0, 120).Draw(t, "Related.Before"))
			}
			r.Related = []convention.Related{rel}
		}
		if rapid.Bool().Draw(t, "HasTransmission") {
			r.Transmission = convention.Transmission{Means: rapid.SampledFrom([]convention.Means{convention.MeansNetwork247, convention.MeansElectronic}).Draw(t, "Transmission.Means")}
			if !r.Made.IsZero() {
				r.Transmission.Sent = r.Made.AddDays(rapid.IntRange(0, 3).Draw(t, "Transmission.After"))
			}
		}
		if rapid.Bool().Draw(t, "HasAttachment") {
			r.Attachments = []convention.Attachment{{Kind: convention.AttachmentOrder, Title: "Ordonnance de conservation"}}
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
	"Basis":     func(_ *rapid.T, r *preservation.Request) { r.Basis = convention.Under(convention.BasisTreaty) },
	"Authority": func(t *rapid.T, r *preservation.Request) { r.Authority = blank().Draw(t, "Authority") },
	"Offences": func(t *rapid.T, r *preservation.Request) {
		if rapid.Bool().Draw(t, "OffencesNone") {
			r.Offences = nil
			return
		}
		r.Offences = append(convention.Offences(nil), r.Offences...)
		r.Offences[0].Name, r.Offences[0].Conduct = blank().Draw(t, "Offences[0].Name"), blank().Draw(t, "Offences[0].Conduct")
	},
	"Summary": func(t *rapid.T, r *preservation.Request) { r.Summary = blank().Draw(t, "Summary") },
	"Data": func(t *rapid.T, r *preservation.Request) {
		if rapid.Bool().Draw(t, "DataNone") {
			// Keep para. 2(d) satisfied: the custodian moves to Location.
			if !r.NoneAvailable {
				r.Location = "Data centre, Example City"
			}
			r.Data = nil
			return
		}
		r.Data = append([]convention.DataSought(nil), r.Data...)
		r.Data[0].Period = convention.Period{Start: convention.MustDate("2026-03-02"), End: convention.MustDate("2026-03-01")}
	},
	"Relationship": func(t *rapid.T, r *preservation.Request) { r.Relationship = blank().Draw(t, "Relationship") },
	"NoneAvailable": func(t *rapid.T, r *preservation.Request) {
		// Para. 2(d) is broken only by a contradiction: a custodian or
		// location given, and none said to be available (silence conforms).
		r.Location, r.NoneAvailable = "Data centre, Example City", true
	},
	"Necessity":  func(t *rapid.T, r *preservation.Request) { r.Necessity = blank().Draw(t, "Necessity") },
	"Urgency":    func(_ *rapid.T, r *preservation.Request) { r.Urgency = convention.Urgency{Reasons: "logs expire"} },
	"IntendsMLA": func(_ *rapid.T, r *preservation.Request) { r.IntendsMLA = false },
	"Confidentiality": func(_ *rapid.T, r *preservation.Request) {
		r.Confidentiality = convention.Confidentiality{Reasons: "tipping off"}
	},
	"Language": func(_ *rapid.T, r *preservation.Request) {
		r.Language = convention.Languages{Translations: []language.Tag{language.English}}
	},
	"Contacts": func(_ *rapid.T, r *preservation.Request) {
		r.Contacts = convention.Contacts{Requesting: convention.ContactPoint{Email: "not-an-address"}}
	},
	"Persons": func(_ *rapid.T, r *preservation.Request) {
		r.Persons = []preservation.Person{{Role: convention.PersonSuspect}}
	},
	"Related": func(_ *rapid.T, r *preservation.Request) {
		r.Related = []convention.Related{{Relation: convention.RelationExtends}}
	},
	"Transmission": func(_ *rapid.T, r *preservation.Request) {
		r.Transmission = convention.Transmission{Means: convention.Means(99)}
	},
	"Attachments": func(_ *rapid.T, r *preservation.Request) {
		r.Attachments = []convention.Attachment{{Kind: convention.AttachmentOrder}}
	},
}

func blank() *rapid.Generator[string] { return rapid.SampledFrom([]string{"", " ", "\t\n"}) }

// Broken generates a request that breaks one or more rules of
// preservation.Rules, with exactly the citations Validate reports (one per
// rule broken).
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
		// Apply the breakers in a fixed order: breaking Data may move the
		// custodian to Location, which breaking NoneAvailable then clears.
		for _, rule := range broken {
			if rule.Field != "NoneAvailable" {
				breakers[rule.Field](t, &r)
			}
		}
		for _, rule := range broken {
			if rule.Field == "NoneAvailable" {
				breakers[rule.Field](t, &r)
			}
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
			PoliticalOffences:      politicalOffences(j).Draw(t, "PoliticalOffences"),
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

// politicalOffences draws one judgement per offence, for the four offences
// Offences draws at most (the others stay unassessed).
func politicalOffences(j *rapid.Generator[convention.Judgement]) *rapid.Generator[preservation.OffenceJudgements] {
	return rapid.Custom(func(t *rapid.T) preservation.OffenceJudgements {
		var js preservation.OffenceJudgements
		for i := range 4 {
			js[i] = j.Draw(t, "PoliticalOffences["+strconv.Itoa(i)+"]")
		}
		return js
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
			Catalogue:               rapid.SampledFrom([]convention.Catalogue{{}, conventiontest.Catalogue()}).Draw(t, "Catalogue"),
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
