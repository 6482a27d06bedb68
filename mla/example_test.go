package mla_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/preservation"
)

// France asks Kenya for bank records of an account that received ransom
// payments. Kenya assesses the request on its own judgements: bank secrecy
// and fiscal matters are at stake, but neither is a ground of refusal
// (paras. 8 and 23), and no ground is available: assistance is owed.
func ExampleAssess() {
	y, n := convention.Yes, convention.No
	req := mla.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
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
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data for ransom", Established: "illegal-interference",
			MaxPenalty: convention.Imprisonment(10, 0)}},
		Channel: mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
	}
	profile := mla.Profile{Treaty: n, CentralAuthority: "Office of the Attorney General",
		Languages: []language.Tag{language.English, language.French}}
	facts := mla.Facts{BankSecrecy: y, Fiscal: y,
		Offences:  []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}}},
		DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n,
		EssentialInterests: n, DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n,
		InterferesOngoing: n, CostsAgreedOtherwise: n, SubstantialCosts: n,
		Discrimination: convention.DiscriminationFacts{Belief: n}}

	d, err := mla.Assess(req, profile, facts)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Outcome, d.Cite)
	fmt.Println("bank secrecy barred:", d.Barred.Has(mla.GroundBankSecrecy))
	fmt.Println("widest measure owed:", d.Duties.Has(mla.DutyWidestMeasure))
	fmt.Println("requesting State to say when no longer required:", d.Duties.Has(mla.DutyInformNoLongerRequired))
	// Output:
	// obliged MLA art., para. 1
	// bank secrecy barred: true
	// widest measure owed: true
	// requesting State to say when no longer required: true
}

// Kenya proposes to refuse for bank secrecy and fiscal matters, without
// consultation or reasons: the review finds each violation.
func ExampleReview() {
	y, n := convention.Yes, convention.No
	req := mla.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{
			RequestingAuthority: "Ministère de la Justice (BEPI)", SubjectMatter: "ransomware attack on a hospital",
			Nature:     mla.NatureInvestigation,
			Conducting: mla.Authority{Name: "Juge d'instruction, Paris", Functions: "investigating judge"},
			Facts:      "On 3 March 2026 the hospital's servers were encrypted.",
			Purposes:   mla.PurposesOf(mla.PurposeRecords), AssistanceSought: "bank records of account KE-ACC-001122",
			Aim: "evidence of the ransom payments",
		},
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data for ransom", Established: "illegal-interference"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
	}
	profile := mla.Profile{Treaty: n, CentralAuthority: "Office of the Attorney General", Languages: []language.Tag{language.French}}
	facts := mla.Facts{BankSecrecy: y, Fiscal: y, Offences: []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: y}}},
		DeMinimis: n, OtherProvisions: n, Authenticity: y, EssentialInterests: n, DomesticProhibition: n,
		Disproportionate: n, ContraryToLegalSystem: n, Discrimination: convention.DiscriminationFacts{Belief: n}}
	resp := mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundBankSecrecy, mla.GroundFiscal)}

	d, err := mla.Review(req, profile, facts, resp)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Outcome, d.Cite)
	for _, v := range d.Violations.Slice() {
		fmt.Println("  violation:", v.Describe().Cite, v.Describe().Name)
	}
	// Output:
	// unlawful MLA art., para. 8
	//   violation: MLA art., para. 8 declined-for-bank-secrecy
	//   violation: MLA art., para. 23 refused-on-fiscal-ground-alone
	//   violation: MLA art., para. 24 no-reasons
}

// A request naming two offences: one established under the Convention,
// one (laundering) that is not. The article reaches the first only; the
// requested State's law does not make the first's conduct criminal, so
// para. 10's ground reaches it.
func ExampleAssess_severalOffences() {
	y, n := convention.Yes, convention.No
	req := mla.Request{
		Requesting: convention.MustPartyID("USA"), Requested: convention.MustPartyID("BRA"),
		Contents: mla.Contents{
			RequestingAuthority: "US Department of Justice, Office of International Affairs",
			SubjectMatter:       "phishing campaign", Nature: mla.NatureProsecution,
			Conducting: mla.Authority{Name: "US Attorney, N.D. Cal.", Functions: "federal prosecutor"},
			Facts:      "Victims' credentials were harvested and their accounts emptied.",
			Purposes:   mla.PurposesOf(mla.PurposeRecords), AssistanceSought: "bank records", Aim: "evidence for trial",
		},
		Offences: convention.Offences{
			{Conduct: "sending phishing e-mails to obtain credentials", Name: "wire fraud", Established: "computer-fraud"},
			{Conduct: "laundering the proceeds through shell companies", Name: "money laundering"},
		},
		Channel: mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.English),
	}
	profile := mla.Profile{Treaty: n, CentralAuthority: "Ministério da Justiça", Languages: []language.Tag{language.English}}
	facts := mla.Facts{Offences: []mla.OffenceFacts{{Requested: convention.Characterisation{Criminal: n}}, {Requested: convention.Characterisation{Criminal: y}}},
		BankSecrecy: n, Fiscal: n, DeMinimis: n, OtherProvisions: n, Authenticity: y, MoreInformation: n,
		EssentialInterests: n, DomesticProhibition: n, Disproportionate: n, ContraryToLegalSystem: n,
		Discrimination: convention.DiscriminationFacts{Belief: n}}

	d, err := mla.Assess(req, profile, facts)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Outcome, d.Cite)
	fmt.Println("within the article:", d.Within)
	fmt.Println("without dual criminality:", d.WithoutDualCriminality)
	v, _ := d.Explain().Value("offences_within_article")
	fmt.Println("value offences_within_article:", v)
	// Output:
	// may-refuse MLA art., para. 10
	// within the article: [0]
	// without dual criminality: [0]
	// value offences_within_article: 0
}

// A French request sent with an English translation to a State that
// accepts only English is in an acceptable language (para. 15); without
// the translation it is not, and para. 22(a) opens.
func ExampleCheckForm() {
	req := mla.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("GBR"),
		Contents: mla.Contents{RequestingAuthority: "Parquet de Paris", SubjectMatter: "fraud", Nature: mla.NatureInvestigation,
			Conducting: mla.Authority{Name: "Parquet de Paris", Functions: "prosecutor"}, Facts: "Online fraud.",
			Purposes: mla.PurposesOf(mla.PurposeRecords), AssistanceSought: "account records", Aim: "evidence"},
		Offences: convention.Offences{{Conduct: "online fraud", Established: "computer-fraud"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting,
		Language: convention.In(language.French, language.English),
	}
	profile := mla.Profile{Treaty: convention.No, CentralAuthority: "UK Central Authority", Languages: []language.Tag{language.English}}
	facts := mla.Facts{Authenticity: convention.Yes}
	d, _ := mla.CheckForm(req, profile, facts)
	fmt.Println("with an English translation:", d.Outcome)
	req.Language = convention.In(language.French)
	d, _ = mla.CheckForm(req, profile, facts)
	fmt.Println("in French only:", d.Outcome, d.Cite)
	// Output:
	// with an English translation: satisfied
	// in French only: not-satisfied MLA art., para. 15
}

// A request that invokes only a bilateral treaty is not made pursuant to
// the article (paras. 7, 9): the article does not apply, and says so.
func ExampleAssess_legalBasis() {
	req := mla.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("USA"),
		Basis: convention.LegalBasis{Invoked: []convention.LegalBasisKind{convention.BasisTreaty},
			Treaty: "Treaty on Mutual Legal Assistance in Criminal Matters between France and the United States (1998)"},
		Contents: mla.Contents{RequestingAuthority: "Parquet de Paris", SubjectMatter: "fraud", Nature: mla.NatureInvestigation,
			Conducting: mla.Authority{Name: "Parquet de Paris", Functions: "prosecutor"}, Facts: "Online fraud.",
			Purposes: mla.PurposesOf(mla.PurposeRecords), AssistanceSought: "account records", Aim: "evidence"},
		Offences: convention.Offences{{Conduct: "online fraud", Established: "computer-fraud"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.English),
	}
	d, _ := mla.Assess(req, mla.Profile{Treaty: convention.Yes}, mla.Facts{})
	fmt.Println(d.Outcome, d.Cite)
	v, _ := d.Explain().Value("legal_basis")
	fmt.Println(v)
	// Output:
	// not-applicable MLA art., para. 7
	// treaty (Treaty on Mutual Legal Assistance in Criminal Matters between France and the United States (1998))
}

// Where an MLA treaty binds the States, it governs; paras. 10 to 30 are
// not applied.
func ExampleAssess_treaty() {
	req := mla.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Basis: convention.Under(convention.BasisConvention),
		Contents: mla.Contents{RequestingAuthority: "Parquet de Paris", SubjectMatter: "fraud", Nature: mla.NatureInvestigation,
			Conducting: mla.Authority{Name: "Parquet de Paris", Functions: "prosecutor"}, Facts: "Online fraud.",
			Purposes: mla.PurposesOf(mla.PurposeRecords), AssistanceSought: "account records", Aim: "evidence"},
		Offences: convention.Offences{{Conduct: "online fraud", Established: "computer-fraud"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
	}
	profile := mla.Profile{Treaty: convention.Yes, ArticleInLieu: convention.No}
	d, _ := mla.Assess(req, profile, mla.Facts{Discrimination: convention.DiscriminationFacts{Belief: convention.No}})
	fmt.Println(d.Outcome, d.Cite, d.Regime)
	fmt.Println(d.Explain().Notes[0])
	// Output:
	// not-applicable MLA art., para. 9 treaty
	// the States are bound by a treaty of mutual legal assistance and have not agreed otherwise: the treaty's corresponding provisions govern in place of paragraphs 10 to 30 of the article, which were not applied (MLA art., paras. 7 and 9)
}

// A case system prepares a request once and decides it as the requested
// State's judgements come in: each decision then costs no validation and
// no allocation.
func ExamplePrepare() {
	req := mla.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{RequestingAuthority: "Parquet de Paris", SubjectMatter: "fraud", Nature: mla.NatureInvestigation,
			Conducting: mla.Authority{Name: "Parquet de Paris", Functions: "prosecutor"}, Facts: "Online fraud.",
			Purposes: mla.PurposesOf(mla.PurposeRecords), AssistanceSought: "account records", Aim: "evidence"},
		Offences: convention.Offences{{Conduct: "online fraud", Established: "computer-fraud"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
	}
	profile := mla.Profile{Treaty: convention.No, CentralAuthority: "Office of the Attorney General", Languages: []language.Tag{language.French}}
	pr, err := mla.Prepare(req, profile)
	if err != nil {
		panic(err)
	}
	// First, Kenya has judged only its essential interests.
	facts := mla.Facts{EssentialInterests: convention.Yes}
	d, err := pr.Assess(facts)
	fmt.Println(d.Outcome, err)
	// It refuses after consulting France, giving reasons.
	refusal := mla.Response{Action: mla.ActionRefuse, Grounds: convention.SetOf(mla.GroundEssentialInterests), Consulted: true, Reasons: true}
	v, err := pr.Review(facts, refusal)
	fmt.Println(v.Outcome, err)
	// Judgements on two offences, when the request names one, are an error.
	_, err = pr.Assess(mla.Facts{Offences: make([]mla.OffenceFacts, 2)})
	fmt.Println(err)
	// Output:
	// may-refuse <nil>
	// lawful <nil>
	// MLA art., para. 1: Facts.Offences: inconsistent: judgements on 2 offences; the request names 1
}

// A request arrives as JSON (the language as a plain tag, the offences as a
// list); the assessment leaves as JSON, its computed values by name.
func ExampleRequest_json() {
	in := `{
	  "requesting": "FRA", "requested": "KEN",
	  "basis": {"invoked": ["convention"]},
	  "requesting_authority": "Parquet de Paris", "subject_matter": "fraud", "nature": "investigation",
	  "conducting": {"name": "Parquet de Paris", "functions": "prosecutor"},
	  "facts": "Online fraud.", "purposes": ["records"], "assistance_sought": "account records", "aim": "evidence",
	  "offences": [{"conduct": "online fraud", "established": "computer-fraud"}],
	  "channel": "central-authority", "form": "writing", "language": "fr"
	}`
	var req mla.Request
	if err := json.Unmarshal([]byte(in), &req); err != nil {
		panic(err)
	}
	profile := mla.Profile{Treaty: convention.No, CentralAuthority: "Office of the Attorney General", Languages: []language.Tag{language.French}}
	d, err := mla.Assess(req, profile, mla.Facts{})
	if err != nil {
		panic(err)
	}
	out, _ := json.Marshal(d.Explain().Values)
	fmt.Println(d.Outcome)
	fmt.Println(string(out))
	// Output:
	// undetermined
	// [{"name":"legal_basis","cite":{"id":"art_mla__para_9","text":"MLA art., para. 9"},"value":"convention"},{"name":"regime","cite":{"id":"art_mla__para_9","text":"MLA art., para. 9"},"value":"article"}]
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

// Electronic evidence of a serious offence not established under the
// Convention is within the article (paras. 1 and 4).
func ExampleScope() {
	req := mla.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{RequestingAuthority: "Parquet de Paris", SubjectMatter: "drug trafficking", Nature: mla.NatureInvestigation,
			Conducting: mla.Authority{Name: "Juge d'instruction", Functions: "investigating judge"}, Facts: "Sales on a darknet market.",
			Purposes: mla.PurposesOf(mla.PurposeStoredData), AssistanceSought: "the contents of a server", Aim: "evidence"},
		Offences: convention.Offences{{Conduct: "selling drugs online", MaxPenalty: convention.Imprisonment(10, 0)}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
	}
	d, _ := mla.Scope(req)
	fmt.Println(d.Outcome, d.Cite, d.Within)
	for _, t := range d.Duties.Slice() {
		fmt.Println(" ", t.Describe().Cite, t.Describe().Name)
	}
	// Output:
	// obliged MLA art., para. 1 [0]
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

// Validate lists every problem at once, each with its paragraph and JSON
// path; the decisions still decide a request that lacks an element of
// para. 16 (para. 22(a)).
func ExampleRequest_Validate() {
	req := mla.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{RequestingAuthority: "Parquet de Paris", SubjectMatter: "fraud", Nature: mla.NatureInvestigation,
			Conducting: mla.Authority{Name: "Parquet de Paris", Functions: "prosecutor"},
			Purposes:   mla.PurposesOf(mla.PurposeRecords), AssistanceSought: "account records"},
		Offences: convention.Offences{{Conduct: "online fraud", Established: "computer-fraud"}},
		Related:  []convention.Related{{Ref: "PRES-7", Relation: convention.RelationFollows}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
	}
	for _, p := range convention.AsProblems(req.Validate()) {
		fmt.Println(p, "at", p.Path)
	}
	// Output:
	// MLA art., para. 3(d): Related: inconsistent: the request follows a preservation request, but purpose 3(d) is not among the purposes at related
	// MLA art., para. 16(c): Facts: missing at facts
	// MLA art., para. 16(f): Aim: missing at aim
}

func ExampleContents_Validate() {
	c := mla.Contents{Purposes: mla.PurposesOf(mla.PurposeService), RequestingAuthority: "Parquet de Paris",
		SubjectMatter: "fraud", Nature: mla.NatureProsecution,
		Conducting:       mla.Authority{Name: "Tribunal judiciaire de Paris", Functions: "trial court"},
		AssistanceSought: "service of a summons", Aim: "summons to the trial",
		Subjects: []mla.Subject{{Kind: mla.SubjectPerson, Identity: "J. Doe", Nationality: "FR", Role: convention.PersonAccused}}}
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

// The requesting State disclosed exculpatory evidence without telling the
// requested State beforehand, advance notice being possible (para. 20).
func ExampleReviewEvidenceUse() {
	d := mla.ReviewEvidenceUse(mla.RegimeArticle, mla.Use{Disclosure: true, Exculpatory: convention.Yes,
		AdvanceNoticePossible: convention.Yes, InformedWithoutDelay: true})
	fmt.Println(d.Outcome, d.Violations.Slice())
	// Output:
	// unlawful [violation:evidence-disclosure-not-notified]
}

func ExampleSpontaneousUse() {
	d := mla.SpontaneousUse(mla.Spontaneous{CouldAssist: convention.Yes, Confidential: true},
		mla.Use{Disclosure: true, Exculpatory: convention.Yes, AdvanceNoticePossible: convention.No})
	fmt.Println(d.Outcome, d.Cite, d.Duties.Slice())
	// Output:
	// permitted MLA art., para. 6 [duty:respect-restrictions duty:inform-disclosure-without-delay]
}

func ExampleReviewSpontaneousUse() {
	d := mla.ReviewSpontaneousUse(mla.Spontaneous{CouldAssist: convention.Yes, Restricted: true},
		mla.Use{WithinRestrictions: convention.No, Exculpatory: convention.No})
	fmt.Println(d.Outcome, d.Violations.Slice())
	// Output:
	// unlawful [violation:restrictions-not-respected]
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
	req := mla.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{RequestingAuthority: "Parquet de Paris", SubjectMatter: "fraud", Nature: mla.NatureInvestigation,
			Conducting: mla.Authority{Name: "Parquet de Paris", Functions: "prosecutor"}, Facts: "Online fraud.",
			Purposes: mla.PurposesOf(mla.PurposeRecords), AssistanceSought: "account records", Aim: "evidence",
			Procedure: "certified copies under seal"},
		Offences: convention.Offences{{Conduct: "online fraud", Established: "computer-fraud"}},
		Channel:  mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: convention.In(language.French),
	}
	f := mla.Facts{ProcedureLawful: convention.Yes, ProcedurePossible: convention.Yes}
	d, _ := mla.Execution(mla.RegimeArticle, req, f)
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
		Offences:   convention.Offences{{Conduct: "deploying ransomware against a hospital", Established: "data-interference", MaxPenalty: convention.Imprisonment(10, 0)}},
		Data:       []convention.DataSought{{Description: "server images and logs of host 203.0.113.7, 1-14 November 2026"}},
		Location:   "Amsterdam data centre",
	}
	r := mla.FollowUp(p.Link())
	fmt.Println(r.Purposes, r.Related[0].Ref, r.Related[0].Relation, r.Requesting, "->", r.Requested)
	fmt.Println("follows:", r.Follows(p.Link()))
	// Output:
	// [stored-data] PRES-2026-0042 follows GBR -> NLD
	// follows: true
}

// Decision.String renders the reasoning as a lawyer reads it.
func ExampleDecision_String() {
	d := mla.JointInvestigation(mla.Joint{Agreement: true, SovereigntyRespected: convention.No})
	fmt.Fprint(os.Stdout, d.String())
	// Output:
	// joint investigation: prohibited (Joint investigations art.)
	//   1. Joint investigations art.: Have the States concluded an agreement or arrangement under which joint investigative bodies may be established? yes
	//   2. Joint investigations art.: Is the sovereignty of the State in whose territory the investigation is to take place fully respected? no
	//   duties:
	//     - Joint investigations art.: Ensure that the sovereignty of the State in whose territory the investigation takes place is fully respected
}
