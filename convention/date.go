package convention

import (
	"fmt"
	"time"
)

// Year bounds of a Date. The Convention speaks of dates in the Gregorian
// calendar; four-digit ISO 8601 years are all it needs.
const (
	MinYear = 1
	MaxYear = 9999
)

// Date is a civil calendar date: a year, a month and a day, with no time of
// day and no time zone. The treaty counts time in days, months and years, and
// so does Date.
//
// The zero Date means "no date" (unset): IsZero reports it, it prints as "",
// and it is distinct from every real date, the way netip's Addr{} is distinct
// from every address. A non-zero Date is always a real Gregorian date between
// 0001-01-01 and 9999-12-31: the constructors reject 30 February, and
// arithmetic that would leave that range yields the zero Date.
//
// Dates are small comparable values: use == or Compare, and use them as map
// keys.
type Date struct {
	// n is the day number: 1 is 0001-01-01, 0 is the zero Date.
	n int32
}

var (
	minDay = int32(daysFromCivil(MinYear, 1, 1))
	maxDay = int32(daysFromCivil(MaxYear, 12, 31))
)

// dayOffset makes 0001-01-01 day 1, so that the zero Date is day 0.
var dayOffset = daysFromCivil(MinYear, 1, 1) - 1

// daysFromCivil is Howard Hinnant's algorithm: days since 1970-01-01 of the
// proleptic Gregorian date y-m-d.
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays inverts daysFromCivil.
func civilFromDays(z int) (y, m, d int) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysIn reports the number of days in month m of year y, or 0 for a month
// outside 1..12.
func DaysIn(y int, m time.Month) int {
	switch m {
	case time.January, time.March, time.May, time.July, time.August, time.October, time.December:
		return 31
	case time.April, time.June, time.September, time.November:
		return 30
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	}
	return 0
}

// NewDate returns the date y-m-d, or an error wrapping ErrInvalid if there is
// no such date (30 February, month 13, year 0 or 10000).
func NewDate(y int, m time.Month, d int) (Date, error) {
	if y < MinYear || y > MaxYear {
		return Date{}, fmt.Errorf("convention: date: year %d outside %d..%d: %w", y, MinYear, MaxYear, ErrInvalid)
	}
	if m < time.January || m > time.December {
		return Date{}, fmt.Errorf("convention: date: month %d outside 1..12: %w", int(m), ErrInvalid)
	}
	if d < 1 || d > DaysIn(y, m) {
		return Date{}, fmt.Errorf("convention: date: %04d-%02d has no day %d: %w", y, int(m), d, ErrInvalid)
	}
	return Date{n: int32(daysFromCivil(y, int(m), d) - dayOffset)}, nil
}

// date builds a Date from parts already known to be valid.
func date(y, m, d int) Date {
	return Date{n: int32(daysFromCivil(y, m, d) - dayOffset)}
}

// fromDay converts a day number (days since 1970-01-01) into a Date, or the
// zero Date when it falls outside the supported range.
func fromDay(z int64) Date {
	n := z - int64(dayOffset)
	if n < int64(minDay-int32(dayOffset)) || n > int64(maxDay-int32(dayOffset)) {
		return Date{}
	}
	return Date{n: int32(n)}
}

// MustDate parses an ISO 8601 date and panics if it is not one. It is meant
// for tests and package-level constants with hard-coded strings, like
// netip.MustParseAddr; parse external input with ParseDate.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// ParseDate parses an ISO 8601 calendar date in extended format, YYYY-MM-DD
// (RFC 3339 full-date), such as "2003-09-29". The empty string is an error:
// use UnmarshalText to accept "" as the zero Date. Errors wrap ErrInvalid.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("convention: date %s: want YYYY-MM-DD: %w", quote(s), ErrInvalid)
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, fmt.Errorf("convention: date %s: want YYYY-MM-DD: %w", quote(s), ErrInvalid)
	}
	dt, err := NewDate(y, time.Month(m), d)
	if err != nil {
		return Date{}, fmt.Errorf("convention: date %s: no such day: %w", quote(s), ErrInvalid)
	}
	return dt, nil
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// quote quotes at most 40 bytes of hostile input for an error message.
func quote(s string) string {
	const max = 40
	if len(s) > max {
		return fmt.Sprintf("%q...", s[:max])
	}
	return fmt.Sprintf("%q", s)
}

// DateOf returns the calendar date of t in t's own location, as
// civil.DateOf does. The library never reads the clock: callers who want
// "today" pass the date of the current instant in their own location,
// DateOf(now.In(loc)), themselves.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	dt, err := NewDate(y, m, d)
	if err != nil {
		return Date{}
	}
	return dt
}

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d.n == 0 }

// Date returns the year, month and day of d; all zero for the zero Date.
func (d Date) Date() (year int, month time.Month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	y, m, dd := civilFromDays(int(d.n) + dayOffset)
	return y, time.Month(m), dd
}

// Year returns d's year, or 0 for the zero Date.
func (d Date) Year() int { y, _, _ := d.Date(); return y }

// Month returns d's month, or 0 for the zero Date.
func (d Date) Month() time.Month { _, m, _ := d.Date(); return m }

// Day returns d's day of the month, or 0 for the zero Date.
func (d Date) Day() int { _, _, dd := d.Date(); return dd }

// Weekday returns d's day of the week. The zero Date reports Sunday, as
// time.Time's zero value does not; check IsZero first.
func (d Date) Weekday() time.Weekday {
	if d.n == 0 {
		return time.Sunday
	}
	// 1970-01-01 was a Thursday.
	z := int(d.n) + dayOffset
	w := (z%7 + 7 + 4) % 7
	return time.Weekday(w)
}

// AddDays returns the date n days after d (before d when n is negative).
// The zero Date stays zero, and a result outside 0001-01-01..9999-12-31 is
// the zero Date.
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return Date{}
	}
	return fromDay(int64(d.n) + int64(dayOffset) + int64(n))
}

// AddMonths returns the same day n months later (earlier when n is negative),
// clamped to the last day of the target month when that month is shorter:
// 31 August + 6 months is 28 February, or 29 February in a leap year. It never
// overflows into the next month as time.AddDate does. The zero Date stays
// zero, and a result outside the supported years is the zero Date.
func (d Date) AddMonths(n int) Date {
	r, _ := d.AddMonthsStrict(n)
	return r
}

// AddMonthsStrict is AddMonths that also reports whether the day was clamped
// to the end of a shorter month, for callers who must flag such a date to a
// lawyer.
func (d Date) AddMonthsStrict(n int) (Date, bool) {
	if d.n == 0 {
		return Date{}, false
	}
	const span = (MaxYear + 1) * 12
	if n > span || n < -span {
		return Date{}, false
	}
	y, m, day := d.Date()
	total := y*12 + int(m) - 1 + n
	ny, nm := total/12, time.Month(total%12+1)
	if ny < MinYear || ny > MaxYear {
		return Date{}, false
	}
	last := DaysIn(ny, nm)
	clamped := false
	if day > last {
		day, clamped = last, true
	}
	return date(ny, int(nm), day), clamped
}

// AddYears returns the same day and month n years later, clamped to the end
// of the month: 29 February + 1 year is 28 February.
func (d Date) AddYears(n int) Date {
	r, _ := d.AddYearsStrict(n)
	return r
}

// AddYearsStrict is AddYears that also reports whether 29 February was
// clamped to 28 February.
func (d Date) AddYearsStrict(n int) (Date, bool) {
	if n > MaxYear || n < -MaxYear {
		return Date{}, false
	}
	return d.AddMonthsStrict(12 * n)
}

// DaysSince returns the number of days from e to d: positive when d is
// after e. It is 0 when either is the zero Date.
func (d Date) DaysSince(e Date) int {
	if d.n == 0 || e.n == 0 {
		return 0
	}
	return int(d.n - e.n)
}

// DaysBetween returns the number of days from from to to, to.DaysSince(from):
// DaysBetween(d, d.AddDays(n)) == n.
func DaysBetween(from, to Date) int { return to.DaysSince(from) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The zero
// Date sorts before every real date.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// String returns d in ISO 8601 form, YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

func (d Date) appendTo(b []byte) []byte {
	y, m, dd := d.Date()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+int(m)/10), byte('0'+int(m)%10), '-')
	return append(b, byte('0'+dd/10), byte('0'+dd%10))
}

// AppendText appends d's ISO 8601 form to b (nothing for the zero Date).
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.n == 0 {
		return b, nil
	}
	return d.appendTo(b), nil
}

// MarshalText returns d's ISO 8601 form; the zero Date marshals as "".
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText parses an ISO 8601 date; "" gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// The reading of the treaty's time expressions. Each helper states the
// counting rule it applies; decisions across the library use these and
// nothing else.

// NthDayAfter returns "the Nth day after d": d.AddDays(n). The day of the
// event is not counted, as the depositary counts: the fortieth instrument of
// UNTOC was deposited on 1 July 2003 and UNTOC entered into force on "the
// ninetieth day after", 29 September 2003.
func NthDayAfter(d Date, n int) Date { return d.AddDays(n) }

// MonthsAfter returns "n months after d": the same day of the month n months
// later, clamped to the month's last day (31 August + 6 months = 28 or 29
// February). The day on which the period runs out is the date returned.
func MonthsAfter(d Date, n int) Date { return d.AddMonths(n) }

// YearsAfter returns "n years after d": the same day and month n years later,
// clamped (29 February + 1 year = 28 February). A denunciation received on
// 10 January 2030 becomes effective "one year after", on 10 January 2031, as
// the Secretary-General's depositary notifications reckon it.
func YearsAfter(d Date, n int) Date { return d.AddYears(n) }

// AfterExpiryOfYears returns the first day "after the expiry of n years from
// d", where d is the day on which something began to run (an entry into
// force takes effect at the start of its day, so d is the period's first
// day). The n years run from d to the day before the n-th anniversary; they
// expire at the end of that day; the first day after the expiry is the
// anniversary, d.AddYears(n). This is the amendment article's reading: a
// convention in force on 29 September 2003 may be amended on proposals filed
// from 29 September 2008.
func AfterExpiryOfYears(d Date, n int) Date { return d.AddYears(n) }

// ExpiryOfYears returns the last day of the period of n years from d, the
// day before AfterExpiryOfYears(d, n).
func ExpiryOfYears(d Date, n int) Date {
	a := d.AddYears(n)
	if a.IsZero() {
		return Date{}
	}
	return a.AddDays(-1)
}

// Period is a closed interval of civil dates, both ends included. A zero
// End means the period is open-ended. The zero Period is "no period".
type Period struct {
	Start Date `json:"start"`
	End   Date `json:"end,omitzero"`
}

// Contains reports whether d falls within p, both ends included. Nothing
// falls within a Period with a zero Start, and the zero Date falls within no
// Period.
func (p Period) Contains(d Date) bool {
	if p.Start.IsZero() || d.IsZero() || d.Before(p.Start) {
		return false
	}
	return p.End.IsZero() || !d.After(p.End)
}

// Days returns the number of days in p, both ends counted, or 0 for an
// open-ended, inverted or zero Period.
func (p Period) Days() int {
	if p.Start.IsZero() || p.End.IsZero() || p.End.Before(p.Start) {
		return 0
	}
	return p.End.DaysSince(p.Start) + 1
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p.Start.IsZero() && p.End.IsZero() }

// String returns "start/end" in ISO 8601 interval form, "start/.." when
// open-ended.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	if p.End.IsZero() {
		return p.Start.String() + "/.."
	}
	return p.Start.String() + "/" + p.End.String()
}
