package examples_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/preservation"
)

// Kenya receives France's request for bank records, proposes to refuse it
// because the account is covered by bank secrecy and the case involves tax,
// and checks the proposal before sending it: request, validation, review,
// explanation.
func Example_mlaRefusalOnBarredGrounds() {
	r := mla.Request{
		Ref: "FR-2026-0042", Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{
			RequestingAuthority: "Ministère de la Justice (BEPI)",
			SubjectMatter:       "ransomware attack on a hospital",
			Nature:              mla.NatureInvestigation,
			Conducting:          mla.Authority{Name: "Juge d'instruction, Paris", Functions: "investigating judge"},
			Facts:               "On 3 March 2026 the hospital's servers were encrypted and a ransom demanded.",
			Purposes:            mla.PurposesOf(mla.PurposeRecords),
			AssistanceSought:    "certified copies of the records of account KE-ACC-001122",
			Subjects:            []mla.Subject{{Kind: mla.SubjectAccount, Identity: "KE-ACC-001122"}},
			Aim:                 "evidence of the ransom payments",
		},
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data and demanding a ransom",
			Established: "data-interference", MaxPenalty: convention.Imprisonment(10, 0)}},
		Channel: mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
	}
	if err := r.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	p := mla.Profile{Treaty: convention.No, CentralAuthority: "Office of the Attorney General",
		Languages: []language.Tag{language.English, language.French}}
	f := mla.Facts{BankSecrecy: convention.Yes, Fiscal: convention.Yes, EssentialInterests: convention.No}
	refusal := mla.Response{Action: mla.ActionRefuse, Consulted: true, Reasons: true,
		Grounds: convention.SetOf(mla.GroundBankSecrecy, mla.GroundFiscal)}
	d, err := mla.Review(r, p, f, refusal)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, "-", d.Cite)
	for _, v := range d.Violations.Slice() {
		fmt.Printf("violation: %s (%s)\n", v.Describe().Text, v.Describe().Cite)
	}
	// Output:
	// unlawful - MLA art., para. 8
	// violation: Assistance declined on the ground of bank secrecy (MLA art., para. 8)
	// violation: Request refused on the sole ground that the offence also involves fiscal matters (MLA art., para. 23)
}

// A 24/7 point of contact receives a preservation request at three in the
// morning: validation, the decision, what to do and until when, and the
// status on later days.
func Example_preservationAtThreeInTheMorning() {
	r := preservation.Request{
		Ref: "FR-PRES-2026-114", Case: "PARQUET-CYBER-2026-88",
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("USA"),
		Authority: "Paris Public Prosecutor, cybercrime section",
		Offences: convention.Offences{{Conduct: "obtaining bank credentials by sending fraudulent e-mails",
			Name: "escroquerie", Established: "computer-fraud", MaxPenalty: convention.Imprisonment(7, 0)}},
		Summary: "Since October 2026 a phishing campaign has targeted customers of French banks.",
		Data: []convention.DataSought{{Category: convention.DataSubscriber, Provider: "Example Mail Inc.",
			Description: "Subscriber information and connection logs of phisher@example.com"}},
		Relationship: "The account sent the phishing e-mails.",
		Necessity:    "The provider deletes connection logs after 30 days.",
		IntendsMLA:   true,
	}
	if err := r.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	n := convention.No
	f := preservation.Facts{Discrimination: convention.DiscriminationFacts{Belief: n}, InTerritory: convention.Yes, PoliticalOffences: preservation.OffenceJudgements{n}, EssentialInterests: n,
		NotEnsureAvailability: n, ThreatensInvestigation: n}
	d, err := preservation.Assess(r, preservation.Profile{}, f, convention.MustDate("2026-11-26"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(d.Summary())
	e := preservation.Events{Started: convention.MustDate("2026-11-26"), MLAReceived: convention.MustDate("2027-02-20")}
	s, _ := preservation.Obligation(e, convention.MustDate("2027-03-15"))
	fmt.Print(s.Summary())
	// Output:
	// PRESERVE the data expeditiously (Preservation art., para. 3) and keep it for at least ninety days, the day preservation is effected counting as the first (Preservation art., para. 7): if effected on 2026-11-26, through 2027-02-23 inclusive. Once a request for search, seizure or disclosure is received, keep it until a decision on that request.
	// MUST PRESERVE on 2027-03-15, with no end date: until a decision is taken on the request for search, seizure or disclosure received on 2027-02-20 (Preservation art., para. 7).
}

// Brazil is asked by France to surrender one of its nationals for trial,
// and weighs refusing: the assessment, then the review of two responses.
func Example_extraditionOfANational() {
	r := extradition.Request{
		Ref: "EXT-2026-0042", Date: convention.MustDate("2026-11-26"),
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("BRA"),
		Person: extradition.Person{Name: "J. Doe", InRequestedState: convention.Yes, National: convention.Yes},
		Offences: []extradition.Charge{{
			Offence: convention.Offence{Conduct: "accessing a bank's payment servers without right and transferring funds",
				Name: "escroquerie informatique", Established: "computer-fraud", MaxPenalty: convention.Imprisonment(7, 0)},
			Requested: convention.Characterisation{Criminal: convention.Yes, Name: "estelionato eletrônico"},
		}},
		Purpose:         extradition.PurposeProsecution,
		SubmitIfRefused: true,
	}
	p := extradition.Profile{TreatyConditional: convention.Yes, Treaty: convention.No, Notification: extradition.NotifiedConvention}
	f := extradition.Facts{
		Discrimination:    convention.DiscriminationFacts{Belief: convention.No},
		MinimumPenaltyMet: convention.Yes, DomesticGround: convention.No, ConsultAppropriate: convention.Yes,
		NationalityGround: convention.Yes, // Brazil's law bars the extradition of its nationals (para. 7)
	}
	a, err := extradition.Assess(r, p, f)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("assessment:", a.Outcome, "-", a.Cite)
	for _, resp := range []extradition.Response{
		{Action: extradition.ActionRefuse, Grounds: convention.SetOf(extradition.GroundNationality)},
		{Action: extradition.ActionRefuseAndSubmit, Consulted: true, Grounds: convention.SetOf(extradition.GroundNationality)},
	} {
		v, err := extradition.Review(r, p, f, resp)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(resp.Action, "->", v.Outcome)
		for _, t := range v.Violations.Slice() {
			fmt.Printf("  violation: %s (%s)\n", t, t.Describe().Cite)
		}
	}
	// Output:
	// assessment: may-refuse - Extradition art., para. 7
	// refuse -> unlawful
	//   violation: no-submission-for-prosecution (Extradition art., para. 10)
	//   violation: refusal-without-consultation (Extradition art., para. 15)
	// refuse-and-submit -> lawful
}
