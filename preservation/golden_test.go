package preservation_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name.golden, or rewrites it with
// -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	assert.Equal(t, string(want), got)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestGoldenExplanations(t *testing.T) {
	asOf := day("2026-11-26")
	threat := clear()
	threat.ThreatensInvestigation = yes
	belief := clear()
	belief.DualCriminalityFails = yes
	belief.Requesting.Criminal, belief.Requested.Criminal = yes, no
	belief.Requesting.Name, belief.Requested.Name = "outrage à agent public", ""
	several := notEstablished()
	several.Offences = convention.Offences{insult, baseline().Offences[0]}
	several.Confidentiality = convention.Confidentiality{NoNotice: true, Reasons: "the suspect would delete the account"}
	severalFacts := with(belief, func(f *preservation.Facts) { f.PoliticalOffences = preservation.OffenceJudgements{yes, no} })
	for _, tc := range []struct {
		name string
		got  fmt.Stringer
	}{
		{"assess-obliged", must(preservation.Assess(baseline(), preservation.Profile{}, clear(), asOf))},
		{"assess-reservation", must(preservation.Assess(notEstablished(), reserving(), belief, asOf))},
		{"assess-para6-awaiting", must(preservation.Assess(baseline(), preservation.Profile{}, threat, asOf))},
		{"assess-unassessed", must(preservation.Assess(baseline(), preservation.Profile{}, preservation.Facts{}, asOf))},
		{"assess-several-offences", must(preservation.Assess(several, reserving(), severalFacts, asOf))},
		{"review-not-execute", must(preservation.Review(baseline(), preservation.Profile{}, with(threat, func(f *preservation.Facts) { f.Proceed = no }),
			preservation.Response{Action: preservation.ActionNotExecute}))},
		{"review-unlisted-ground", must(preservation.Review(baseline(), preservation.Profile{}, clear(), refuse(preservation.GroundOther, preservation.GroundNoDualCriminality)))},
		{"review-short-period", must(preservation.Review(baseline(), preservation.Profile{}, clear(), preserve("2026-11-26", "2027-01-31")))},
		{"obligation-minimum", must(preservation.Obligation(preservation.Events{Started: asOf}, day("2026-12-24")))},
		{"obligation-pending", must(preservation.Obligation(preservation.Events{Started: asOf, MLAReceived: day("2027-02-01"), MLARef: "US-MLA-2027-9"}, day("2027-05-01")))},
		{"obligation-ended", must(preservation.Obligation(preservation.Events{Started: asOf, MLAReceived: day("2027-02-01"), Decided: day("2027-04-15")}, day("2027-05-01")))},
		{"obligation-released-early", must(preservation.Obligation(preservation.Events{Started: asOf, Released: day("2027-01-15")}, day("2027-01-20")))},
		{"contact-outside-authority", must(preservation.CheckContact(preservation.Contact{Office: "Police 24/7 desk", AroundTheClock: yes,
			Preservation: preservation.CapacityFacilitate, Information: preservation.CapacityNone, Expedited: yes, PartOfAuthority: no, Coordinates: no, Personnel: unk}))},
		{"assistance", must(preservation.ContactAssistance(conforming(), baseline().Offences, noDiscrimination))},
	} {
		t.Run(tc.name, func(t *testing.T) { golden(t, tc.name, tc.got.String()) })
	}
	_ = convention.TextVersion
}
