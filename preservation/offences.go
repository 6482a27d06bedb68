package preservation

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/bits"
	"strconv"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
)

// given returns the judgements up to the last assessed one.
func (js *OffenceJudgements) given() []convention.Judgement {
	n := len(js)
	for n > 0 && js[n-1] == convention.Unassessed {
		n--
	}
	return js[:n]
}

// words returns the words of the judgements given, each through quote.
func (js *OffenceJudgements) words(quote func(string) string) []string {
	g := js.given()
	out := make([]string, len(g))
	for i, j := range g {
		out[i] = quote(j.String())
	}
	return out
}

// String lists the judgements up to the last assessed one, "[no yes]".
func (js OffenceJudgements) String() string {
	return "[" + strings.Join(js.words(func(s string) string { return s }), " ") + "]"
}

// GoString returns the value for debugging, trailing unassessed entries
// left out: preservation.OffenceJudgements{"no", "yes"}.
func (js OffenceJudgements) GoString() string {
	return "preservation.OffenceJudgements{" + strings.Join(js.words(strconv.Quote), ", ") + "}"
}

// GoString returns the value for debugging:
// preservation.OffenceSet("offences[0],offences[2]").
func (s OffenceSet) GoString() string {
	return "preservation.OffenceSet(" + strconv.Quote(s.String()) + ")"
}

// MarshalJSON writes the judgements as a list of words, trailing unassessed
// entries left out; an undeclared judgement is an error.
func (js OffenceJudgements) MarshalJSON() ([]byte, error) { return json.Marshal(js.given()) }

// UnmarshalJSON reads a list of at most MaxOffences judgement words; null
// or an empty list leaves every entry unassessed. Anything else, a string
// included, is an error.
func (js *OffenceJudgements) UnmarshalJSON(b []byte) error {
	var in []convention.Judgement
	// A judgement is a byte, so encoding/json would read a JSON string as
	// base64 bytes, each an undeclared judgement: only a list is read.
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '"' {
		return fmt.Errorf("preservation: judgements per offence: write a list of yes, no or unassessed, not a string: %w", convention.ErrInvalid)
	}
	if err := json.Unmarshal(b, &in); err != nil {
		return fmt.Errorf("preservation: judgements per offence: write a list of yes, no or unassessed: %w", convention.ErrInvalid)
	}
	if len(in) > MaxOffences {
		return fmt.Errorf("preservation: %d judgements per offence, more than the %d offences a request may name: %w", len(in), MaxOffences, convention.ErrInvalid)
	}
	*js = OffenceJudgements{}
	copy(js[:], in)
	return nil
}

// all returns the judgement that holds for every one of the first n
// entries: Yes if all are Yes, No if one is No, Unassessed otherwise (No
// for n = 0, where there is nothing to hold).
func (js *OffenceJudgements) all(n int) convention.Judgement {
	if n == 0 {
		return convention.No
	}
	j := convention.Yes
	for i := range min(n, MaxOffences) {
		j = j.And(js[i])
	}
	return j
}

// OffenceSet is a set of offences of a request, by their index in
// Request.Offences (0 to MaxOffences-1). The zero OffenceSet is empty. It
// prints as the offences' JSON paths, "offences[0],offences[2]".
type OffenceSet uint64

// With returns s with offence i added; indices out of range are ignored.
func (s OffenceSet) With(i int) OffenceSet {
	if i < 0 || i >= MaxOffences {
		return s
	}
	return s | 1<<i
}

// Has reports whether offence i is in s.
func (s OffenceSet) Has(i int) bool { return i >= 0 && i < MaxOffences && s&(1<<i) != 0 }

// Len returns the number of offences in s.
func (s OffenceSet) Len() int { return bits.OnesCount64(uint64(s)) }

// IsEmpty reports whether s holds no offence.
func (s OffenceSet) IsEmpty() bool { return s == 0 }

// Indices returns the indices in s, in order (a fresh slice).
func (s OffenceSet) Indices() []int {
	out := make([]int, 0, s.Len())
	for i := range MaxOffences {
		if s.Has(i) {
			out = append(out, i)
		}
	}
	return out
}

// String lists the offences as JSON paths, "offences[0],offences[2]"; ""
// for the empty set.
func (s OffenceSet) String() string {
	var b strings.Builder
	for _, i := range s.Indices() {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString("offences[" + strconv.Itoa(i) + "]")
	}
	return b.String()
}

// MarshalJSON writes the indices as a list of numbers.
func (s OffenceSet) MarshalJSON() ([]byte, error) { return json.Marshal(s.Indices()) }

// UnmarshalJSON reads a list of indices below MaxOffences.
func (s *OffenceSet) UnmarshalJSON(b []byte) error {
	var in []int
	if err := json.Unmarshal(b, &in); err != nil {
		return fmt.Errorf("preservation: offences: write a list of indices: %w", convention.ErrInvalid)
	}
	var out OffenceSet
	for _, i := range in {
		if i < 0 || i >= MaxOffences {
			return fmt.Errorf("preservation: offence index %d out of range 0-%d: %w", i, MaxOffences-1, convention.ErrInvalid)
		}
		out = out.With(i)
	}
	*s = out
	return nil
}

// count returns the number of offences read, at most MaxOffences.
func count(os convention.Offences) int { return min(len(os), MaxOffences) }

// offenceFindings are the per-offence answers of a decision.
type offenceFindings struct {
	n                        int
	established, reaches     OffenceSet
	political, politicalOpen OffenceSet
	inScope, scopeOpen       OffenceSet
	anyEstablished, open     bool
}

// findings reads the offences of r against p and the political judgements.
func findings(os convention.Offences, p *Profile, political *OffenceJudgements) offenceFindings {
	var fs offenceFindings
	fs.n = count(os)
	fs.open = p.RequiresDualCriminality && p.Reservation
	for i := range fs.n {
		o := os[i]
		if o.EstablishedUnderConvention() {
			fs.established = fs.established.With(i)
		} else if fs.open {
			fs.reaches = fs.reaches.With(i)
		}
		switch political[i] {
		case convention.Yes:
			fs.political = fs.political.With(i)
		case convention.Unassessed:
			fs.politicalOpen = fs.politicalOpen.With(i)
		}
		switch o.EstablishedUnderConvention() {
		case true:
			fs.inScope = fs.inScope.With(i)
		default:
			switch o.Serious() {
			case convention.Yes:
				fs.inScope = fs.inScope.With(i)
			case convention.Unassessed:
				fs.scopeOpen = fs.scopeOpen.With(i)
			}
		}
	}
	fs.anyEstablished = !fs.established.IsEmpty()
	return fs
}
