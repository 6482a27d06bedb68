package examples_test

import (
	"fmt"

	"github.com/treatyrules/cybercrime/convention"
)

// The README's quick start: the lines between the markers are copied there
// verbatim, and TestReadmeQuickStartMatchesExample keeps them in sync.
func Example_quickStart() {
	// quickstart:begin
	// Is dual criminality met? It turns on the conduct, whatever each State
	// calls the offence (Cooperation art., para. 2).
	r := convention.EvaluateDualCriminality(
		"encrypting a hospital's records and demanding payment for the key",
		convention.Characterisation{Criminal: convention.Yes, Name: "ransomware extortion"},
		convention.Characterisation{Criminal: convention.Unassessed, Name: "blackmail"},
		convention.Citation{}, // the calling rule requires dual criminality
	)
	fmt.Println(r.Outcome, "-", r.Cite)
	for _, w := range r.WhatIfs() {
		fmt.Printf("still needed: %s (if yes: %s, if no: %s)\n", w.Fact.Describe().Text, w.IfYes, w.IfNo)
	}
	// quickstart:end
	// Output:
	// undetermined - Cooperation art., para. 2
	// still needed: Is the underlying conduct a criminal offence under the laws of the requested State? (if yes: satisfied, if no: not-satisfied)
}
