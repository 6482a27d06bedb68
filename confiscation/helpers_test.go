package confiscation_test

import (
	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

var (
	y = convention.Yes
	n = convention.No
)

func d(s string) convention.Date { return convention.MustDate(s) }

func cite(p int) convention.Citation { return convention.Cite(convention.ArtConfiscation, p) }

func citePoint(p int, r rune) convention.Citation {
	return convention.CitePoint(convention.ArtConfiscation, p, r)
}

func mlaCite(p int) convention.Citation { return convention.Cite(convention.ArtMLA, p) }

func mlaPoint(p int, r rune) convention.Citation {
	return convention.CitePoint(convention.ArtMLA, p, r)
}

// baseRequest is a complete request from France to Kenya to give effect to
// a final confiscation order of the Paris criminal court over the proceeds
// of a ransomware attack, an offence established under the Convention,
// held in a Nairobi bank account; and, pending enforcement, to freeze the
// account on the court's freezing order.
func baseRequest() confiscation.Request {
	return confiscation.Request{
		Ref:        "FR-CONF-2026-007",
		Case:       "PAR-CYB-2026/311",
		Requesting: convention.MustPartyID("FRA"),
		Requested:  convention.MustPartyID("KEN"),
		Contents: mla.Contents{
			RequestingAuthority: "Ministère de la Justice, Bureau de l'entraide pénale internationale",
			SubjectMatter:       "ransomware attack on the Lyon university hospital",
			Nature:              mla.NatureProsecution,
			Conducting:          mla.Authority{Name: "Parquet national cyber, Paris", Functions: "public prosecutor"},
			Facts:               "On 3 March 2026 the hospital's servers were encrypted; the ransom was paid into a Nairobi account.",
			AssistanceSought:    "freezing and confiscation of the balance of account KE-ACC-001122",
			Subjects:            []mla.Subject{{Kind: mla.SubjectAccount, Identity: "KE-ACC-001122", Location: "Nairobi"}},
			Aim:                 "enforcement of the confiscation order of 12 October 2026",
		},
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data and demanding a ransom", Name: "extorsion",
			Established: "illegal-interference", MaxPenalty: convention.Imprisonment(10, 0)}},
		Channel:           mla.ChannelCentralAuthority,
		Form:              mla.FormWriting,
		Language:          convention.In(language.French),
		Made:              d("2026-11-02"),
		Kinds:             confiscation.KindsOf(confiscation.KindEnforceOrder, confiscation.KindProvisional),
		ConfiscationBasis: confiscation.BasisConviction,
		Property: []confiscation.Property{{Category: confiscation.CategoryProceeds,
			Description: "balance of account KE-ACC-001122", Location: "Equity Bank, Nairobi",
			Value: convention.MustMoney("EUR 412000.00")}},
		Statement: "The ransom of EUR 412,000 paid by the hospital was traced to account KE-ACC-001122.",
		Order: confiscation.Order{Type: confiscation.OrderConfiscation, Authority: "Tribunal correctionnel de Paris",
			Court: true, Ref: "TC-PAR-2026/9981", Issued: d("2026-10-12"), AdmissibleCopy: true, Final: true},
		Extent:       "the whole balance, up to EUR 412,000",
		ThirdParties: "the account holder and the bank were notified; no third party appeared within the two-month period",
		Actions:      "freeze the account pending enforcement of the order",
		ProvisionalOrder: confiscation.Order{Type: confiscation.OrderFreezing, Authority: "Juge des libertés et de la détention, Paris",
			Court: true, Issued: d("2026-03-20"), AdmissibleCopy: true},
	}
}

// baseProfile: no MLA treaty between the States, a central authority,
// English and French notified, and every capacity of the Recovery art. in
// Kenyan law.
func baseProfile() confiscation.Profile {
	return confiscation.Profile{
		Profile: mla.Profile{Treaty: n, CentralAuthority: "Office of the Attorney General",
			Languages: []language.Tag{language.English, language.French}},
		Capacity: confiscation.Capacity{EnforceForeign: y, OrderDomestic: y, WithoutConviction: y,
			FreezeOnOrder: y, FreezeOnRequest: y, PreserveOther: y},
	}
}

// baseFacts: the requested State's judgements leave no ground available.
func baseFacts() confiscation.Facts {
	return confiscation.Facts{
		Facts: mla.Facts{
			BankSecrecy: n, Offences: []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y, Name: "extortion"}}},
			DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n,
			ProcedureLawful: y, ProcedurePossible: y, CanKeepConfidential: y,
			EssentialInterests: n, DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n,
			Fiscal: n, InterferesOngoing: n, CostsAgreedOtherwise: n, SubstantialCosts: n,
			Discrimination: convention.DiscriminationFacts{Belief: n},
		},
		Jurisdiction: y, InTerritory: y, SufficientEvidence: y, TimelyEvidence: y,
		DeMinimisValue: n, ThirdPartyRights: n, LiftRequired: n, OpportunityPossible: y,
	}
}

func refusal(gs ...confiscation.Term) confiscation.Response {
	return confiscation.Response{Action: confiscation.ActionRefuse, Grounds: convention.SetOf(gs...), Reasons: true, Consulted: true}
}

func lifting(opportunity bool, gs ...confiscation.Term) confiscation.Response {
	return confiscation.Response{Action: confiscation.ActionLift, Grounds: convention.SetOf(gs...), Opportunity: opportunity}
}
