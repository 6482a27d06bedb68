package convention

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// Catalogue is the list of offences established under the Convention that
// a case system recognises. The text leaves the criminalization articles as
// placeholders ("articles [on criminalization]"), so the library cannot
// list them; a caller declares its own, and a request naming an offence the
// catalogue does not hold gets a validation problem instead of silently
// falling outside the Convention's scope because of a typo.
//
// The zero Catalogue declares nothing and recognises every name (the open
// set the packages accept by default). A Catalogue is immutable and safe
// for concurrent use.
type Catalogue struct{ names []ConventionOffence }

// NewCatalogue returns the catalogue of the names given. A name that is
// empty, has surrounding spaces or is given twice is an error.
func NewCatalogue(names ...ConventionOffence) (Catalogue, error) {
	var ps Problems
	out := make([]ConventionOffence, 0, len(names))
	for i, n := range names {
		f := "[" + strconv.Itoa(i) + "]"
		switch {
		case n == "":
			ps = append(ps, Problem{Field: f, Err: ErrMissing, Detail: "an offence has a name"})
		case strings.TrimSpace(string(n)) != string(n):
			ps = append(ps, Problem{Field: f, Err: ErrInvalid, Detail: "surrounding spaces in " + quote(string(n))})
		case slices.Contains(out, n):
			ps = append(ps, Problem{Field: f, Err: ErrInconsistent, Detail: quote(string(n)) + " declared twice"})
		default:
			out = append(out, n)
		}
	}
	if len(ps) > 0 {
		return Catalogue{}, ps
	}
	slices.Sort(out)
	return Catalogue{names: out}, nil
}

// MustCatalogue is NewCatalogue for tests and constants; it panics on an
// error.
func MustCatalogue(names ...ConventionOffence) Catalogue {
	c, err := NewCatalogue(names...)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c declares nothing (and so recognises every name).
func (c Catalogue) IsZero() bool { return len(c.names) == 0 }

// Names returns the names declared, sorted.
func (c Catalogue) Names() []ConventionOffence { return slices.Clone(c.names) }

// Recognises reports whether name is declared, or c declares nothing. The
// empty name (an offence not established under the Convention) is always
// recognised.
func (c Catalogue) Recognises(name ConventionOffence) bool {
	if name == "" || len(c.names) == 0 {
		return true
	}
	_, ok := slices.BinarySearch(c.names, name)
	return ok
}

// Problems reports each offence whose Established name c does not
// recognise, with the names it does. Fields are "[i].Established"; cite is
// the paragraph whose scope the name decides.
func (c Catalogue) Problems(offences []Offence, cite Citation) Problems {
	var ps Problems
	for i, o := range offences {
		if !c.Recognises(o.Established) {
			ps = append(ps, Problem{Field: "[" + strconv.Itoa(i) + "].Established", Cite: cite, Err: ErrInvalid,
				Detail: "not an offence the catalogue declares: " + quote(string(o.Established)) + "; it declares " + c.list()})
		}
	}
	return ps
}

func (c Catalogue) list() string {
	const max = 20
	var b strings.Builder
	for i, n := range c.names {
		if i == max {
			b.WriteString(", ... (" + strconv.Itoa(len(c.names)) + " in all)")
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(n))
	}
	return b.String()
}

// MarshalJSON writes the names, sorted.
func (c Catalogue) MarshalJSON() ([]byte, error) {
	if c.names == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(c.names)
}

// UnmarshalJSON reads a list of names, with NewCatalogue's errors.
func (c *Catalogue) UnmarshalJSON(b []byte) error {
	var names []ConventionOffence
	if err := json.Unmarshal(b, &names); err != nil {
		return err
	}
	v, err := NewCatalogue(names...)
	if err != nil {
		return err
	}
	*c = v
	return nil
}
