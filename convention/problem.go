package convention

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/treatyrules/cybercrime/internal/enum"
	"github.com/treatyrules/cybercrime/internal/jsonpath"
)

// Sentinel errors. Every Problem wraps exactly one of them, so callers can
// branch with errors.Is(err, convention.ErrMissing).
var (
	// ErrMissing: an element the text requires is absent.
	ErrMissing = errors.New("missing")
	// ErrInvalid: a value is malformed or out of range.
	ErrInvalid = enum.ErrInvalid
	// ErrInconsistent: two elements contradict each other.
	ErrInconsistent = errors.New("inconsistent")
	// ErrLate: a step was taken after the time the text allows.
	ErrLate = errors.New("late")
	// ErrNotApplicable: the element is outside the provision's scope.
	ErrNotApplicable = errors.New("not applicable")
)

// Problem is one defect of an input, with the paragraph it breaks.
//
// Its Error is one stable line, "MLA art., para. 16(e): Person.Nationality:
// missing", followed by ": Detail" when there is one. The zero Problem is not
// a meaningful problem.
type Problem struct {
	// Field is the Go path of the offending field, e.g. "Persons[0].Nationality".
	Field string `json:"field"`
	// Path is the same field's path in the input's JSON form, e.g.
	// "persons[0].nationality", so that a form can highlight it; "" where
	// the field has no JSON form or the validator did not set it.
	Path string `json:"path,omitempty"`
	// Cite is the paragraph the input breaks.
	Cite Citation `json:"cite"`
	// Err is one of the sentinels ErrMissing, ErrInvalid, ErrInconsistent,
	// ErrLate or ErrNotApplicable.
	Err error `json:"-"`
	// Detail says more, in a lawyer's words, or is empty.
	Detail string `json:"detail,omitempty"`
	// Quote is the paragraph's operative words that the field must
	// satisfy ("the name and functions of the authority conducting the
	// investigation"), as the rule broken quotes them (RuleInfo.Quote); ""
	// where the problem was not found by a rule of a package's table.
	Quote string `json:"quote,omitempty"`
}

// Error returns "cite: field: err[: detail]".
func (p Problem) Error() string {
	var b strings.Builder
	if !p.Cite.IsZero() {
		b.WriteString(p.Cite.String())
		b.WriteString(": ")
	}
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	if p.Err != nil {
		b.WriteString(p.Err.Error())
	} else {
		b.WriteString("problem")
	}
	if p.Detail != "" {
		b.WriteString(": ")
		b.WriteString(p.Detail)
	}
	return b.String()
}

// Unwrap returns the sentinel.
func (p Problem) Unwrap() error { return p.Err }

// MarshalJSON renders the problem with its sentinel's text as "kind".
func (p Problem) MarshalJSON() ([]byte, error) { return jsonMarshal(p.problemJSON()) }

func (p Problem) problemJSON() problemJSON {
	kind := ""
	if p.Err != nil {
		kind = p.Err.Error()
	}
	return problemJSON{Field: p.Field, Path: p.Path, Cite: p.Cite, Kind: kind, Detail: p.Detail, Quote: p.Quote}
}

// UnmarshalJSON reads MarshalJSON's form; "kind" names one of the
// sentinels ("missing", "invalid", "inconsistent", "late", "not
// applicable").
func (p *Problem) UnmarshalJSON(b []byte) error {
	var v problemJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	q := Problem{Field: v.Field, Path: v.Path, Cite: v.Cite, Detail: v.Detail, Quote: v.Quote}
	if v.Kind != "" {
		for _, s := range sentinels {
			if s.Error() == v.Kind {
				q.Err = s
			}
		}
		if q.Err == nil {
			return fmt.Errorf("convention: problem: unknown kind %s: want one of missing, invalid, inconsistent, late, not applicable: %w", quote(v.Kind), ErrInvalid)
		}
	}
	*p = q
	return nil
}

var sentinels = [...]error{ErrMissing, ErrInvalid, ErrInconsistent, ErrLate, ErrNotApplicable}

type problemJSON struct {
	Field  string   `json:"field"`
	Path   string   `json:"path,omitempty"`
	Cite   Citation `json:"cite"`
	Kind   string   `json:"kind"`
	Detail string   `json:"detail,omitempty"`
	Quote  string   `json:"quote,omitempty"`
}

// Problems is every defect found in one input, as Validate returns them.
// It is an error whose Error reads "first (and N more)"; errors.Is and
// errors.As see each Problem, as with errors.Join.
type Problems []Problem

// Error returns the first problem, and how many more there are.
func (ps Problems) Error() string {
	switch len(ps) {
	case 0:
		return "no problems"
	case 1:
		return ps[0].Error()
	}
	return fmt.Sprintf("%s (and %d more)", ps[0].Error(), len(ps)-1)
}

// Unwrap returns each Problem, for errors.Is and errors.As.
func (ps Problems) Unwrap() []error {
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = p
	}
	return errs
}

// Err returns nil when ps is empty and ps otherwise; return ps.Err(), never a
// typed nil.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Sort orders the problems by citation, then field, then kind, for
// deterministic output.
func (ps Problems) Sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if c := a.Cite.Compare(b.Cite); c != 0 {
			return c
		}
		if c := strings.Compare(a.Field, b.Field); c != 0 {
			return c
		}
		return strings.Compare(errText(a.Err), errText(b.Err))
	})
}

// Prefixed returns a copy of ps with prefix put before each Field, for
// the problems of a nested value: Prefixed("Offences[2].") turns "Name"
// into "Offences[2].Name".
func (ps Problems) Prefixed(prefix string) Problems {
	if len(ps) == 0 {
		return nil
	}
	out := make(Problems, len(ps))
	for i, p := range ps {
		p.Field = prefix + p.Field
		out[i] = p
	}
	return out
}

// WithJSONPaths returns ps with each Path set to the JSON path of its Field
// within a value of root's type (root is a value or a pointer to one, such
// as the request validated), for the problems of a nested value reported
// with the Go path from the root. A Field the type does not have gets an
// empty Path.
func (ps Problems) WithJSONPaths(root any) Problems {
	if len(ps) == 0 {
		return ps
	}
	t := reflect.TypeOf(root)
	out := make(Problems, len(ps))
	for i, p := range ps {
		if t != nil {
			p.Path = jsonpath.Of(t, p.Field)
		}
		out[i] = p
	}
	return out
}

// Cites returns the citation of each problem, in order.
func (ps Problems) Cites() []Citation {
	out := make([]Citation, len(ps))
	for i, p := range ps {
		out[i] = p.Cite
	}
	return out
}

// Strings returns each problem's Error line, in order.
func (ps Problems) Strings() []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Error()
	}
	return out
}

// MarshalJSON renders the list with each sentinel as its "kind".
func (ps Problems) MarshalJSON() ([]byte, error) {
	out := make([]problemJSON, len(ps))
	for i, p := range ps {
		out[i] = p.problemJSON()
	}
	return jsonMarshal(out)
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// AsProblems extracts the Problems from an error returned by a Validate
// function, or nil when err holds none.
func AsProblems(err error) Problems {
	if err == nil {
		return nil
	}
	var ps Problems
	if errors.As(err, &ps) {
		return ps
	}
	var p Problem
	if errors.As(err, &p) {
		return Problems{p}
	}
	return nil
}

// check is one validation rule of the final provisions' inputs: the
// paragraph it applies, the field it looks at, the operative words quoted,
// and the test. (The other packages use internal/rules, which cannot be
// imported here.)
type check[T any] struct {
	Cite  Citation
	Field string
	// Quote is the operative words of the paragraph.
	Quote string
	// Test returns nil when v satisfies the rule, and otherwise an optional
	// detail and the sentinel.
	Test func(v T) (detail string, err error)
}

// RuleInfo describes one validation rule, without its test.
type RuleInfo struct {
	Cite  Citation `json:"cite"`
	Field string   `json:"field"`
	Quote string   `json:"quote"`
}

func (c check[T]) info() RuleInfo { return RuleInfo{Cite: c.Cite, Field: c.Field, Quote: c.Quote} }

// runChecks applies every check to v, without stopping at the first failure,
// and returns the Problems sorted by citation (nil when there are none). A
// check that panics is reported as ErrInvalid rather than crashing the
// caller.
func runChecks[T any](v T, checks []check[T]) Problems {
	var ps Problems
	for i := 0; i < len(checks); {
		i = runChecksFrom(v, checks, i, &ps)
	}
	ps.Sort()
	return ps
}

// runChecksFrom runs checks[start:] under one deferred recover and returns
// the index to resume from: len(checks) when done, or the index after a
// check that panicked, which is reported as ErrInvalid.
func runChecksFrom[T any](v T, checks []check[T], start int, ps *Problems) (next int) {
	i := start
	defer func() {
		if r := recover(); r != nil {
			c := checks[i]
			*ps = append(*ps, Problem{Field: c.Field, Cite: c.Cite, Err: ErrInvalid, Detail: fmt.Sprint("check failed: ", r)})
			next = i + 1
		}
	}()
	for ; i < len(checks); i++ {
		c := checks[i]
		if detail, err := c.Test(v); err != nil {
			*ps = append(*ps, Problem{Field: c.Field, Cite: c.Cite, Err: err, Detail: detail})
		}
	}
	return len(checks)
}

// infos returns the descriptions of the checks, in table order.
func infos[T any](checks []check[T]) []RuleInfo {
	out := make([]RuleInfo, len(checks))
	for i, c := range checks {
		out[i] = c.info()
	}
	return out
}
