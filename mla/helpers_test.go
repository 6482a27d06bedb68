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
