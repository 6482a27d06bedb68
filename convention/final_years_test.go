package convention_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

// TestAnniversaryIsTheOneRuleForYears: every period of years the library
// counts is the one rule of Anniversary: "n years after D" and "after the
// expiry of n years from D" are the anniversary, the period's last day the
// day before; the anniversary of 29 February is 28 February in a year
// without it and 29 February in a leap year, counted from D itself.
func TestAnniversaryIsTheOneRuleForYears(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		from := conventiontest.DateBetween(d("1990-01-01"), d("2100-12-31")).Draw(t, "D")
		n := rapid.IntRange(0, 40).Draw(t, "N")
		a := convention.Anniversary(from, n)
		require.Equal(t, a, convention.YearsAfter(from, n))
		require.Equal(t, a, convention.AfterExpiryOfYears(from, n))
		require.Equal(t, a.AddDays(-1), convention.ExpiryOfYears(from, n))
		y, m, day := from.Date()
		ay, am, ad := a.Date()
		require.Equal(t, y+n, ay)
		require.Equal(t, m, am)
		if day == 29 && m == 2 && convention.DaysIn(ay, 2) == 28 {
			require.Equal(t, 28, ad, "29 February in a year without it: 28 February")
		} else {
			require.Equal(t, day, ad)
		}
	})
	leap := d("2028-02-29")
	assert.Equal(t, d("2032-02-29"), convention.Anniversary(leap, 4), "counted from D: 29 February comes back")
	assert.Equal(t, d("2032-02-28"), convention.Anniversary(convention.Anniversary(leap, 1), 3), "not from an earlier anniversary")
	assert.Equal(t, d("2028-02-28"), convention.Anniversary(d("2027-02-28"), 1), "28 February stays 28 February in a leap year")
}

// leapLedger: forty States accede on 2027-12-01; the Convention is in
// force on 29 February 2028, the ninetieth day after.
func leapLedger(t *testing.T) (convention.Ledger, []convention.PartyID) {
	states := conventiontest.States(41)
	var parties []convention.Party
	var acts []convention.Action
	for i, s := range states {
		parties = append(parties, convention.Party{ID: s})
		if i < 40 {
			acts = append(acts, convention.Action{Kind: convention.ActionAccession, Party: s, Date: d("2027-12-01")})
		}
	}
	l, err := convention.Build(parties, acts)
	require.NoError(t, err)
	eif, _ := l.EntryIntoForce()
	require.Equal(t, d("2028-02-29"), eif)
	return l, states
}

// TestAmendmentPara1FiveYearsFrom29February: "After the expiry of five years
// from the entry into force": in force on 29 February 2028, the five years
// run to 27 February 2033 and proposals may be filed from 28 February 2033,
// by the decision and by the ledger alike.
func TestAmendmentPara1FiveYearsFrom29February(t *testing.T) {
	l, s := leapLedger(t)
	tests := []struct {
		name  string
		filed string
		want  convention.Outcome
	}{
		{"amendment para. 1: 27 February 2033, the last day of the five years", "2033-02-27", convention.Prohibited},
		{"amendment para. 1: 28 February 2033, the fifth anniversary of 29 February 2028", "2033-02-28", convention.Permitted},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := convention.AmendmentProposalAdmissible(l, s[0], d(tc.filed))
			assert.Equal(t, tc.want, r.Outcome, r.String())
			assert.Equal(t, d("2033-02-28"), r.Date)
			_, err := l.Add(convention.Action{Kind: convention.ActionAmendmentProposal, Party: s[0], Date: d(tc.filed), Amendment: "A1"})
			assert.Equal(t, tc.want == convention.Permitted, err == nil, "the ledger agrees: %v", err)
		})
	}
}

// TestDenunciationPara1OneYearAroundLeapDays: "effective one year after the
// date of receipt", counted by the one rule of years: received on 29
// February, effective on 28 February; received on 28 February of the year
// before a leap year, effective on 28 February, not 29; received on 29
// February of a leap year followed by a leap year four years on, still 28
// February of the next year.
func TestDenunciationPara1OneYearAroundLeapDays(t *testing.T) {
	l, s := leapLedger(t)
	tests := []struct {
		name     string
		received string
		effect   string
	}{
		{"denunciation para. 1: received 29 February 2032, effective 28 February 2033", "2032-02-29", "2033-02-28"},
		{"denunciation para. 1: received 28 February 2031, effective 28 February 2032 (not 29)", "2031-02-28", "2032-02-28"},
		{"denunciation para. 1: received 1 March 2031, effective 1 March 2032", "2031-03-01", "2032-03-01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := l.Add(convention.Action{Kind: convention.ActionDenunciation, Party: s[1], Date: d(tc.received)})
			require.NoError(t, err)
			c, ok := m.Ceases(s[1])
			require.True(t, ok)
			assert.Equal(t, d(tc.effect), c)
			assert.True(t, m.IsParty(s[1], c.AddDays(-1)))
			assert.False(t, m.IsParty(s[1], c))
		})
	}
}
