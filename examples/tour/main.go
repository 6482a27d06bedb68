// Command tour shows the library deciding real scenarios under the draft UN
// convention on cybercrime, each decision with its citations.
//
//	go run ./examples/tour
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/treatyrules/cybercrime/convention"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "tour:", err)
		os.Exit(1)
	}
}

// scenario is one stop of the tour.
type scenario struct {
	title string
	run   func(w io.Writer) error
}

func scenarios() []scenario {
	return []scenario{
		{"Entry into force, reckoned as the depositary does (UNTOC history)", entryIntoForceHistory},
		{"Dual criminality turns on conduct, not labels", dualCriminality},
		{"A judgement the requested State has not yet made", undeterminedDualCriminality},
		{"The non-discrimination clause", nonDiscrimination},
		{"Drafting slips the library records", draftingSlips},
	}
}

func run(w io.Writer) error {
	fmt.Fprintf(w, "Tour of github.com/treatyrules/cybercrime\nText: %s\n", convention.TextVersion)
	for i, s := range scenarios() {
		fmt.Fprintf(w, "\n== %d. %s ==\n", i+1, s.title)
		if err := s.run(w); err != nil {
			return fmt.Errorf("%s: %w", s.title, err)
		}
	}
	return nil
}

func entryIntoForceHistory(w io.Writer) error {
	fortieth, err := convention.ParseDate("2003-07-01")
	if err != nil {
		return err
	}
	eif := convention.NthDayAfter(fortieth, 90)
	fmt.Fprintf(w, "Fortieth instrument deposited %s; in force on the ninetieth day after: %s (%s)\n",
		fortieth, eif, convention.Cite(convention.ArtEntryIntoForce, 1))
	fmt.Fprintf(w, "Amendments may be proposed after the expiry of five years: from %s (%s)\n",
		convention.AfterExpiryOfYears(eif, 5), convention.Cite(convention.ArtAmendment, 1))
	fmt.Fprintf(w, "Arbitration requested 2025-08-31: the ICJ may be seised six months after, from %s (%s)\n",
		convention.MonthsAfter(convention.MustDate("2025-08-31"), 6), convention.Cite(convention.ArtDisputes, 2))
	return nil
}

func dualCriminality(w io.Writer) error {
	r := convention.EvaluateDualCriminality(
		"encrypting a hospital's patient records and demanding payment for the key",
		convention.Characterisation{Criminal: convention.Yes, Name: "ransomware extortion", Category: "computer crime"},
		convention.Characterisation{Criminal: convention.Yes, Name: "aggravated blackmail", Category: "offence against property"},
		convention.Citation{})
	fmt.Fprint(w, r)
	return nil
}

func undeterminedDualCriminality(w io.Writer) error {
	r := convention.EvaluateDualCriminality(
		"publishing another person's intimate images without consent",
		convention.Characterisation{Criminal: convention.Yes, Name: "non-consensual dissemination"},
		convention.Characterisation{Criminal: convention.Unassessed},
		convention.Citation{})
	fmt.Fprint(w, r)
	return nil
}

func nonDiscrimination(w io.Writer) error {
	r := convention.EvaluateNonDiscrimination(convention.DiscriminationFacts{
		Purpose: convention.Yes,
		Grounds: convention.DiscriminationGrounds(0).Add(convention.GroundPoliticalOpinions),
	})
	fmt.Fprint(w, r)
	return nil
}

func draftingSlips(w io.Writer) error {
	for _, p := range convention.DraftingNotes() {
		fmt.Fprintf(w, "- %s: %s\n", p.Cite, p.Note)
	}
	return nil
}
