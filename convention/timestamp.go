package convention

import (
	"strconv"
	"strings"
	"time"
)

// Timestamp is a civil date and time of day, to the nanosecond, with the
// UTC offset it was written in, if any. Request forms need it for the
// moment an IP address was used: without its zone the same clock time names
// different moments. The library never reads a clock or a zone database: a
// Timestamp keeps only what it was given.
//
// Its text form is RFC 3339 ("2026-03-03T14:05:09+01:00", "...Z") or, when
// no zone was given, the same without the offset ("2026-03-03T14:05:09").
// The zero Timestamp means "not given".
type Timestamp struct {
	date   Date
	nanos  int64 // since midnight
	offset int16 // minutes east of UTC
	zoned  bool
}

// ParseTimestamp parses the text form. Errors wrap ErrInvalid and say what
// to write.
func ParseTimestamp(s string) (Timestamp, error) {
	bad := func(why string) (Timestamp, error) {
		return Timestamp{}, &textError{what: "timestamp", s: s, want: "write e.g. 2026-03-03T14:05:09+01:00, 2026-03-03T14:05:09Z or, without a zone, 2026-03-03T14:05:09" + why}
	}
	if len(s) < len("2006-01-02T15:04:05") || len(s) > 64 || (s[10] != 'T' && s[10] != 't') {
		return bad("")
	}
	d, err := ParseDate(s[:10])
	if err != nil {
		return bad("")
	}
	rest := s[11:]
	if len(rest) < 8 || rest[2] != ':' || rest[5] != ':' {
		return bad("")
	}
	h, ok1 := digits(rest[:2])
	m, ok2 := digits(rest[3:5])
	sec, ok3 := digits(rest[6:8])
	if !ok1 || !ok2 || !ok3 || h > 23 || m > 59 || sec > 59 {
		return bad("")
	}
	ns := int64(((h*60)+m)*60+sec) * int64(time.Second)
	rest = rest[8:]
	if strings.HasPrefix(rest, ".") {
		i := 1
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		frac := rest[1:i]
		if frac == "" || len(frac) > 9 {
			return bad(" (at most nine digits of a second)")
		}
		f, _ := strconv.Atoi(frac + strings.Repeat("0", 9-len(frac)))
		ns += int64(f)
		rest = rest[i:]
	}
	t := Timestamp{date: d, nanos: ns}
	if rest == "" {
		return t, nil
	}
	off, ok := parseOffset(rest)
	if !ok {
		return bad("")
	}
	t.offset, t.zoned = off, true
	return t, nil
}

// parseOffset parses "Z", "+hh:mm" or "-hh:mm" into minutes east of UTC.
func parseOffset(s string) (int16, bool) {
	if s == "Z" || s == "z" {
		return 0, true
	}
	if len(s) != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':' {
		return 0, false
	}
	h, ok1 := digits(s[1:3])
	m, ok2 := digits(s[4:6])
	if !ok1 || !ok2 || h > 23 || m > 59 {
		return 0, false
	}
	off := int16(h*60 + m)
	if s[0] == '-' {
		off = -off
	}
	return off, true
}

// MustTimestamp is ParseTimestamp for tests and constants; it panics on an
// error.
func MustTimestamp(s string) Timestamp {
	t, err := ParseTimestamp(s)
	if err != nil {
		panic(err)
	}
	return t
}

// IsZero reports whether t is not given.
func (t Timestamp) IsZero() bool { return t.date.IsZero() }

// HasZone reports whether t was given with its UTC offset.
func (t Timestamp) HasZone() bool { return t.zoned }

// Date returns the civil date of t, in the zone it was written in.
func (t Timestamp) Date() Date { return t.date }

// Offset returns the UTC offset in minutes east of UTC, and whether one was
// given.
func (t Timestamp) Offset() (minutes int, ok bool) { return int(t.offset), t.zoned }

// Time returns t as a time.Time in a fixed zone of its offset, and false
// when t has no zone (or is zero).
func (t Timestamp) Time() (time.Time, bool) {
	if t.IsZero() || !t.zoned {
		return time.Time{}, false
	}
	y, m, d := t.date.Date()
	loc := time.UTC
	if t.offset != 0 {
		loc = time.FixedZone("", int(t.offset)*60)
	}
	return time.Date(y, m, d, 0, 0, 0, 0, loc).Add(time.Duration(t.nanos)), true
}

// String returns the text form, or "" for the zero Timestamp.
func (t Timestamp) String() string {
	if t.IsZero() {
		return ""
	}
	var b strings.Builder
	b.WriteString(t.date.String())
	sec := t.nanos / int64(time.Second)
	frac := t.nanos % int64(time.Second)
	b.WriteByte('T')
	two := func(n int64) {
		b.WriteByte(byte('0' + n/10))
		b.WriteByte(byte('0' + n%10))
	}
	two(sec / 3600)
	b.WriteByte(':')
	two(sec / 60 % 60)
	b.WriteByte(':')
	two(sec % 60)
	if frac != 0 {
		f := strconv.FormatInt(frac+int64(time.Second), 10)[1:]
		b.WriteByte('.')
		b.WriteString(strings.TrimRight(f, "0"))
	}
	if t.zoned {
		if t.offset == 0 {
			b.WriteByte('Z')
		} else {
			off := int64(t.offset)
			if off < 0 {
				b.WriteByte('-')
				off = -off
			} else {
				b.WriteByte('+')
			}
			two(off / 60)
			b.WriteByte(':')
			two(off % 60)
		}
	}
	return b.String()
}

// GoString returns the value for debugging.
func (t Timestamp) GoString() string {
	return "convention.MustTimestamp(" + strconv.Quote(t.String()) + ")"
}

// MarshalText returns String's form.
func (t Timestamp) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText parses String's form; "" gives the zero Timestamp.
func (t *Timestamp) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*t = Timestamp{}
		return nil
	}
	v, err := ParseTimestamp(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// textError is a parse error of a text form that says what to write.
type textError struct {
	what, s, want string
}

func (e *textError) Error() string {
	return "convention: " + e.what + " " + quote(e.s) + ": " + e.want
}

func (e *textError) Unwrap() error { return ErrInvalid }
