package mla_test

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/preservation"
)

func exampleRequest() mla.Request {
	return mla.Request{
		Ref: "FR-2026-0042", Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{
			RequestingAuthority: "Ministère de la Justice (BEPI)",
			SubjectMatter:       "ransomware attack on a hospital",
			Nature:              mla.NatureInvestigation,
			Conducting:          mla.Authority{Name: "Juge d'instruction, Paris", Functions: "investigating judge"},
			Facts:               "On 3 March 2026 the hospital's servers were encrypted.",
			Purposes:            mla.PurposesOf(mla.PurposeRecords),
			AssistanceSought:    "certified copies of the records of account KE-ACC-001122",
			Subjects:            []mla.Subject{{Kind: mla.SubjectAccount, Identity: "KE-ACC-001122"}},
			Aim:                 "evidence of the ransom payments",
		},
		Offence: convention.Offence{Conduct: "encrypting a hospital's data for ransom", Established: "illegal-interference",
			MaxPenalty: convention.Imprisonment(10, 0)},
		LegalPersonLiable: convention.No,
		Channel:           mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: language.French,
	}
}

func exampleProfile() mla.Profile {
	return mla.Profile{Treaty: convention.No, CentralAuthority: "Office of the Attorney General",
		Languages: []language.Tag{language.English, language.French}}
}

func exampleFacts() mla.Facts {
	y, n := convention.Yes, convention.No
	return mla.Facts{BankSecrecy: y, Fiscal: y, Requested: convention.Characterisation{Criminal: y},
		DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n, CanKeepConfidential: y,
		EssentialInterests: n, DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n,
		InterferesOngoing: n, CostsAgreedOtherwise: n, SubstantialCosts: n,
		Discrimination: convention.DiscriminationFacts{Belief: n}}
}

func printDecision(d mla.Decision) {
	fmt.Println(d.Outcome, d.Cite)
	for _, g := range d.Available.Slice() {
		fmt.Println("  available:", g.Describe().Cite, g.Describe().Name)
	}
	for _, g := range d.Barred.Slice() {
		fmt.Println("  barred:", g.Describe().Cite, g.Describe().Name)
	}
	for _, v := range d.Violations.Slice() {
		fmt.Println("  violation:", v.Describe().Cite, v.Describe().Name)
	}
}

// A refusal for bank secrecy and fiscal matters, without consultation or
// reasons, reviewed against paras. 8, 23, 24 and 1.
func ExampleReview() {
	resp := mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundBankSecrecy, mla.GroundFiscal)}
	d, err := mla.Review(exampleRequest(), exampleProfile(), exampleFacts(), resp)
	if err != nil {
		panic(err)
	}
	printDecision(d)
	// Output:
	// unlawful MLA art., para. 8
	//   barred: MLA art., para. 8 bank-secrecy
	//   barred: MLA art., para. 23 fiscal-matters
	//   violation: MLA art., para. 8 declined-for-bank-secrecy
	//   violation: MLA art., para. 23 refused-on-fiscal-ground-alone
	//   violation: MLA art., para. 24 no-reasons
}

// The same request assessed: bank secrecy and fiscal matters are barred,
// no ground is available, and assistance is owed.
func ExampleAssess() {
	d, _ := mla.Assess(exampleRequest(), exampleProfile(), exampleFacts())
	printDecision(d)
	for _, t := range d.Duties.Slice() {
		fmt.Println("  duty:", t.Describe().Cite, t.Describe().Name)
	}
	// Output:
	// obliged MLA art., para. 1
	//   barred: MLA art., para. 8 bank-secrecy
	//   barred: MLA art., para. 23 fiscal-matters
	//   duty: MLA art., para. 1 widest-measure
	//   duty: MLA art., para. 18 execute-under-domestic-law
	//   duty: MLA art., para. 25 execute-as-soon-as-possible
	//   duty: MLA art., para. 25 answer-progress-requests
	//   duty: MLA art., para. 25 inform-no-longer-required
	//   duty: MLA art., para. 29 bear-ordinary-costs
}

// Where an MLA treaty binds the States, it governs; paras. 10 to 30 are
// not applied.
func ExampleAssess_treaty() {
	p := exampleProfile()
	p.Treaty, p.ArticleInLieu = convention.Yes, convention.No
	d, _ := mla.Assess(exampleRequest(), p, exampleFacts())
	fmt.Println(d.Outcome, d.Cite, d.Regime)
	fmt.Println(d.Explain().Notes[0])
	// Output:
	// not-applicable MLA art., para. 9 treaty
	// the States are bound by a treaty of mutual legal assistance and have not agreed otherwise: the treaty's corresponding provisions govern in place of paragraphs 10 to 30 of the article, which were not applied (MLA art., paras. 7 and 9)
}

// A witness officially informed on 14 February 2028 that presence is no
// longer required: the fifteen days of opportunity are 15 to 29 February
// (a leap year); safe conduct ceases on 1 March if the witness stays on. An
// inability to leave from 20 to 22 February restarts the count.
func ExampleSafeConduct() {
	s := mla.Stay{Basis: mla.BasisSafeConduct, Arrived: convention.MustDate("2028-02-01"),
		Informed: convention.MustDate("2028-02-14")}
	for _, on := range []string{"2028-02-29", "2028-03-01"} {
		st, _ := mla.SafeConduct(mla.RegimeArticle, s, convention.MustDate(on))
		fmt.Println(strings.TrimSpace(fmt.Sprint(on, " ", st.Outcome, " ", st.Ceased)))
	}
	s.Unable = []convention.Period{{Start: convention.MustDate("2028-02-20"), End: convention.MustDate("2028-02-22")}}
	st, _ := mla.SafeConduct(mla.RegimeArticle, s, convention.MustDate("2028-03-01"))
	fmt.Println("interrupted:", st.Outcome, "until", st.Until)
	s.Departed, s.Returned, s.ReturnVoluntary = convention.MustDate("2028-03-02"), convention.MustDate("2028-03-05"), convention.Yes
	st, _ = mla.SafeConduct(mla.RegimeArticle, s, convention.MustDate("2028-03-05"))
	fmt.Println("returned:", st.Outcome, st.Ceased, st.Reason, st.Cite)
	// Output:
	// 2028-02-29 protected
	// 2028-03-01 ceased 2028-03-01
	// interrupted: protected until 2028-03-09
	// returned: ceased 2028-03-05 test:returned-freely MLA art., para. 28
}

func ExampleCreditDays() {
	fmt.Println(mla.CreditDays(convention.Period{Start: convention.MustDate("2028-02-28"), End: convention.MustDate("2028-03-01")}, convention.Date{}))
	fmt.Println(mla.CreditDays(convention.Period{Start: convention.MustDate("2027-02-28"), End: convention.MustDate("2027-03-01")}, convention.Date{}))
	fmt.Println(mla.CreditDays(convention.Period{Start: convention.MustDate("2028-01-31")}, convention.MustDate("2028-02-29")))
	// Output:
	// 3
	// 2
	// 30
}

func ExampleScope() {
	r := exampleRequest()
	r.Offence.Established, r.ElectronicEvidence = "", true
	d, _ := mla.Scope(r)
	fmt.Println(d.Outcome, d.Cite)
	for _, t := range d.Duties.Slice() {
		fmt.Println(" ", t.Describe().Cite, t.Describe().Name)
	}
	// Output:
	// obliged MLA art., para. 1
	//   MLA art., para. 1 widest-measure
	//   MLA art., para. 4 assist-electronic-evidence
}

func ExampleDecideRegime() {
	d := mla.DecideRegime(mla.Profile{Treaty: convention.Yes, ArticleInLieu: convention.Yes})
	fmt.Println(d.Outcome, d.Cite, d.Regime)
	d = mla.DecideRegime(mla.Profile{})
	for _, w := range d.WhatIfs() {
		fmt.Println(w.Fact.Describe().Name, "yes:", w.IfYes, "no:", w.IfNo)
	}
	// Output:
	// satisfied MLA art., para. 9 article
	// treaty-bound yes: undetermined no: satisfied
	// article-in-lieu yes: satisfied no: undetermined
}

func ExampleCheckForm() {
	r := exampleRequest()
	r.Language = language.TraditionalChinese
	p := exampleProfile()
	p.Languages = []language.Tag{language.Chinese}
	d, _ := mla.CheckForm(r, p, exampleFacts())
	fmt.Println(d.Outcome, d.Cite)
	r.Language = language.CanadianFrench
	d, _ = mla.CheckForm(r, exampleProfile(), exampleFacts())
	fmt.Println(d.Outcome, d.Cite)
	// Output:
	// not-satisfied MLA art., para. 15
	// satisfied MLA art., para. 15
}

func ExampleRequest_Validate() {
	r := exampleRequest()
	r.Facts, r.Aim = "", ""
	r.Preserved = []convention.RequestRef{"PRES-7"}
	fmt.Println(r.Validate())
	for _, p := range convention.AsProblems(r.Validate()) {
		fmt.Println(p)
	}
	// Output:
	// MLA art., para. 3(d): Preserved: inconsistent: preserved data is sought, but purpose 3(d) is not among the purposes (and 2 more)
	// MLA art., para. 3(d): Preserved: inconsistent: preserved data is sought, but purpose 3(d) is not among the purposes
	// MLA art., para. 16(c): Facts: missing
	// MLA art., para. 16(f): Aim: missing
}

func ExampleContents_Validate() {
	c := mla.Contents{Purposes: mla.PurposesOf(mla.PurposeService), RequestingAuthority: "Parquet de Paris",
		SubjectMatter: "fraud", Nature: mla.NatureProsecution,
		Conducting:       mla.Authority{Name: "Tribunal judiciaire de Paris", Functions: "trial court"},
		AssistanceSought: "service of a summons", Aim: "summons to the trial",
		Subjects: []mla.Subject{{Kind: mla.SubjectPerson, Identity: "J. Doe", Nationality: "FR"}}}
	fmt.Println(c.Validate() == nil, "(no summary of facts needed for service only)")
	// Output:
	// true (no summary of facts needed for service only)
}

func ExampleEvidenceUse() {
	d := mla.EvidenceUse(mla.RegimeArticle, mla.Use{OtherProceedings: true, Disclosure: true,
		Exculpatory: convention.Yes, ConsultationRequested: true})
	fmt.Println(d.Outcome, d.Cite)
	for _, t := range d.Duties.Slice() {
		fmt.Println(" ", t.Describe().Name)
	}
	// Output:
	// permitted MLA art., para. 20
	//   notify-before-disclosure
	//   consult-on-disclosure
}

func ExampleSpontaneousUse() {
	d := mla.SpontaneousUse(mla.Spontaneous{CouldAssist: convention.Yes, Confidential: true},
		mla.Use{Disclosure: true, Exculpatory: convention.Yes, AdvanceNoticePossible: convention.No})
	fmt.Println(d.Outcome, d.Cite, d.Duties.Slice())
	// Output:
	// permitted MLA art., para. 6 [duty:respect-restrictions duty:inform-disclosure-without-delay]
}

func ExampleSpontaneousTransmission() {
	fmt.Println(mla.SpontaneousTransmission(mla.Spontaneous{CouldAssist: convention.Yes}).Outcome)
	// Output:
	// permitted
}

func ExampleDecideTransfer() {
	d := mla.DecideTransfer(mla.RegimeArticle, mla.Transfer{Detained: true, Purpose: mla.TransferTestimony,
		Offence: convention.Offence{Conduct: "c", Established: "illegal-access"}, Consent: convention.No, AuthoritiesAgree: convention.Yes})
	fmt.Println(d.Outcome, d.Cite)
	// Output:
	// prohibited MLA art., para. 11(a)
}

func ExampleVideoHearing() {
	d := mla.VideoHearing(mla.RegimeArticle, mla.Hearing{Role: mla.RoleExpert, InTerritory: true, AskedFor: true,
		AppearanceImpracticable: convention.Yes, Possible: convention.Yes, RequestingConducts: true})
	fmt.Println(d.Outcome, d.Cite, d.Conductor)
	// Output:
	// discretionary MLA art., para. 19 requesting-state
}

func ExampleExecution() {
	r := exampleRequest()
	r.Procedure = "certified copies under seal"
	f := exampleFacts()
	f.ProcedureLawful, f.ProcedurePossible = convention.Yes, convention.Yes
	d, _ := mla.Execution(mla.RegimeArticle, r, f)
	fmt.Println(d.Outcome, d.Cite, d.Duties.Slice())
	// Output:
	// obliged MLA art., para. 18 [duty:execute-under-domestic-law duty:follow-specified-procedure]
}

func ExampleCosts() {
	d := mla.Costs(mla.RegimeArticle, mla.Facts{CostsAgreedOtherwise: convention.No, SubstantialCosts: convention.Yes})
	fmt.Println(d.Outcome, d.Cite, d.Duties.Slice())
	// Output:
	// obliged MLA art., para. 29 [duty:bear-ordinary-costs duty:consult-on-costs]
}

func ExampleGovernmentRecords() {
	fmt.Println(mla.GovernmentRecords(mla.RegimeArticle, convention.Yes).Cite)
	fmt.Println(mla.GovernmentRecords(mla.RegimeArticle, convention.No).Outcome)
	// Output:
	// MLA art., para. 30(a)
	// discretionary
}

func ExampleJointInvestigation() {
	d := mla.JointInvestigation(mla.Joint{CaseAgreement: convention.Yes, SovereigntyRespected: convention.Yes})
	fmt.Println(d.Outcome, d.Cite)
	// Output:
	// permitted Joint investigations art.
}

// A preservation request announces the request for mutual legal assistance
// that will follow it; FollowUp starts that request and Follows tells the
// requested State that the two connect (MLA art., para. 3(d); Preservation
// art., para. 7).
func ExampleFollowUp() {
	p := preservation.Request{
		Ref:        "PRES-2026-0042",
		Case:       "NCA/2026/117",
		Requesting: convention.MustPartyID("GBR"),
		Requested:  convention.MustPartyID("NLD"),
		Authority:  "National Crime Agency",
		Offence:    convention.Offence{Conduct: "deploying ransomware against a hospital", Established: "data-interference", MaxPenalty: convention.Imprisonment(10, 0)},
		Data:       "server images and logs of host 203.0.113.7, 1-14 November 2026",
		Location:   "Amsterdam data centre",
	}
	r := mla.FollowUp(p.Link())
	fmt.Println(r.Purposes, r.Preserved, r.Requesting, "->", r.Requested)
	fmt.Println("follows:", r.Follows(p.Link()))
	// Output:
	// [stored-data] [PRES-2026-0042] GBR -> NLD
	// follows: true
}
