package examples_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

// The README's quick start: the lines between the markers are copied there
// verbatim, and TestReadmeQuickStartMatchesExample keeps them in sync.
func Example_quickStart() {
	// quickstart:begin
	// An incoming request for mutual legal assistance (MLA art., para. 16).
	req := mla.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Contents: mla.Contents{
			RequestingAuthority: "Ministère de la Justice",
			SubjectMatter:       "ransomware attack on a hospital",
			Nature:              mla.NatureInvestigation,
			Conducting:          mla.Authority{Name: "Juge d'instruction, Paris", Functions: "investigating judge"},
			Facts:               "On 3 March 2026 the hospital's servers were encrypted.",
			Purposes:            mla.PurposesOf(mla.PurposeRecords),
			AssistanceSought:    "certified copies of the records of account KE-ACC-001122",
			Subjects:            []mla.Subject{{Kind: mla.SubjectAccount, Identity: "KE-ACC-001122"}},
			Aim:                 "evidence of the ransom payments",
		},
		Offence: convention.Offence{Conduct: "encrypting a hospital's data for ransom",
			Established: "data-interference", MaxPenalty: convention.Imprisonment(10, 0)},
		Channel: mla.ChannelCentralAuthority, Form: mla.FormWriting, Language: language.French,
	}
	// The requested State's standing position: no MLA treaty with France.
	profile := mla.Profile{Treaty: convention.No, CentralAuthority: "Office of the Attorney General",
		Languages: []language.Tag{language.English, language.French}}

	prepared, err := mla.Prepare(req, profile) // validates once: every problem, each with its paragraph
	if err != nil {
		fmt.Println(err)
		return
	}
	// Kenya's own judgement: execution would prejudice its essential
	// interests. Its other judgements are not yet made.
	d := prepared.Assess(mla.Facts{EssentialInterests: convention.Yes})
	fmt.Println(d.Outcome, "-", d.Cite)
	for _, g := range d.Available.Slice() {
		fmt.Println("  may refuse:", g.Describe().Cite)
	}
	for _, t := range d.Duties.Slice() {
		if t.Describe().Cite.Para() == 24 || t.Describe().Cite.Para() == 27 {
			fmt.Println("  before refusing:", t.Describe().Text)
		}
	}
	// quickstart:end
	// Output:
	// may-refuse - MLA art., para. 22(b)
	//   may refuse: MLA art., para. 22(b)
	//   before refusing: Give reasons for any refusal
	//   before refusing: Before refusing under paragraph 22 or postponing under paragraph 26, consult the requesting State on whether assistance may be granted on terms and conditions
}
