package preservation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

func TestPreservationPara7MinimumEnd(t *testing.T) {
	for _, tc := range []struct{ name, start, end string }{
		{"para. 7 ordinary", "2026-11-26", "2027-02-24"},
		{"para. 7 ends on 29 February of a leap year", "2027-12-01", "2028-02-29"},
		{"para. 7 same start a year earlier ends on 1 March", "2026-12-01", "2027-03-01"},
		{"para. 7 ends on 28 February, the day before 29 February", "2027-11-30", "2028-02-28"},
		{"para. 7 starts on 29 February", "2028-02-29", "2028-05-29"},
		{"para. 7 starts on a month end", "2027-01-31", "2027-05-01"},
		{"para. 7 starts on 31 December", "2026-12-31", "2027-03-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := preservation.MinimumEnd(day(tc.start))
			assert.Equal(t, day(tc.end), got)
			// The day of effect is not counted: ninety days after it, and
			// ninety-one calendar days with it.
			assert.Equal(t, preservation.MinimumDays, convention.DaysBetween(day(tc.start), got))
			assert.Equal(t, preservation.MinimumDays+1, convention.Period{Start: day(tc.start), End: got}.Days())
		})
	}
	assert.True(t, preservation.MinimumEnd(convention.Date{}).IsZero())
}

func TestPreservationPara7Obligation(t *testing.T) {
	// Day n is start + n days: day 0 is the day preservation is effected,
	// not counted; the ninety days are days 1 to 90 (through 2027-02-24).
	start := day("2026-11-26")
	on := func(n int) convention.Date { return start.AddDays(n) }
	for _, tc := range []struct {
		name       string
		e          preservation.Events
		asOf       convention.Date
		want       convention.Outcome
		until      convention.Date
		pending    bool
		violations terms
	}{
		{name: "para. 7 before preservation is effected", e: preservation.Events{Started: start}, asOf: on(-1), want: convention.NotApplicable},
		{name: "para. 7 day 0, the day preservation is effected", e: preservation.Events{Started: start}, asOf: on(0), want: convention.Obliged, until: on(90)},
		{name: "para. 7 day 1, the first of the ninety", e: preservation.Events{Started: start}, asOf: on(1), want: convention.Obliged, until: on(90)},
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
		{name: "para. 7 released on day 90: violation", e: preservation.Events{Started: start, Released: on(90)},
			asOf: on(91), want: convention.NoObligation, until: on(90), violations: set(preservation.ViolationReleasedEarly)},
		{name: "para. 7 released on day 91: lawful", e: preservation.Events{Started: start, Released: on(91)},
			asOf: on(91), want: convention.NoObligation, until: on(90)},
		{name: "para. 7 released pending decision: violation", e: preservation.Events{Started: start, MLAReceived: on(30), Released: on(120), Decided: on(130)},
			asOf: on(125), want: convention.Obliged, pending: true, violations: set(preservation.ViolationReleasedPending)},
		{name: "para. 7 released on the day of decision: lawful", e: preservation.Events{Started: start, MLAReceived: on(30), Released: on(120), Decided: on(120)},
			asOf: on(120), want: convention.NoObligation, until: on(119)},
		{name: "para. 7 later events not yet known", e: preservation.Events{Started: start, MLAReceived: on(30), Decided: on(40)},
			asOf: on(20), want: convention.Obliged, until: on(90)},
		{name: "para. 7 request before preservation was effected", e: preservation.Events{Started: start, MLAReceived: on(-2)},
			asOf: on(1), want: convention.Obliged, pending: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := preservation.Obligation(tc.e, tc.asOf)
			require.NoError(t, err)
			assert.Equal(t, tc.want, s.Outcome, "\n%s", s)
			assert.Equal(t, tc.until, s.Until, "until")
			assert.Equal(t, tc.pending, s.Pending, "pending")
			assert.Equal(t, tc.violations, s.Violations, "violations: %v", s.Violations.Slice())
			assert.Equal(t, on(90), s.MinimumEnd)
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
	assert.Contains(t, s.Summary(), "MUST PRESERVE on 2026-12-01, through 2027-02-24 inclusive; may release from 2027-02-25")
	s, err = preservation.Obligation(preservation.Events{Started: start, MLAReceived: day("2027-01-10")}, day("2027-03-01"))
	require.NoError(t, err)
	assert.Contains(t, s.Summary(), "with no end date: until a decision is taken on the request for search, seizure or disclosure received on 2027-01-10")
	s, err = preservation.Obligation(preservation.Events{Started: start, Released: day("2027-01-01")}, day("2027-01-05"))
	require.NoError(t, err)
	assert.Contains(t, s.Summary(), "VIOLATION (Preservation art., para. 7): The data was released before the ninety days ended.")
}

// TestPreservationPara7DayOfEffectNotCounted states the counting rule of
// para. 7 plainly: the ninety days are the ninety days after the day
// preservation is effected, so the data must be kept through the ninetieth
// day after it and, absent a request for search, seizure or disclosure, may
// be released from the ninety-first.
func TestPreservationPara7DayOfEffectNotCounted(t *testing.T) {
	for _, tc := range []struct{ name, started, lastDay, releaseFrom string }{
		{"para. 7 effected 2026-11-26: preserve through 2027-02-24", "2026-11-26", "2027-02-24", "2027-02-25"},
		{"para. 7 effected 2027-12-01: last mandatory day 29 February 2028", "2027-12-01", "2028-02-29", "2028-03-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := preservation.Events{Started: day(tc.started)}
			assert.Equal(t, day(tc.lastDay), preservation.MinimumEnd(e.Started))

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
