package preservation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

// TestPreservationPara7MinimumEnd: "a period not less than ninety days"
// is the period of the preservation itself, the day it is effected counting
// as the first: MinimumEnd, convention.Period.Days and the review count the
// same ninety days.
func TestPreservationPara7MinimumEnd(t *testing.T) {
	for _, tc := range []struct{ name, start, end string }{
		{"para. 7 1 March to 29 May is ninety days", "2027-03-01", "2027-05-29"},
		{"para. 7 1 March to 29 May in a leap year too", "2028-03-01", "2028-05-29"},
		{"para. 7 ordinary", "2026-11-26", "2027-02-23"},
		{"para. 7 ends on 28 February of a leap year", "2027-12-01", "2028-02-28"},
		{"para. 7 ends on 29 February", "2027-12-02", "2028-02-29"},
		{"para. 7 a day later ends on 1 March of a leap year", "2027-12-03", "2028-03-01"},
		{"para. 7 across 28 February of a common year", "2026-12-01", "2027-02-28"},
		{"para. 7 a day later ends on 1 March of a common year", "2026-12-02", "2027-03-01"},
		{"para. 7 starts on 29 February", "2028-02-29", "2028-05-28"},
		{"para. 7 starts on a month end", "2027-01-31", "2027-04-30"},
		{"para. 7 starts on 31 December", "2026-12-31", "2027-03-30"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := preservation.MinimumEnd(day(tc.start))
			assert.Equal(t, day(tc.end), got)
			// One count everywhere: the period from the day of effect
			// through MinimumEnd, both included, is ninety days.
			assert.Equal(t, preservation.MinimumDays, convention.Period{Start: day(tc.start), End: got}.Days())
			assert.Equal(t, preservation.MinimumDays-1, convention.DaysBetween(day(tc.start), got))
		})
	}
	assert.True(t, preservation.MinimumEnd(convention.Date{}).IsZero())
}

// TestPreservationPara7ProposedPeriodBoundary: a proposed period of 89, 90
// and 91 days (convention.Period.Days), at month ends and across 29
// February: "not less than ninety days" is met from ninety, and the review
// agrees with Period.Days and MinimumEnd on every side of the boundary.
func TestPreservationPara7ProposedPeriodBoundary(t *testing.T) {
	for _, start := range []string{"2027-03-01", "2028-03-01", "2026-11-26", "2027-12-01", "2027-12-02", "2028-02-29", "2027-01-31", "2026-12-31", "2028-01-31"} {
		for _, days := range []int{89, 90, 91} {
			s := day(start)
			p := convention.Period{Start: s, End: s.AddDays(days - 1)}
			t.Run(p.String(), func(t *testing.T) {
				require.Equal(t, days, p.Days())
				v, err := preservation.Review(baseline(), preservation.Profile{}, clear(), preservation.Response{Action: preservation.ActionPreserve, Period: p})
				require.NoError(t, err)
				short := days < preservation.MinimumDays
				assert.Equal(t, short, v.Violations.Has(preservation.ViolationPeriodTooShort), "%s: %d days", p, days)
				assert.Equal(t, !short, !p.End.Before(preservation.MinimumEnd(s)), "MinimumEnd agrees")
				if short {
					assert.Equal(t, convention.Unlawful, v.Outcome)
				} else {
					assert.Equal(t, convention.Lawful, v.Outcome, "\n%s", v)
				}
			})
		}
	}
}

func TestPreservationPara7Obligation(t *testing.T) {
	// Day n is the nth day of preservation: day 1 is the day preservation
	// is effected, 2026-11-26; the ninety days are days 1 to 90 (through
	// 2027-02-23); day 0 is the day before.
	start := day("2026-11-26")
	on := func(n int) convention.Date { return start.AddDays(n - 1) }
	for _, tc := range []struct {
		name       string
		e          preservation.Events
		asOf       convention.Date
		want       convention.Outcome
		until      convention.Date
		pending    bool
		violations terms
	}{
		{name: "para. 7 before preservation is effected", e: preservation.Events{Started: start}, asOf: on(0), want: convention.NotApplicable},
		{name: "para. 7 day 1, the day preservation is effected and the first of the ninety", e: preservation.Events{Started: start}, asOf: on(1), want: convention.Obliged, until: on(90)},
		{name: "para. 7 day 89", e: preservation.Events{Started: start}, asOf: on(89), want: convention.Obliged, until: on(90)},
		{name: "para. 7 day 90 is the last mandatory day", e: preservation.Events{Started: start}, asOf: on(90), want: convention.Obliged, until: on(90)},
		{name: "para. 7 day 91 without request: ended", e: preservation.Events{Started: start}, asOf: on(91), want: convention.NoObligation, until: on(90)},
		{name: "para. 7 timely request pending long after day 90", e: preservation.Events{Started: start, MLAReceived: on(30)}, asOf: on(400),
			want: convention.Obliged, pending: true},
		{name: "para. 7 request on day 90", e: preservation.Events{Started: start, MLAReceived: on(90)}, asOf: on(91), want: convention.Obliged, pending: true},
		{name: "para. 7 decision within the ninety days: minimum still runs", e: preservation.Events{Started: start, MLAReceived: on(30), Decided: on(60)},
			asOf: on(70), want: convention.Obliged, until: on(90)},
		{name: "para. 7 decision after day 90: obligation ends the day before", e: preservation.Events{Started: start, MLAReceived: on(30), Decided: on(120)},
			asOf: on(119), want: convention.Obliged, pending: true},
		{name: "para. 7 decision after day 90: free from the day of decision", e: preservation.Events{Started: start, MLAReceived: on(30), Decided: on(120)},
			asOf: on(120), want: convention.NoObligation, until: on(119)},
		{name: "para. 7 request after day 90 while still preserved: revives", e: preservation.Events{Started: start, MLAReceived: on(100)},
			asOf: on(100), want: convention.Obliged, pending: true},
		{name: "para. 7 request after day 90, day before it arrives: ended", e: preservation.Events{Started: start, MLAReceived: on(100)},
			asOf: on(99), want: convention.NoObligation, until: on(90)},
		{name: "para. 7 request after release: nothing to continue", e: preservation.Events{Started: start, Released: on(95), MLAReceived: on(100)},
			asOf: on(100), want: convention.NoObligation, until: on(90)},
		{name: "para. 7 request on the day of release: counts as after it", e: preservation.Events{Started: start, Released: on(95), MLAReceived: on(95)},
			asOf: on(96), want: convention.NoObligation, until: on(90)},
		{name: "para. 7 released within the ninety days: violation", e: preservation.Events{Started: start, Released: on(50)},
			asOf: on(60), want: convention.Obliged, until: on(90), violations: set(preservation.ViolationReleasedEarly)},
		{name: "para. 7 released on day 90 (preserved 89 days): violation", e: preservation.Events{Started: start, Released: on(90)},
			asOf: on(91), want: convention.NoObligation, until: on(90), violations: set(preservation.ViolationReleasedEarly)},
		{name: "para. 7 released on day 91 (preserved 90 days): lawful", e: preservation.Events{Started: start, Released: on(91)},
			asOf: on(91), want: convention.NoObligation, until: on(90)},
		{name: "para. 7 released on day 92 (preserved 91 days): lawful", e: preservation.Events{Started: start, Released: on(92)},
			asOf: on(92), want: convention.NoObligation, until: on(90)},
		{name: "para. 7 released pending decision: violation", e: preservation.Events{Started: start, MLAReceived: on(30), Released: on(120), Decided: on(130)},
			asOf: on(125), want: convention.Obliged, pending: true, violations: set(preservation.ViolationReleasedPending)},
		{name: "para. 7 released on the day of decision: lawful", e: preservation.Events{Started: start, MLAReceived: on(30), Released: on(120), Decided: on(120)},
			asOf: on(120), want: convention.NoObligation, until: on(119)},
		{name: "para. 7 later events not yet known", e: preservation.Events{Started: start, MLAReceived: on(30), Decided: on(40)},
			asOf: on(20), want: convention.Obliged, until: on(90)},
		{name: "para. 7 request before preservation was effected", e: preservation.Events{Started: start, MLAReceived: on(-1)},
			asOf: on(2), want: convention.Obliged, pending: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := preservation.Obligation(tc.e, tc.asOf)
			require.NoError(t, err)
			assert.Equal(t, tc.want, s.Outcome, "\n%s", s)
			assert.Equal(t, tc.until, s.Until, "until")
			assert.Equal(t, tc.pending, s.Pending, "pending")
			assert.Equal(t, tc.violations, s.Violations, "violations: %v", s.Violations.Slice())
			assert.Equal(t, on(90), s.MinimumEnd)
			assert.Equal(t, preservation.MinimumDays, convention.Period{Start: start, End: s.MinimumEnd}.Days())
			if tc.want == convention.Obliged && !tc.pending {
				assert.Equal(t, tc.until.AddDays(1), s.ReleaseFrom())
			} else {
				assert.True(t, s.ReleaseFrom().IsZero() || tc.want == convention.NoObligation)
			}
		})
	}
}

func TestPreservationPara7SummaryIsPlain(t *testing.T) {
	start := day("2026-11-26")
	s, err := preservation.Obligation(preservation.Events{Started: start}, day("2026-12-01"))
	require.NoError(t, err)
	assert.Contains(t, s.Summary(), "MUST PRESERVE on 2026-12-01, through 2027-02-23 inclusive; may release from 2027-02-24")
	s, err = preservation.Obligation(preservation.Events{Started: start, MLAReceived: day("2027-01-10")}, day("2027-03-01"))
	require.NoError(t, err)
	assert.Contains(t, s.Summary(), "with no end date: until a decision is taken on the request for search, seizure or disclosure received on 2027-01-10")
	s, err = preservation.Obligation(preservation.Events{Started: start, Released: day("2027-01-01")}, day("2027-01-05"))
	require.NoError(t, err)
	assert.Contains(t, s.Summary(), "VIOLATION (Preservation art., para. 7): The data was released before the ninety days ended.")
}

// TestPreservationPara7DayOfEffectCounted states the counting rule of para.
// 7 plainly: the ninety days begin on the day preservation is effected, so
// the data must be kept through the ninetieth day of preservation and,
// absent a request for search, seizure or disclosure, may be released from
// the ninety-first; the preservation then lasted ninety days.
func TestPreservationPara7DayOfEffectCounted(t *testing.T) {
	for _, tc := range []struct{ name, started, lastDay, releaseFrom string }{
		{"para. 7 effected 1 March: preserve through 29 May", "2027-03-01", "2027-05-29", "2027-05-30"},
		{"para. 7 effected 2026-11-26: preserve through 2027-02-23", "2026-11-26", "2027-02-23", "2027-02-24"},
		{"para. 7 effected 2027-12-02: last mandatory day 29 February 2028", "2027-12-02", "2028-02-29", "2028-03-01"},
		{"para. 7 effected 2027-12-01: last mandatory day 28 February 2028", "2027-12-01", "2028-02-28", "2028-02-29"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := preservation.Events{Started: day(tc.started)}
			assert.Equal(t, day(tc.lastDay), preservation.MinimumEnd(e.Started))
			assert.Equal(t, 90, convention.Period{Start: e.Started, End: day(tc.lastDay)}.Days())

			s, err := preservation.Obligation(e, day(tc.lastDay))
			require.NoError(t, err)
			assert.Equal(t, convention.Obliged, s.Outcome, "still preserved on %s\n%s", tc.lastDay, s)
			assert.Equal(t, day(tc.lastDay), s.Until)
			assert.Equal(t, day(tc.releaseFrom), s.ReleaseFrom())

			s, err = preservation.Obligation(e, day(tc.releaseFrom))
			require.NoError(t, err)
			assert.Equal(t, convention.NoObligation, s.Outcome, "free from %s\n%s", tc.releaseFrom, s)
			assert.Equal(t, day(tc.lastDay), s.Until)

			// Releasing on the last mandatory day breaks para. 7; releasing
			// on the next day does not.
			e.Released = day(tc.lastDay)
			s, err = preservation.Obligation(e, day(tc.releaseFrom))
			require.NoError(t, err)
			assert.True(t, s.Violations.Has(preservation.ViolationReleasedEarly), "released on %s\n%s", tc.lastDay, s)
			e.Released = day(tc.releaseFrom)
			s, err = preservation.Obligation(e, day(tc.releaseFrom))
			require.NoError(t, err)
			assert.True(t, s.Violations.IsEmpty(), "released on %s\n%s", tc.releaseFrom, s)
		})
	}
}

// The explanation carries the date a para. 7 decision computes: the last day
// of the obligation ("shall be for a period not less than ninety days"), none
// while it runs "pending a decision on that request", and, for an
// assessment, the last of the ninety days if preservation is effected that
// day.
func TestPreservationPara7ExplanationCarriesTheLastDay(t *testing.T) {
	s, err := preservation.Obligation(preservation.Events{Started: day("2027-12-02")}, day("2028-01-10"))
	require.NoError(t, err)
	e := s.Explain()
	assert.Equal(t, day("2028-02-29"), e.Date)
	assert.Equal(t, "last day of the obligation", e.DateLabel)

	s, err = preservation.Obligation(preservation.Events{Started: day("2027-12-02"), MLAReceived: day("2028-01-05")}, day("2028-01-10"))
	require.NoError(t, err)
	assert.True(t, s.Pending)
	assert.True(t, s.Explain().Date.IsZero(), "no last day while pending a decision")

	d, err := preservation.Assess(baseline(), preservation.Profile{}, clear(), day("2027-12-02"))
	require.NoError(t, err)
	assert.Equal(t, day("2028-02-29"), d.Explain().Date)
	d, err = preservation.Assess(baseline(), preservation.Profile{}, clear(), convention.Date{})
	require.NoError(t, err)
	assert.True(t, d.Explain().Date.IsZero(), "no day of effect, no date")
}
