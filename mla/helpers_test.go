package mla_test

import (
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

var (
	y = convention.Yes
	n = convention.No
)

func d(s string) convention.Date { return convention.MustDate(s) }

func mlaCite(p int) convention.Citation { return convention.Cite(convention.ArtMLA, p) }

func mlaPoint(p int, r rune) convention.Citation {
	return convention.CitePoint(convention.ArtMLA, p, r)
}

// baseRequest is a complete request for taking evidence and records in a
// ransomware investigation, an offence established under the Convention.
func baseRequest() mla.Request {
	return mla.Request{
		Ref:        "FR-2026-0042",
		Case:       "PAR-CYB-2026/311",
		Requesting: convention.MustPartyID("FRA"),
		Requested:  convention.MustPartyID("KEN"),
		Contents: mla.Contents{
			RequestingAuthority: "Ministère de la Justice, Bureau de l'entraide pénale internationale",
			SubjectMatter:       "ransomware attack on the Lyon university hospital",
			Nature:              mla.NatureInvestigation,
			Conducting:          mla.Authority{Name: "Juge d'instruction, Paris", Functions: "investigating judge"},
			Facts:               "On 3 March 2026 the hospital's servers were encrypted and a ransom demanded.",
			Purposes:            mla.PurposesOf(mla.PurposeEvidence, mla.PurposeRecords),
			AssistanceSought:    "hearing of the account holder; certified copies of bank records",
			Subjects: []mla.Subject{
				{Kind: mla.SubjectPerson, Identity: "J. Mwangi", Location: "Nairobi", Nationality: "KE"},
				{Kind: mla.SubjectAccount, Identity: "KE-ACC-001122"},
			},
			Aim: "evidence for the investigation of the ransomware attack",
		},
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data and demanding a ransom", Name: "extorsion",
			Established: "illegal-interference", MaxPenalty: convention.Imprisonment(10, 0)}},
		LegalPersonLiable: n,
		Channel:           mla.ChannelCentralAuthority,
		Form:              mla.FormWriting,
		Language:          convention.In(language.French),
		Made:              d("2026-11-02"),
	}
}

// baseProfile: no MLA treaty between the States, a central authority, and
// English and French notified.
func baseProfile() mla.Profile {
	return mla.Profile{Treaty: n, CentralAuthority: "Office of the Attorney General",
		Languages: []language.Tag{language.English, language.French}}
}

// baseFacts: the requested State's judgements leave no ground available.
func baseFacts() mla.Facts {
	return mla.Facts{
		Offences:             []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y, Name: "extortion"}, TrafficDataAvailable: y}},
		ContentDataPermitted: y, OtherAssistanceLawful: y, BankSecrecy: n,
		DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n,
		ProcedureLawful: y, ProcedurePossible: y, CanKeepConfidential: y,
		EssentialInterests: n, DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n,
		Fiscal: n, InterferesOngoing: n, CostsAgreedOtherwise: n, SubstantialCosts: n,
		Discrimination: convention.DiscriminationFacts{Belief: n},
	}
}

func refusal(gs ...mla.Term) mla.Response {
	return mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(gs...), Reasons: true, Consulted: true}
}

// fullRequest is baseRequest with every part a request form carries: the
// legal basis, a second offence, a translation, related requests, urgency,
// transmission, confidentiality, contacts, attachments, the data sought
// and persons' roles.
func fullRequest() mla.Request {
	r := baseRequest()
	r.Basis = convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisConvention, convention.BasisTreaty}, Treaty: "Bilateral MLA treaty (2001)"}
	r.Offences = append(r.Offences, convention.Offence{Conduct: "laundering the ransom", Name: "blanchiment", MaxPenalty: convention.Imprisonment(5, 0)})
	r.Language = convention.In(language.French, language.English)
	r.Purposes = r.Purposes.With(mla.PurposeStoredData)
	r.Related = []convention.Related{{Ref: "PRES-2026-7", Relation: convention.RelationFollows, Made: d("2026-10-20")}}
	r.Urgency = convention.Urgency{Urgent: true, Reasons: "the trial opens in January"}
	r.Transmission = convention.Transmission{Sent: d("2026-11-02"), Means: convention.MeansElectronic, Reference: "BEPI-117"}
	r.Confidentiality = convention.Confidentiality{Required: true, NoNotice: true, Reasons: "the account holder is a suspect"}
	r.Contacts = convention.Contacts{Requesting: convention.ContactPoint{Name: "M. Dupont", Email: "m.dupont@justice.example", TimeZone: "+01:00"}}
	r.Attachments = []convention.Attachment{{Kind: convention.AttachmentOrder, Title: "Ordonnance du 28 octobre 2026"}}
	r.Data = []convention.DataSought{{Category: convention.DataSubscriber, Provider: "Example Mail Ltd",
		Identifiers: []convention.Identifier{{Kind: convention.IdentifierIPAddress, Value: "203.0.113.7", Port: 443, At: convention.MustTimestamp("2026-03-03T14:05:09+01:00")}}}}
	r.Subjects[0].Role = convention.PersonAccountHolder
	r.GovernmentRecords = true
	return r
}
