package convention_test

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
)

// AddMonths keeps the day of the month and clamps to the end of a shorter
// month, unlike time.AddDate, which rolls over into the next month.
func ExampleDate_AddMonths() {
	fmt.Println(convention.MustDate("2025-08-31").AddMonths(6))
	fmt.Println(convention.MustDate("2023-08-31").AddMonths(6))
	fmt.Println(convention.MustDate("2024-02-29").AddYears(1))
	d, clamped := convention.MustDate("2025-08-31").AddMonthsStrict(6)
	fmt.Println(d, "clamped:", clamped)
	// Output:
	// 2026-02-28
	// 2024-02-29
	// 2025-02-28
	// 2026-02-28 clamped: true
}

// UNTOC's fortieth instrument was deposited on 1 July 2003; it entered into
// force "on the ninetieth day after", on 29 September 2003. A deposit on the
// last day of January brings the thirtieth day into March.
func ExampleNthDayAfter() {
	fmt.Println(convention.NthDayAfter(convention.MustDate("2003-07-01"), 90))
	fmt.Println(convention.NthDayAfter(convention.MustDate("2024-01-31"), 30))
	fmt.Println(convention.NthDayAfter(convention.MustDate("2025-01-31"), 30))
	// Output:
	// 2003-09-29
	// 2024-03-01
	// 2025-03-02
}

// Amendments may be proposed "after the expiry of five years from the entry
// into force": the five years include the day of entry into force.
func ExampleAfterExpiryOfYears() {
	eif := convention.MustDate("2003-09-29")
	fmt.Println("period ends:", convention.ExpiryOfYears(eif, 5))
	fmt.Println("proposals from:", convention.AfterExpiryOfYears(eif, 5))
	// Output:
	// period ends: 2008-09-28
	// proposals from: 2008-09-29
}

func ExampleParseCitation() {
	c, err := convention.ParseCitation("MLA art., para. 22(b)")
	if err != nil {
		panic(err)
	}
	fmt.Println(c)
	fmt.Println(c.EID())
	p, _ := convention.LookupProvision(c)
	fmt.Println(p.Strength)
	// Output:
	// MLA art., para. 22(b)
	// art_mla__para_22__point_b
	// may
}

func ExampleDraftingNotes() {
	for _, p := range convention.DraftingNotes() {
		if p.Cite.Article() == convention.ArtEntryIntoForce {
			fmt.Println(p.Cite)
		}
	}
	// Output:
	// Entry into force art., para. 2
}

// Dual criminality turns on the conduct, not on the name or category each
// State gives the offence.
func ExampleEvaluateDualCriminality() {
	r := convention.EvaluateDualCriminality(
		"accessing a bank's server without right and copying customer records",
		convention.Characterisation{Criminal: convention.Yes, Name: "unauthorised access", Category: "computer crime"},
		convention.Characterisation{Criminal: convention.Yes, Name: "theft of data", Category: "property offence"},
		convention.Citation{}, // the calling rule requires dual criminality
	)
	fmt.Print(r)
	// Output:
	// dual criminality: satisfied (Cooperation art., para. 2)
	//   1. Cooperation art., para. 2: Does the rule applied require dual criminality? yes
	//   2. Cooperation art., para. 2: Is the underlying conduct a criminal offence under the laws of the requesting State? yes (conduct compared: "accessing a bank's server without right and copying customer records")
	//   3. Cooperation art., para. 2: Is the underlying conduct a criminal offence under the laws of the requested State? yes (conduct compared: "accessing a bank's server without right and copying customer records")
	//   note: offence names not compared (requesting State: "unauthorised access"; requested State: "theft of data")
}

// A decision that turns on a judgement the State has not yet made says so,
// and says what each answer would change.
func ExampleEvaluateDualCriminality_undetermined() {
	r := convention.EvaluateDualCriminality("operating a botnet",
		convention.Characterisation{Criminal: convention.Yes},
		convention.Characterisation{Criminal: convention.Unassessed},
		convention.Citation{})
	fmt.Println(r.Outcome)
	for _, w := range r.WhatIfs() {
		fmt.Printf("%s: if yes %s, if no %s\n", w.Fact, w.IfYes, w.IfNo)
	}
	// Output:
	// undetermined
	// criminal-in-requested-state: if yes satisfied, if no not-satisfied
}

func ExampleEvaluateNonDiscrimination() {
	r := convention.EvaluateNonDiscrimination(convention.DiscriminationFacts{
		Belief:  convention.Yes,
		Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundPoliticalOpinions),
	})
	fmt.Println(r.Outcome, r.Cite)
	// Output:
	// no-obligation Cooperation art., para. 3
}

func ExampleLanguageAcceptable() {
	notified := []language.Tag{language.English, language.French}
	for _, used := range []string{"en-GB", "fr-CA", "de"} {
		fmt.Println(used, convention.LanguageAcceptable(notified, language.MustParse(used)))
	}
	// Output:
	// en-GB true
	// fr-CA true
	// de false
}

func ExamplePenalty_Serious() {
	fmt.Println(convention.Imprisonment(4, 0).Serious())
	fmt.Println(convention.Imprisonment(3, 11).Serious())
	fmt.Println(convention.LifeImprisonment().Serious())
	// Output:
	// yes
	// no
	// yes
}

func ExampleProblems() {
	err := convention.Party{ID: convention.MustPartyID("EU")}.Validate()
	fmt.Println(err)
	fmt.Println(errors.Is(err, convention.ErrMissing))
	// Output:
	// Signature art., para. 2: Members: missing: a regional economic integration organization has member States
	// true
}

func ExampleParseMoney() {
	m, err := convention.ParseMoney("EUR 1250.50")
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Currency(), m.Amount().StringFixed(2))
	// Output:
	// EUR 1250.50
}
