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
	// An incoming request for mutual legal assistance (MLA art., para. 16),
	// made under this Convention, in French with an English translation.
	req := mla.Request{
		Requesting: convention.MustPartyID("FRA"), Requested: convention.MustPartyID("KEN"),
		Basis: convention.Under(convention.BasisConvention),
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
		Offences: convention.Offences{{Conduct: "encrypting a hospital's data for ransom",
			Established: "data-interference", MaxPenalty: convention.Imprisonment(10, 0)}},
		Channel: mla.ChannelCentralAuthority, Form: mla.FormWriting,
		Language: convention.In(language.French, language.English),
	}
	// The requested State's standing position: no MLA treaty with France.
	profile := mla.Profile{Treaty: convention.No, CentralAuthority: "Office of the Attorney General",
		Languages: []language.Tag{language.English}}

	// Read once: an error only for input the library cannot decide on; a
	// request lacking what para. 16 requires is decided (para. 22(a)).
	prepared, err := mla.Prepare(req, profile)
	if err != nil {
		fmt.Println(err)
		return
	}
	// Kenya's own judgement: execution would prejudice its essential
	// interests. Its other judgements are not yet made.
	d, err := prepared.Assess(mla.Facts{EssentialInterests: convention.Yes})
	if err != nil { // only judgements the library cannot read
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome, "-", d.Cite)
	fmt.Println("may refuse for essential interests:", d.Available.Has(mla.GroundEssentialInterests))
	fmt.Println("must give reasons:", d.Duties.Has(mla.DutyReasons))
	fmt.Println("must consult first:", d.Duties.Has(mla.DutyConsult))
	// quickstart:end
	// Output:
	// may-refuse - MLA art., para. 22(b)
	// may refuse for essential interests: true
	// must give reasons: true
	// must consult first: true
}
