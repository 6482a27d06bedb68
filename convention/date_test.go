package convention_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
)

var d = convention.MustDate

func TestDateZeroIsUnsetAndDistinct(t *testing.T) {
	var z convention.Date
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	assert.NotEqual(t, z, d("0001-01-01"))
	assert.True(t, z.AddDays(5).IsZero(), "unset stays unset")
	assert.True(t, z.AddMonths(1).IsZero())
	assert.Equal(t, 0, d("2020-01-01").DaysSince(z))
	b, err := z.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	var back convention.Date
	require.NoError(t, back.UnmarshalText(nil))
	assert.True(t, back.IsZero())
}

func TestParseDateRejectsImpossibleDates(t *testing.T) {
	for _, s := range []string{
		"2023-02-29", "2100-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "0000-01-01",
		"2024-1-01", "24-01-01", "2024/01/01", "2024-01-01T00:00:00Z", "", " 2024-01-01", "２０２４-01-01", "+024-01-01",
	} {
		_, err := convention.ParseDate(s)
		assert.ErrorIs(t, err, convention.ErrInvalid, "%q", s)
	}
	for _, s := range []string{"2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"} {
		dt, err := convention.ParseDate(s)
		require.NoError(t, err, s)
		assert.Equal(t, s, dt.String())
	}
}

func TestNewDateRejectsThirtiethFebruary(t *testing.T) {
	_, err := convention.NewDate(2024, time.February, 30)
	assert.ErrorIs(t, err, convention.ErrInvalid)
}

func TestDateArithmeticLeavingTheRangeGivesZero(t *testing.T) {
	assert.True(t, d("9999-12-31").AddDays(1).IsZero())
	assert.True(t, d("0001-01-01").AddDays(-1).IsZero())
	assert.True(t, d("9999-06-30").AddMonths(7).IsZero())
	assert.True(t, d("2000-01-01").AddDays(1<<40).IsZero())
	assert.True(t, d("2000-01-01").AddMonths(-1<<40).IsZero())
	assert.True(t, d("2000-01-01").AddYears(1<<40).IsZero())
}

// The treaty's time expressions, checked against depositary history.
func TestTreatyTimeExpressions(t *testing.T) {
	tests := []struct {
		name string
		got  convention.Date
		want string
	}{
		{"Entry into force art., para. 1: UNTOC's 40th instrument on 2003-07-01, in force 2003-09-29", convention.NthDayAfter(d("2003-07-01"), 90), "2003-09-29"},
		{"ninetieth day after, across a leap day", convention.NthDayAfter(d("2024-01-15"), 90), "2024-04-14"},
		{"thirtieth day after, from a month end", convention.NthDayAfter(d("2025-01-31"), 30), "2025-03-02"},
		{"Disputes art., para. 2: six months after 31 August is 28 February", convention.MonthsAfter(d("2025-08-31"), 6), "2026-02-28"},
		{"six months after 31 August in a leap year is 29 February", convention.MonthsAfter(d("2023-08-31"), 6), "2024-02-29"},
		{"six months after 30 September", convention.MonthsAfter(d("2025-09-30"), 6), "2026-03-30"},
		{"Denunciation art., para. 1: one year after 29 February is 28 February", convention.YearsAfter(d("2028-02-29"), 1), "2029-02-28"},
		{"one year after an ordinary date", convention.YearsAfter(d("2030-01-10"), 1), "2031-01-10"},
		{"Amendment art., para. 1: after the expiry of five years from 29 September 2003", convention.AfterExpiryOfYears(d("2003-09-29"), 5), "2008-09-29"},
		{"the five years from 29 September 2003 expire on 28 September 2008", convention.ExpiryOfYears(d("2003-09-29"), 5), "2008-09-28"},
		{"five years from 29 February expire the day before the clamped anniversary, 28 February", convention.ExpiryOfYears(d("2024-02-29"), 5), "2029-02-27"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got.String())
		})
	}
}

func TestAddMonthsStrictReportsClamping(t *testing.T) {
	got, clamped := d("2025-08-31").AddMonthsStrict(6)
	assert.Equal(t, "2026-02-28", got.String())
	assert.True(t, clamped)
	got, clamped = d("2025-08-30").AddMonthsStrict(6)
	assert.Equal(t, "2026-02-28", got.String())
	assert.True(t, clamped)
	got, clamped = d("2025-08-28").AddMonthsStrict(6)
	assert.Equal(t, "2026-02-28", got.String())
	assert.False(t, clamped)
	_, clamped = d("2024-02-29").AddYearsStrict(4)
	assert.False(t, clamped, "29 February + 4 years exists")
	_, clamped = d("2024-02-29").AddYearsStrict(1)
	assert.True(t, clamped)
}

func TestDateWeekday(t *testing.T) {
	assert.Equal(t, time.Monday, d("2003-09-29").Weekday())
	assert.Equal(t, time.Thursday, d("1970-01-01").Weekday())
	assert.Equal(t, time.Monday, d("0001-01-01").Weekday())
}

func TestDateOfUsesTheTimesOwnLocation(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	instant := time.Date(2026, 11, 26, 20, 0, 0, 0, time.UTC)
	assert.Equal(t, "2026-11-26", convention.DateOf(instant).String())
	assert.Equal(t, "2026-11-27", convention.DateOf(instant.In(tokyo)).String())
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		Deposit convention.Date `json:"deposit"`
		Other   convention.Date `json:"other"`
	}
	b, err := json.Marshal(doc{Deposit: d("2003-07-01")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"deposit":"2003-07-01","other":""}`, string(b))
	var back doc
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, d("2003-07-01"), back.Deposit)
	assert.True(t, back.Other.IsZero())
	assert.Error(t, json.Unmarshal([]byte(`{"deposit":"2003-02-30"}`), &back))
	assert.Error(t, json.Unmarshal([]byte(`{"deposit":20030701}`), &back))
}

func TestPeriod(t *testing.T) {
	p := convention.Period{Start: d("2026-01-01"), End: d("2026-03-31")}
	assert.Equal(t, 90, p.Days())
	assert.True(t, p.Contains(d("2026-01-01")))
	assert.True(t, p.Contains(d("2026-03-31")))
	assert.False(t, p.Contains(d("2026-04-01")))
	assert.False(t, p.Contains(convention.Date{}))
	open := convention.Period{Start: d("2026-01-01")}
	assert.True(t, open.Contains(d("2999-01-01")))
	assert.Equal(t, "2026-01-01/..", open.String())
	assert.Equal(t, 0, open.Days())
	assert.False(t, convention.Period{}.Contains(d("2026-01-01")))
}

// Properties of civil date arithmetic.

func TestDateParseFormatRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		dt := conventiontest.Date().Draw(t, "d")
		back, err := convention.ParseDate(dt.String())
		require.NoError(t, err)
		assert.Equal(t, dt, back)
		y, m, day := dt.Date()
		again, err := convention.NewDate(y, m, day)
		require.NoError(t, err)
		assert.Equal(t, dt, again)
	})
}

func TestDateAddDaysInvertsDaysBetween(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		dt := conventiontest.Date().Draw(t, "d")
		n := rapid.IntRange(-100000, 100000).Draw(t, "n")
		assert.Equal(t, n, convention.DaysBetween(dt, dt.AddDays(n)))
		assert.Equal(t, dt, dt.AddDays(n).AddDays(-n))
	})
}

func TestDateAddDaysComposes(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		dt := conventiontest.Date().Draw(t, "d")
		a := rapid.IntRange(-5000, 5000).Draw(t, "a")
		b := rapid.IntRange(-5000, 5000).Draw(t, "b")
		assert.Equal(t, dt.AddDays(a+b), dt.AddDays(a).AddDays(b))
	})
}

func TestDateAddDaysIsMonotonic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		x := conventiontest.Date().Draw(t, "x")
		y := conventiontest.Date().Draw(t, "y")
		n := rapid.IntRange(-3000, 3000).Draw(t, "n")
		assert.Equal(t, x.Compare(y), x.AddDays(n).Compare(y.AddDays(n)))
		if n > 0 {
			assert.True(t, x.AddDays(n).After(x))
		}
	})
}

func TestDateAddMonthsNeverLeavesTheTargetMonth(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		dt := conventiontest.Date().Draw(t, "d")
		n := rapid.IntRange(-1200, 1200).Draw(t, "n")
		got, clamped := dt.AddMonthsStrict(n)
		y, m, day := dt.Date()
		total := y*12 + int(m) - 1 + n
		wantY, wantM := total/12, time.Month(total%12+1)
		assert.Equal(t, wantY, got.Year())
		assert.Equal(t, wantM, got.Month())
		// The day is kept unless the target month is shorter, and then it is
		// the month's last day.
		if clamped {
			assert.Equal(t, convention.DaysIn(wantY, wantM), got.Day())
			assert.Greater(t, day, got.Day())
		} else {
			assert.Equal(t, day, got.Day())
		}
	})
}

func TestDateCompareIsATotalOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := conventiontest.Date().Draw(t, "a")
		b := conventiontest.Date().Draw(t, "b")
		c := conventiontest.Date().Draw(t, "c")
		assert.Equal(t, a.Compare(b), -b.Compare(a), "antisymmetric")
		assert.Equal(t, a == b, a.Compare(b) == 0)
		if a.Compare(b) <= 0 && b.Compare(c) <= 0 {
			assert.LessOrEqual(t, a.Compare(c), 0, "transitive")
		}
		assert.Equal(t, a.Before(b), a.Compare(b) < 0)
		assert.Equal(t, a.String() < b.String(), a.Before(b), "ISO strings sort as dates")
	})
}

func TestDateMatchesTheStandardLibraryOnDays(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		dt := conventiontest.Date().Draw(t, "d")
		n := rapid.IntRange(-40000, 40000).Draw(t, "n")
		y, m, day := dt.Date()
		std := time.Date(y, m, day, 12, 0, 0, 0, time.UTC).Add(time.Duration(n) * 24 * time.Hour)
		assert.Equal(t, std.Format(time.DateOnly), dt.AddDays(n).String())
		assert.Equal(t, std.Weekday(), dt.AddDays(n).Weekday())
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2003-09-29", "2024-02-29", "2023-02-29", "", "9999-12-31", "0000-00-00", "abcd-ef-gh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		dt, err := convention.ParseDate(s)
		if err != nil {
			if !dt.IsZero() {
				t.Fatalf("ParseDate(%q) failed but returned %v", s, dt)
			}
			return
		}
		if dt.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, dt.String())
		}
		var back convention.Date
		b, _ := dt.MarshalText()
		if err := back.UnmarshalText(b); err != nil || back != dt {
			t.Fatalf("text round trip of %q: %v %v", s, back, err)
		}
	})
}

func BenchmarkDateArithmetic(b *testing.B) {
	dt := d("2025-08-31")
	b.ReportAllocs()
	var sink convention.Date
	for i := 0; i < b.N; i++ {
		sink = dt.AddDays(i % 1000).AddMonths(6).AddYears(1)
	}
	_ = sink
}

func BenchmarkDateString(b *testing.B) {
	dt := d("2025-08-31")
	b.ReportAllocs()
	buf := make([]byte, 0, 16)
	for i := 0; i < b.N; i++ {
		buf, _ = dt.AppendText(buf[:0])
	}
}

func TestDateArithmeticDoesNotAllocate(t *testing.T) {
	dt := d("2025-08-31")
	allocs := testing.AllocsPerRun(100, func() {
		_ = convention.DaysBetween(dt, dt.AddDays(90).AddMonths(6).AddYears(5))
	})
	assert.Zero(t, allocs)
}
