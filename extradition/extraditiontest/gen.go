// Package extraditiontest provides rapid generators of the inputs of
// package extradition: valid requests, requests broken in one rule with the
// citations Validate must report, the requested State's profile and
// judgements, and proposed responses.
//
// Generators draw every field under a label equal to its name, so that
// rapid's failure reports read as the request does.
package extraditiontest

import (
	"slices"
	"strconv"

	"golang.org/x/text/language"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
	"github.com/treatyrules/cybercrime/extradition"
)

// States are the State Parties the generators draw from.
var states = []string{"ARG", "BRA", "CAN", "DEU", "FRA", "GHA", "IND", "JPN", "KEN", "MEX", "NZL", "USA"}

// State returns State Parties (never an organization).
func State() *rapid.Generator[convention.PartyID] {
	return rapid.Map(rapid.SampledFrom(states), convention.MustPartyID)
}

// Judgement returns Yes, No or Unassessed.
func Judgement() *rapid.Generator[convention.Judgement] { return conventiontest.Judgement() }

// KnownJudgement returns Yes or No.
func KnownJudgement() *rapid.Generator[convention.Judgement] { return conventiontest.KnownJudgement() }

// Date returns dates from 1990 to 2040.
func Date() *rapid.Generator[convention.Date] {
	return DateBetween(convention.MustDate("1990-01-01"), convention.MustDate("2040-12-31"))
}

// DateBetween returns dates from a to b inclusive, favouring month ends:
// conventiontest.DateBetween.
func DateBetween(a, b convention.Date) *rapid.Generator[convention.Date] {
	return conventiontest.DateBetween(a, b)
}

// Penalty returns maximum penalties: a term of imprisonment from one month
// to 30 years, life, death, non-custodial, or unknown (zero).
func Penalty() *rapid.Generator[convention.Penalty] {
	return rapid.Custom(func(t *rapid.T) convention.Penalty {
		switch rapid.IntRange(0, 9).Draw(t, "Kind") {
		case 0:
			return convention.Penalty{}
		case 1:
			return convention.NonCustodial()
		case 2:
			return convention.LifeImprisonment()
		case 3:
			return convention.DeathPenalty()
		}
		return convention.Imprisonment(0, rapid.IntRange(1, 360).Draw(t, "Months"))
	})
}

var conducts = []string{
	"accessing a bank's payment servers without right and transferring funds",
	"deploying ransomware against a hospital's systems",
	"intercepting non-public transmissions of computer data",
	"producing and distributing malware",
	"laundering the proceeds of online fraud through virtual assets",
	"evading customs duties through falsified electronic invoices",
}

var established = []convention.ConventionOffence{"", "illegal-access", "illegal-interception", "data-interference",
	"system-interference", "misuse-of-devices", "computer-fraud"}

// Charge returns valid offences. Index i is written into the conduct, so
// that the offences of one request are separate.
func Charge(i int) *rapid.Generator[extradition.Charge] {
	return rapid.Custom(func(t *rapid.T) extradition.Charge {
		conduct := rapid.SampledFrom(conducts).Draw(t, "Conduct") + " (" + strconv.Itoa(i) + ")"
		return extradition.Charge{
			Offence: convention.Offence{
				Conduct:     conduct,
				Name:        rapid.SampledFrom([]string{"", "computer fraud", "unauthorised access", "money laundering"}).Draw(t, "Name"),
				Established: rapid.SampledFrom(established).Draw(t, "Established"),
				MaxPenalty:  Penalty().Draw(t, "MaxPenalty"),
			},
			Requested: convention.Characterisation{
				Criminal: Judgement().Draw(t, "Criminal"),
				Name:     rapid.SampledFrom([]string{"", "Computerbetrug", "estelionato", "fraude informatique"}).Draw(t, "RequestedName"),
				Category: rapid.SampledFrom([]string{"", "fraud", "property offence"}).Draw(t, "Category"),
			},
			Fiscal: rapid.Bool().Draw(t, "Fiscal"),
		}
	})
}

// CoveredCharge returns offences established under the Convention whose
// conduct is criminal in the requested State: the article covers them
// wherever the person is located in the requested State.
func CoveredCharge(i int) *rapid.Generator[extradition.Charge] {
	return rapid.Custom(func(t *rapid.T) extradition.Charge {
		c := Charge(i).Draw(t, "Charge")
		c.Offence.Established = rapid.SampledFrom(established[1:]).Draw(t, "Established")
		c.Requested.Criminal = convention.Yes
		return c
	})
}

// Person returns valid persons sought.
func Person() *rapid.Generator[extradition.Person] {
	return rapid.Custom(func(t *rapid.T) extradition.Person {
		return extradition.Person{
			Name:             rapid.SampledFrom([]string{"A. Example", "J. Doe", "M. Mustermann"}).Draw(t, "Name"),
			InRequestedState: Judgement().Draw(t, "InRequestedState"),
			National:         Judgement().Draw(t, "National"),
			Role: rapid.SampledFrom([]convention.PersonRole{convention.PersonRoleNotGiven, convention.PersonSuspect,
				convention.PersonAccused, convention.PersonOther}).Draw(t, "Role"),
		}
	})
}

// Urgency returns the requesting State's urgency, with reasons only when
// urgent.
func Urgency() *rapid.Generator[convention.Urgency] {
	return rapid.Custom(func(t *rapid.T) convention.Urgency {
		if !rapid.Bool().Draw(t, "Urgent") {
			return convention.Urgency{}
		}
		return convention.Urgency{Urgent: true,
			Reasons: rapid.SampledFrom([]string{"", "the person is about to leave the territory"}).Draw(t, "Reasons")}
	})
}

// LegalBasis returns the legal bases a request may invoke (none, or
// several without repeats), a treaty named when one is invoked.
func LegalBasis() *rapid.Generator[convention.LegalBasis] {
	kinds := []convention.LegalBasisKind{convention.BasisConvention, convention.BasisTreaty, convention.BasisReciprocity, convention.BasisDomesticLaw}
	return rapid.Custom(func(t *rapid.T) convention.LegalBasis {
		var b convention.LegalBasis
		if ks := rapid.SliceOfNDistinct(rapid.SampledFrom(kinds), 0, 3, rapid.ID[convention.LegalBasisKind]).Draw(t, "Invoked"); len(ks) > 0 {
			b.Invoked = ks
		}
		if b.Invokes(convention.BasisTreaty) {
			b.Treaty = rapid.SampledFrom([]string{"Treaty on Extradition between the two States (1998)", "European Convention on Extradition"}).Draw(t, "Treaty")
		}
		return b
	})
}

var tags = []language.Tag{language.English, language.French, language.Spanish, language.Portuguese, language.German}

// Languages returns a request's languages: none, or an original with
// translations into other languages, each once.
func Languages() *rapid.Generator[convention.Languages] {
	return rapid.Custom(func(t *rapid.T) convention.Languages {
		if !rapid.Bool().Draw(t, "HasLanguage") {
			return convention.Languages{}
		}
		orig := rapid.IntRange(0, len(tags)-1).Draw(t, "Original")
		l := convention.Languages{Original: tags[orig]}
		for i, tag := range tags {
			if i != orig && rapid.IntRange(0, 3).Draw(t, "Translation") == 0 {
				l.Translations = append(l.Translations, tag)
			}
		}
		return l
	})
}

// TransmissionAfter returns transmissions sent on or after made (any date
// when made is zero), or none.
func TransmissionAfter(made convention.Date) *rapid.Generator[convention.Transmission] {
	return rapid.Custom(func(t *rapid.T) convention.Transmission {
		if !rapid.Bool().Draw(t, "Transmitted") {
			return convention.Transmission{}
		}
		tr := convention.Transmission{Means: rapid.SampledFrom([]convention.Means{convention.MeansNotGiven, convention.MeansDiplomatic,
			convention.MeansElectronic, convention.MeansInterpol}).Draw(t, "Means"),
			Reference: rapid.SampledFrom([]string{"", "NV 12/2026"}).Draw(t, "Reference")}
		if !made.IsZero() && rapid.Bool().Draw(t, "Sent") {
			tr.Sent = made.AddDays(rapid.IntRange(0, 30).Draw(t, "After"))
		}
		return tr
	})
}

// Contacts returns contact points, or none.
func Contacts() *rapid.Generator[convention.Contacts] {
	return rapid.Custom(func(t *rapid.T) convention.Contacts {
		if !rapid.Bool().Draw(t, "HasContacts") {
			return convention.Contacts{}
		}
		return convention.Contacts{Requesting: convention.ContactPoint{Name: "Bureau de l'entraide pénale internationale",
			Email: "beipi@justice.example", TimeZone: rapid.SampledFrom([]string{"", "Europe/Paris", "+01:00"}).Draw(t, "TimeZone")}}
	})
}

// Attachment returns documents sent with a request.
func Attachment() *rapid.Generator[convention.Attachment] {
	return rapid.Custom(func(t *rapid.T) convention.Attachment {
		return convention.Attachment{
			Kind: rapid.SampledFrom([]convention.AttachmentKind{convention.AttachmentWarrant, convention.AttachmentOrder,
				convention.AttachmentStatement, convention.AttachmentLaw, convention.AttachmentTranslation}).Draw(t, "Kind"),
			Title:    rapid.SampledFrom([]string{"Arrest warrant", "Judgment", "Statement of facts", "Text of the law"}).Draw(t, "Title"),
			Language: rapid.SampledFrom(append([]language.Tag{language.Und}, tags...)).Draw(t, "Language"),
		}
	})
}

// RelatedBefore returns earlier requests made on or before made, each
// related once.
func RelatedBefore(made convention.Date) *rapid.Generator[[]convention.Related] {
	return rapid.Custom(func(t *rapid.T) []convention.Related {
		var out []convention.Related
		for i := range rapid.IntRange(0, 2).Draw(t, "Related") {
			x := convention.Related{Ref: convention.RequestRef("PA-2026-00" + strconv.Itoa(i)),
				Relation: rapid.SampledFrom([]convention.Relation{convention.RelationSameCase, convention.RelationSupplements}).Draw(t, "Relation")}
			if !made.IsZero() && rapid.Bool().Draw(t, "Made") {
				x.Made = made.AddDays(-rapid.IntRange(0, 60).Draw(t, "Before"))
			}
			out = append(out, x)
		}
		return out
	})
}

// Request returns valid requests: Validate reports nothing.
func Request() *rapid.Generator[extradition.Request] {
	return rapid.Custom(func(t *rapid.T) extradition.Request { return request(t, false) })
}

// CoveredRequest returns valid requests to which the article applies: the
// person is located in the requested State and the first offence is
// covered.
func CoveredRequest() *rapid.Generator[extradition.Request] {
	return rapid.Custom(func(t *rapid.T) extradition.Request { return request(t, true) })
}

func request(t *rapid.T, covered bool) extradition.Request {
	requesting := State().Draw(t, "Requesting")
	requested := State().Filter(func(p convention.PartyID) bool { return p != requesting }).Draw(t, "Requested")
	r := extradition.Request{
		Ref:        convention.RequestRef(rapid.SampledFrom([]string{"", "EXT-2026-0042", "2026/117"}).Draw(t, "Ref")),
		Requesting: requesting,
		Requested:  requested,
		Person:     Person().Draw(t, "Person"),
	}
	if rapid.Bool().Draw(t, "Dated") {
		r.Date = DateBetween(convention.MustDate("2020-01-01"), convention.MustDate("2030-12-31")).Draw(t, "Date")
	}
	n := rapid.IntRange(1, 4).Draw(t, "Offences")
	for i := range n {
		g := Charge(i)
		if covered && i == 0 {
			g = CoveredCharge(i)
		}
		r.Offences = append(r.Offences, g.Draw(t, "Offence"))
	}
	if covered {
		r.Person.InRequestedState = convention.Yes
	}
	r.Provisional = rapid.SampledFrom([]extradition.Measure{extradition.MeasureNone, extradition.MeasureCustody, extradition.MeasureOther}).Draw(t, "Provisional")
	r.Urgency = Urgency().Draw(t, "Urgency")
	r.Basis = LegalBasis().Draw(t, "Basis")
	r.Language = Languages().Draw(t, "Language")
	r.Transmission = TransmissionAfter(r.Date).Draw(t, "Transmission")
	r.Contacts = Contacts().Draw(t, "Contacts")
	if n := rapid.IntRange(0, 3).Draw(t, "Attachments"); n > 0 {
		r.Attachments = rapid.SliceOfN(Attachment(), n, n).Draw(t, "Attachment")
	}
	r.Related = RelatedBefore(r.Date).Draw(t, "Related")
	if rapid.Bool().Draw(t, "Enforcement") {
		r.Purpose = extradition.PurposeEnforcement
		r.Sentence = Sentence(r.Date).Draw(t, "Sentence")
		r.EnforceIfRefused = rapid.Bool().Draw(t, "EnforceIfRefused")
	} else {
		r.Purpose = extradition.PurposeProsecution
		r.SubmitIfRefused = rapid.Bool().Draw(t, "SubmitIfRefused")
	}
	return r
}

// Sentence returns sentences imposed on or before asOf (any date when asOf
// is zero), with a remainder no longer than the sentence.
func Sentence(asOf convention.Date) *rapid.Generator[extradition.Sentence] {
	return rapid.Custom(func(t *rapid.T) extradition.Sentence {
		var s extradition.Sentence
		months := rapid.IntRange(1, 300).Draw(t, "Months")
		if rapid.IntRange(0, 5).Draw(t, "Life") == 0 {
			s.Imposed = convention.LifeImprisonment()
		} else {
			s.Imposed = convention.Imprisonment(0, months)
		}
		if rapid.Bool().Draw(t, "Served") {
			s.Remainder = convention.Imprisonment(0, rapid.IntRange(1, months).Draw(t, "Remainder"))
		}
		if rapid.Bool().Draw(t, "Dated") {
			end := asOf
			if end.IsZero() {
				end = convention.MustDate("2030-12-31")
			}
			s.ImposedOn = DateBetween(end.AddDays(-3650), end).Draw(t, "ImposedOn")
		}
		s.Court = rapid.SampledFrom([]string{"", "Tribunal judiciaire de Paris"}).Draw(t, "Court")
		return s
	})
}

// Profile returns valid profiles of the requested State, with or without
// a catalogue of the Convention offences (declaring every offence the
// generators draw).
func Profile() *rapid.Generator[extradition.Profile] {
	return rapid.Custom(func(t *rapid.T) extradition.Profile {
		p := extradition.Profile{
			TreatyConditional: Judgement().Draw(t, "TreatyConditional"),
			Treaty:            Judgement().Draw(t, "Treaty"),
			Notification: rapid.SampledFrom([]extradition.Notification{extradition.NotificationUnknown,
				extradition.NotifiedConvention, extradition.NotifiedNoConvention, extradition.NotNotified}).Draw(t, "Notification"),
		}
		if rapid.Bool().Draw(t, "Catalogue") {
			// Every offence the generators draw is declared: a valid request
			// stays valid.
			p.Offences = convention.MustCatalogue(established[1:]...)
		}
		return p
	})
}

// DiscriminationGrounds returns sets of the grounds Cooperation art., para.
// 3 lists, possibly empty.
func DiscriminationGrounds() *rapid.Generator[convention.DiscriminationGrounds] {
	return rapid.Custom(func(t *rapid.T) convention.DiscriminationGrounds {
		var gs convention.DiscriminationGrounds
		for g := convention.GroundSex; g <= convention.GroundPoliticalOpinions; g++ {
			if rapid.IntRange(0, 3).Draw(t, g.String()) == 0 {
				gs = gs.Add(g)
			}
		}
		return gs
	})
}

// Facts returns valid judgements of the requested State, each drawn from
// judgement (NationalityGround is Yes wherever ConditionalLaw is: such a
// law restricts the extradition of nationals). With a request, use
// FactsFor, which keeps them consistent with it.
func Facts() *rapid.Generator[extradition.Facts] { return facts(Judgement()) }

// KnownFacts returns judgements of the requested State, all assessed.
func KnownFacts() *rapid.Generator[extradition.Facts] { return facts(KnownJudgement()) }

// FactsFor returns judgements of the requested State valid with r: as
// Facts, save that the ground of domestic law rests on fiscal matters
// (DomesticGroundFiscal Yes) only where an offence of r involves them
// (para. 14).
func FactsFor(r extradition.Request) *rapid.Generator[extradition.Facts] {
	fiscal := false
	for _, c := range r.Offences {
		fiscal = fiscal || c.Fiscal
	}
	return rapid.Custom(func(t *rapid.T) extradition.Facts {
		f := Facts().Draw(t, "Facts")
		if !fiscal && f.DomesticGroundFiscal == convention.Yes {
			f.DomesticGroundFiscal = rapid.SampledFrom([]convention.Judgement{convention.No, convention.Unassessed}).Draw(t, "DomesticGroundFiscal")
		}
		return f
	})
}

func facts(j *rapid.Generator[convention.Judgement]) *rapid.Generator[extradition.Facts] {
	return rapid.Custom(func(t *rapid.T) extradition.Facts {
		f := extradition.Facts{
			Discrimination: convention.DiscriminationFacts{
				Belief:  j.Draw(t, "Belief"),
				Grounds: DiscriminationGrounds().Draw(t, "Grounds"),
			},
			Accessory:            j.Draw(t, "Accessory"),
			ConventionBasis:      j.Draw(t, "ConventionBasis"),
			MinimumPenaltyMet:    j.Draw(t, "MinimumPenaltyMet"),
			DomesticGround:       j.Draw(t, "DomesticGround"),
			DomesticGroundFiscal: j.Draw(t, "DomesticGroundFiscal"),
			NationalityGround:    j.Draw(t, "NationalityGround"),
			Warranted:            j.Draw(t, "Warranted"),
			Urgent:               j.Draw(t, "Urgent"),
			ProvisionalLaw:       j.Draw(t, "ProvisionalLaw"),
			ConditionalLaw:       j.Draw(t, "ConditionalLaw"),
			ConditionalAgreed:    j.Draw(t, "ConditionalAgreed"),
			EnforcementLaw:       j.Draw(t, "EnforcementLaw"),
			ConsultAppropriate:   j.Draw(t, "ConsultAppropriate"),
		}
		if f.ConditionalLaw == convention.Yes && f.NationalityGround == convention.No {
			// Para. 11: a law permitting the surrender of nationals only on
			// condition of return restricts their extradition (para. 7).
			f.NationalityGround = convention.Yes
		}
		return f
	})
}

// Grounds returns sets of the grounds a refusal may rely on.
func Grounds() *rapid.Generator[convention.Set[extradition.Term]] {
	return rapid.Custom(func(t *rapid.T) convention.Set[extradition.Term] {
		var s convention.Set[extradition.Term]
		for _, g := range extradition.RefusalGrounds() {
			if rapid.IntRange(0, 2).Draw(t, g.String()) == 0 {
				s = s.With(g)
			}
		}
		return s
	})
}

// ResponseFor returns responses Review accepts as valid for r: a
// conditional surrender or a submission for prosecution only where
// extradition is sought for prosecution.
func ResponseFor(r extradition.Request) *rapid.Generator[extradition.Response] {
	actions := []extradition.Action{extradition.ActionExtradite, extradition.ActionRefuse}
	if r.Purpose != extradition.PurposeEnforcement {
		actions = append(actions, extradition.ActionExtraditeConditionally, extradition.ActionRefuseAndSubmit)
	}
	return rapid.Custom(func(t *rapid.T) extradition.Response {
		s := extradition.Response{Action: rapid.SampledFrom(actions).Draw(t, "Action")}
		if s.Action.Refuses() {
			s.Grounds = Grounds().Draw(t, "Grounds")
			s.Consulted = rapid.Bool().Draw(t, "Consulted")
			s.EnforcementConsidered = rapid.Bool().Draw(t, "EnforcementConsidered")
		}
		return s
	})
}

// RefusalFor returns refusals (ActionRefuse or ActionRefuseAndSubmit)
// Review accepts as valid for r.
func RefusalFor(r extradition.Request) *rapid.Generator[extradition.Response] {
	return ResponseFor(r).Filter(func(s extradition.Response) bool { return s.Action.Refuses() })
}

// Invalid is a value broken in known ways: Validate reports exactly the
// citations in Want, in order, one per problem: the library's shared
// conventiontest.Broken. (A type and the generator Broken cannot share the
// name in one package.)
type Invalid[T any] = conventiontest.Broken[T]

func ext(para int) convention.Citation { return convention.Cite(convention.ArtExtradition, para) }

// breakers break one rule of a valid request each, and return the citation
// Validate then reports.
var breakers = []func(t *rapid.T, r *extradition.Request) convention.Citation{
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Requesting = convention.PartyID{}
		return ext(1)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Requested = convention.MustPartyID(rapid.SampledFrom([]string{"EU", "ECOWAS", "CARICOM"}).Draw(t, "Organization"))
		return ext(1)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Requested = r.Requesting
		return ext(1)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Person.Name = ""
		return ext(1)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Person.InRequestedState = convention.Judgement(rapid.IntRange(3, 255).Draw(t, "InRequestedState"))
		return ext(1)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Person.National = convention.Judgement(rapid.IntRange(3, 255).Draw(t, "National"))
		return ext(10)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Offences = nil
		return ext(1)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		for len(r.Offences) <= extradition.MaxOffences {
			r.Offences = append(r.Offences, Charge(len(r.Offences)).Draw(t, "Offence"))
		}
		return ext(1)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Offences = append(r.Offences, r.Offences[rapid.IntRange(0, len(r.Offences)-1).Draw(t, "Repeated")])
		return ext(2)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Purpose = extradition.Purpose(rapid.SampledFrom([]int{0, 3, 200}).Draw(t, "Purpose"))
		r.SubmitIfRefused, r.EnforceIfRefused, r.Sentence = false, false, extradition.Sentence{}
		return ext(12)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Purpose, r.SubmitIfRefused = extradition.PurposeEnforcement, false
		r.Sentence = extradition.Sentence{Court: "Tribunal judiciaire de Paris"}
		return ext(12)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Purpose, r.EnforceIfRefused = extradition.PurposeProsecution, false
		r.Sentence = extradition.Sentence{Imposed: convention.Imprisonment(2, 0)}
		return ext(12)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Purpose, r.SubmitIfRefused = extradition.PurposeEnforcement, false
		r.Sentence = extradition.Sentence{Imposed: convention.Imprisonment(2, 0), Remainder: convention.Imprisonment(2, rapid.IntRange(1, 11).Draw(t, "Excess"))}
		return ext(12)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Purpose, r.SubmitIfRefused = extradition.PurposeEnforcement, false
		r.Date = convention.MustDate("2026-02-28")
		r.Related, r.Transmission = nil, convention.Transmission{}
		r.Sentence = extradition.Sentence{Imposed: convention.Imprisonment(2, 0), ImposedOn: r.Date.AddDays(rapid.IntRange(1, 400).Draw(t, "Later"))}
		return ext(12)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Purpose, r.SubmitIfRefused, r.EnforceIfRefused = extradition.PurposeEnforcement, true, false
		if r.Sentence.IsZero() {
			r.Sentence = extradition.Sentence{Imposed: convention.Imprisonment(3, 0)}
		}
		return ext(10)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Purpose, r.EnforceIfRefused, r.SubmitIfRefused = extradition.PurposeProsecution, true, false
		r.Sentence = extradition.Sentence{}
		return ext(12)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Provisional = extradition.Measure(rapid.IntRange(3, 255).Draw(t, "Provisional"))
		return ext(9)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Offences[rapid.IntRange(0, len(r.Offences)-1).Draw(t, "Index")].Offence.Conduct = ""
		return convention.Cite(convention.ArtCooperation, 2)
	},
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Offences[rapid.IntRange(0, len(r.Offences)-1).Draw(t, "Index")].Requested.Criminal = convention.Judgement(rapid.IntRange(3, 255).Draw(t, "Criminal"))
		return convention.Cite(convention.ArtCooperation, 2)
	},
	// 19: the person sought as a witness.
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Person.Role = rapid.SampledFrom([]convention.PersonRole{convention.PersonWitness, convention.PersonVictim}).Draw(t, "Role")
		return ext(1)
	},
	// 20: a translation into the original's language.
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Language = convention.In(language.Spanish, language.Spanish)
		return ext(1)
	},
	// 21: a treaty invoked without its name.
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Basis = convention.Under(convention.BasisTreaty)
		return ext(4)
	},
	// 22: reasons for urgency on a request not marked urgent.
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Urgency = convention.Urgency{Reasons: "flight risk"}
		return ext(9)
	},
	// 23: a contact point's e-mail address that is none.
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Contacts = convention.Contacts{Requesting: convention.ContactPoint{Name: "Central authority", Email: "central authority"}}
		return ext(15)
	},
	// 24: an attachment of no kind.
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Attachments = []convention.Attachment{{Title: "Arrest warrant"}}
		return ext(7)
	},
	// 25: a related request not named.
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Related = []convention.Related{{Relation: convention.RelationSameCase}}
		return ext(1)
	},
	// 26: sent before it was made.
	func(t *rapid.T, r *extradition.Request) convention.Citation {
		r.Date = convention.MustDate("2026-11-26")
		r.Sentence.ImposedOn, r.Related = convention.Date{}, nil
		r.Transmission = convention.Transmission{Sent: convention.MustDate("2026-11-20")}
		return ext(1)
	},
}

// independent are the breakers that touch separate fields, so that any
// of them may be applied together.
var independent = []int{0, 1, 3, 4, 5, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25}

// Breakers returns the number of ways BrokenBy breaks a request.
func Breakers() int { return len(breakers) }

// Broken returns requests broken in one or more known ways, with the
// citations Validate must report, sorted.
func Broken() *rapid.Generator[Invalid[extradition.Request]] {
	return rapid.Custom(func(t *rapid.T) Invalid[extradition.Request] {
		if rapid.Bool().Draw(t, "Single") {
			return BrokenBy(rapid.IntRange(0, len(breakers)-1).Draw(t, "Breaker")).Draw(t, "Broken")
		}
		ids := rapid.SliceOfNDistinct(rapid.SampledFrom(independent), 2, 4, rapid.ID[int]).Draw(t, "Breakers")
		return brokenBy(t, ids...)
	})
}

// BrokenBy returns requests broken by breaker i (0 <= i < Breakers()).
func BrokenBy(i int) *rapid.Generator[Invalid[extradition.Request]] {
	return rapid.Custom(func(t *rapid.T) Invalid[extradition.Request] { return brokenBy(t, i) })
}

func brokenBy(t *rapid.T, ids ...int) Invalid[extradition.Request] {
	r := Request().Draw(t, "Request")
	r.Offences = append([]extradition.Charge(nil), r.Offences...)
	var want []convention.Citation
	for _, i := range ids {
		want = append(want, breakers[i](t, &r))
	}
	slices.SortFunc(want, convention.Citation.Compare)
	return Invalid[extradition.Request]{Value: r, Want: want}
}
