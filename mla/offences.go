package mla

import (
	"encoding/json"
	"fmt"
	"math/bits"
	"strconv"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
)

// OffenceSet is a set of the offences of a request, by their index in
// Request.Offences (0 for the first), as decisions report them: which
// offences bring the request within the article, which a ground reaches.
// It holds indexes 0 to MaxOffences-1. The zero OffenceSet is empty. Its
// JSON form is the list of indexes, in order.
type OffenceSet uint64

// OffencesOf returns the set holding the indexes given; indexes outside 0
// to MaxOffences-1 are ignored.
func OffencesOf(is ...int) OffenceSet {
	var s OffenceSet
	for _, i := range is {
		s = s.With(i)
	}
	return s
}

// With returns s with index i added; an index outside the range is ignored
// (a shift by MaxOffences or more gives no bit).
func (s OffenceSet) With(i int) OffenceSet {
	if i < 0 {
		return s
	}
	return s | 1<<uint(i)
}

// Has reports whether index i is in s (a shift by MaxOffences or more
// gives no bit).
func (s OffenceSet) Has(i int) bool { return i >= 0 && s&(1<<uint(i)) != 0 }

// IsEmpty reports whether s holds no offence.
func (s OffenceSet) IsEmpty() bool { return s == 0 }

// Len returns the number of offences in s.
func (s OffenceSet) Len() int { return bits.OnesCount64(uint64(s)) }

// Indexes returns the indexes in s, in order.
func (s OffenceSet) Indexes() []int {
	out := make([]int, 0, s.Len())
	for v := uint64(s); v != 0; v &= v - 1 {
		out = append(out, bits.TrailingZeros64(v))
	}
	return out
}

// String lists the indexes, in brackets: "[0 2]".
func (s OffenceSet) String() string {
	var b strings.Builder
	b.WriteByte('[')
	for i, x := range s.Indexes() {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(x))
	}
	b.WriteByte(']')
	return b.String()
}

// GoString returns the set as Go would write it: mla.OffencesOf(0, 2).
func (s OffenceSet) GoString() string {
	return "mla.OffencesOf(" + strings.Trim(strings.ReplaceAll(s.String(), " ", ", "), "[]") + ")"
}

// MarshalJSON writes the list of indexes.
func (s OffenceSet) MarshalJSON() ([]byte, error) { return json.Marshal(s.Indexes()) }

// UnmarshalJSON reads a list of indexes; one outside 0 to MaxOffences-1 is
// an error.
func (s *OffenceSet) UnmarshalJSON(b []byte) error {
	var is []int
	if err := json.Unmarshal(b, &is); err != nil {
		return fmt.Errorf("mla: offences: a list of offence indexes: %w", convention.ErrInvalid)
	}
	var out OffenceSet
	for _, i := range is {
		if i < 0 || i >= MaxOffences {
			return fmt.Errorf("mla: offence index %d: write an index from 0 to %d: %w", i, MaxOffences-1, convention.ErrInvalid)
		}
		out = out.With(i)
	}
	*s = out
	return nil
}

// lawyer names the offences of s for an explanation: "offence 1
// (extorsion), offence 3".
func (s OffenceSet) lawyer(os convention.Offences) string {
	var parts []string
	for _, i := range s.Indexes() {
		p := "offence " + strconv.Itoa(i+1)
		if i < len(os) {
			switch o := os[i]; {
			case o.Name != "":
				p += " (" + o.Name + ")"
			case o.Conduct != "":
				p += " (" + strconv.Quote(o.Conduct) + ")"
			}
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// indexes writes s as the explanation value form: the indexes, comma
// separated.
func (s OffenceSet) indexes() string {
	return strings.ReplaceAll(strings.Trim(s.String(), "[]"), " ", ",")
}

// perOffence holds one judgement per offence as two sets: the offences
// answered yes and those answered no; the others are unassessed.
type perOffence struct{ yes, no OffenceSet }

// set records judgement j for offence i.
func (p *perOffence) set(i int, j judgement) {
	switch j {
	case yes:
		p.yes = p.yes.With(i)
	case no:
		p.no = p.no.With(i)
	}
}

// fill answers j for every offence of all that is still unassessed: what a
// what-if on the judgement sets.
func (p *perOffence) fill(all OffenceSet, j judgement) {
	open := all &^ (p.yes | p.no)
	switch j {
	case yes:
		p.yes |= open
	case no:
		p.no |= open
	}
}

// anyYes returns Yes when the judgement is yes for some offence of s, else
// Unassessed when it is open for some, else No.
func (p perOffence) anyYes(s OffenceSet) judgement {
	switch {
	case s&p.yes != 0:
		return yes
	case s&^p.no != 0:
		return unassessed
	}
	return no
}
