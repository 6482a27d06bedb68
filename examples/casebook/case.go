package casebook

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/strictjson"
)

// Case is one scenario written as data: what is asked, of which facts, and
// the answer the author expects. Decode reads it from JSON.
type Case struct {
	// ID identifies the case, e.g. "MLA-22b-01".
	ID string `json:"id"`
	// Title says in a sentence what the case is about.
	Title string `json:"title"`
	// TextVersion is the text the case was written for; it must be the
	// text the library encodes (convention.TextVersion).
	TextVersion string `json:"text_version"`
	// Cite is the paragraph the case is chiefly about, for listings; it is
	// not checked against the answer (Expect.Cite is).
	Cite convention.Citation `json:"cite,omitzero"`
	// Question names what is asked: "mla.assess", "preservation.review",
	// "ledger.in-force-between", ... (see Questions).
	Question string `json:"question"`
	// Facts are the question's inputs: a request, a profile, the State's
	// judgements, a proposed response, a ledger, dates. Each question
	// documents the fields it reads.
	Facts json.RawMessage `json:"facts"`
	// Expect is the answer the author expects; nil when the case only asks
	// what the library says.
	Expect *Expect `json:"expect,omitempty"`
	// Notes are the author's remarks, never read.
	Notes string `json:"notes,omitempty"`
}

// Expect is an expected answer. A part left out is not checked; a list
// given is compared exactly (an empty list expects none).
type Expect struct {
	// Valid, when given, says whether the inputs should pass validation.
	Valid *bool `json:"valid,omitempty"`
	// Problems are the validation problems expected, each by its citation
	// and, optionally, its field (Go or JSON path) and kind.
	Problems []ExpectedProblem `json:"problems,omitempty"`

	Outcome convention.Outcome  `json:"outcome,omitzero"`
	Cite    convention.Citation `json:"cite,omitzero"`
	// Date is the date the decision computes (an expiry, an entry into
	// force).
	Date convention.Date `json:"date,omitzero"`

	Available  *[]Term `json:"available,omitempty"`
	Barred     *[]Term `json:"barred,omitempty"`
	Duties     *[]Term `json:"duties,omitempty"`
	Violations *[]Term `json:"violations,omitempty"`
	Needed     *[]Term `json:"needed,omitempty"`

	// Values are computed values expected by name ("regime": "treaty",
	// "last-day": "2027-02-24").
	Values map[string]string `json:"values,omitempty"`
}

// Term names a ground, duty, violation or needed fact, and optionally the
// paragraph it must cite. In JSON it is a name ("fiscal") or an object
// ({"name": "fiscal", "cite": "MLA art., para. 23"}).
type Term struct {
	Name string              `json:"name"`
	Cite convention.Citation `json:"cite,omitzero"`
}

// UnmarshalJSON reads a name or the object form.
func (t *Term) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &t.Name)
	}
	type plain Term
	var p plain
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return fmt.Errorf("want a term's name or {\"name\": ..., \"cite\": ...}: %v", err)
	}
	*t = Term(p)
	return nil
}

// ExpectedProblem is a validation problem expected.
type ExpectedProblem struct {
	Cite convention.Citation `json:"cite"`
	// Field is the Go field ("Contents.Facts") or JSON path ("facts"); ""
	// does not check it.
	Field string `json:"field,omitempty"`
	// Kind is "missing", "invalid", "inconsistent", "late" or "not
	// applicable"; "" does not check it.
	Kind string `json:"kind,omitempty"`
}

// MaxCaseBytes bounds the size of one case. A larger input (a 100 MB file,
// say) is an error, refused before it is parsed; below the bound, decoding
// is linear in the input's size.
const MaxCaseBytes = 8 << 20

// Decode reads a case from data; name (a file name, or "" for standard
// input) is put in front of every error. Unknown fields, malformed dates,
// citations, party codes and words the library does not know are errors
// naming the JSON path; so is a question the casebook does not know, and
// facts its question cannot read.
func Decode(name string, data []byte) (Case, error) {
	if len(data) > MaxCaseBytes {
		return Case{}, &Error{File: name, Err: fmt.Errorf("%d bytes: a case is one scenario, at most %d MB; a larger file is refused unread", len(data), MaxCaseBytes>>20)}
	}
	if !json.Valid(data) {
		return Case{}, &Error{File: name, Err: strictjson.Decode(data, new(Case), "")}
	}
	var es strictjson.Errors
	var c Case
	if err := strictjson.Decode(data, &c, ""); err != nil {
		var ees strictjson.Errors
		if !asErrors(err, &ees) {
			return Case{}, &Error{File: name, Err: err}
		}
		es = append(es, ees...)
		// Read what can be read, so that the facts are checked too.
		var loose struct {
			Question string          `json:"question"`
			Facts    json.RawMessage `json:"facts"`
			Expect   *Expect         `json:"expect"`
		}
		_ = json.Unmarshal(data, &loose)
		c = Case{Question: loose.Question, Facts: loose.Facts}
		if loose.Expect != nil {
			es = append(es, loose.Expect.check()...)
		}
	} else {
		need := func(path, v string) {
			if strings.TrimSpace(v) == "" {
				es = append(es, &strictjson.Error{Path: path, Msg: "missing"})
			}
		}
		need("id", c.ID)
		need("title", c.Title)
		need("question", c.Question)
		if c.TextVersion == "" {
			es = append(es, &strictjson.Error{Path: "text_version", Msg: "missing: write " + fmt.Sprintf("%q", convention.TextVersion)})
		} else if c.TextVersion != convention.TextVersion {
			es = append(es, &strictjson.Error{Path: "text_version", Msg: fmt.Sprintf("the case was written for %q; the library encodes %q", c.TextVersion, convention.TextVersion)})
		}
		if !c.Cite.IsZero() && !convention.Registered(c.Cite) {
			es = append(es, &strictjson.Error{Path: "cite", Msg: c.Cite.String() + " is not a paragraph of the text"})
		}
		if c.Expect != nil {
			es = append(es, c.Expect.check()...)
		}
	}
	q, ok := questions[c.Question]
	switch {
	case c.Question == "":
	case !ok:
		es = append(es, &strictjson.Error{Path: "question", Msg: fmt.Sprintf("unknown question %q: want one of %s", c.Question, strings.Join(Questions(), ", "))})
	default:
		if len(c.Facts) == 0 {
			c.Facts = json.RawMessage("{}")
		}
		if err := q.check(c.Facts); err != nil {
			var fes strictjson.Errors
			if asErrors(err, &fes) {
				es = append(es, fes...)
			} else {
				es = append(es, &strictjson.Error{Path: "facts", Msg: err.Error()})
			}
		}
	}
	if len(es) > 0 {
		sortErrors(es)
		return Case{}, &Error{File: name, Err: es}
	}
	return c, nil
}

// check verifies the citations an expectation names are paragraphs of the
// text.
func (e *Expect) check() strictjson.Errors {
	var es strictjson.Errors
	cite := func(path string, c convention.Citation) {
		if !c.IsZero() && !convention.Registered(c) {
			es = append(es, &strictjson.Error{Path: path, Msg: c.String() + " is not a paragraph of the text"})
		}
	}
	cite("expect.cite", e.Cite)
	for name, ts := range map[string]*[]Term{"available": e.Available, "barred": e.Barred, "duties": e.Duties, "violations": e.Violations, "needed": e.Needed} {
		if ts == nil {
			continue
		}
		for i, t := range *ts {
			p := fmt.Sprintf("expect.%s[%d]", name, i)
			if t.Name == "" {
				es = append(es, &strictjson.Error{Path: p + ".name", Msg: "missing"})
			}
			cite(p+".cite", t.Cite)
		}
	}
	for i, p := range e.Problems {
		cite(fmt.Sprintf("expect.problems[%d].cite", i), p.Cite)
		switch p.Kind {
		case "", "missing", "invalid", "inconsistent", "late", "not applicable":
		default:
			es = append(es, &strictjson.Error{Path: fmt.Sprintf("expect.problems[%d].kind", i), Msg: fmt.Sprintf("unknown kind %q: want one of missing, invalid, inconsistent, late, not applicable", p.Kind)})
		}
	}
	sortErrors(es)
	return es
}

// Error is a case that cannot be run: malformed JSON, an unknown field, a
// value the library rejects. Its text names the file and every JSON path.
type Error struct {
	File string
	Err  error
}

func (e *Error) Error() string {
	var es strictjson.Errors
	name := e.File
	if name == "" {
		name = "<stdin>"
	}
	if asErrors(e.Err, &es) && len(es) > 1 {
		var b strings.Builder
		b.WriteString(name)
		b.WriteString(":")
		for _, x := range es {
			b.WriteString("\n  ")
			b.WriteString(x.Error())
		}
		return b.String()
	}
	return name + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }
