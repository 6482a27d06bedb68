package casebook

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/strictjson"
)

// Answer is what the library says of a case: the decision's explanation,
// or the problems that kept the inputs from being decided.
type Answer struct {
	// Explanation is the decision rendered as data; nil when the inputs did
	// not validate.
	Explanation *convention.Explanation `json:"explanation,omitempty"`
	// Problems are the validation problems found, each with its paragraph.
	Problems convention.Problems `json:"problems,omitempty"`
}

// String renders the answer as a lawyer reads it.
func (a Answer) String() string {
	var b strings.Builder
	if a.Explanation != nil {
		b.WriteString(a.Explanation.String())
	}
	if len(a.Problems) > 0 {
		b.WriteString("problems:\n")
		for _, p := range a.Problems {
			b.WriteString("  - " + p.Error() + "\n")
			if p.Quote != "" {
				b.WriteString("    the text: \"" + p.Quote + "\"\n")
			}
		}
	}
	if a.Explanation == nil && len(a.Problems) == 0 {
		b.WriteString("valid: no problems\n")
	}
	return b.String()
}

// answerOf turns a decision's explanation and error into an Answer.
func answerOf(e convention.Explanation, err error) Answer {
	if err != nil {
		return Answer{Problems: problemsOf(err)}
	}
	return Answer{Explanation: &e}
}

func problemsOf(err error) convention.Problems {
	if err == nil {
		return nil
	}
	if ps := convention.AsProblems(err); ps != nil {
		return ps
	}
	return convention.Problems{{Err: convention.ErrInvalid, Detail: err.Error()}}
}

// Result is the outcome of running one case.
type Result struct {
	File string
	Case Case
	// Answer is what the library says.
	Answer Answer
	// Differences are the ways the answer departs from the expectation, in
	// legal words; empty when the case passed.
	Differences []string
	// Err is set when the case could not be run (a malformed file).
	Err error
}

// Passed reports whether the case ran and its expectation held.
func (r Result) Passed() bool { return r.Err == nil && r.Case.Expect != nil && len(r.Differences) == 0 }

// Failed reports whether the case is malformed or its expectation failed.
func (r Result) Failed() bool { return r.Err != nil || len(r.Differences) > 0 }

// Run decodes one case from data (name is its file, for errors), runs it
// through the library and compares the answer with the expectation. It does
// no I/O.
func Run(name string, data []byte) Result {
	c, err := Decode(name, data)
	if err != nil {
		return Result{File: name, Err: err}
	}
	return RunCase(name, c)
}

// RunCase runs a decoded case.
func RunCase(name string, c Case) Result {
	r := Result{File: name, Case: c}
	q, ok := questions[c.Question]
	if !ok {
		r.Err = &Error{File: name, Err: fmt.Errorf("question: unknown question %q", c.Question)}
		return r
	}
	r.Answer = q.run(c)
	if c.Expect != nil {
		r.Differences = compare(*c.Expect, r.Answer)
	}
	return r
}

// outcomeWords says what an outcome means, for differences.
var outcomeWords = map[convention.Outcome]string{
	convention.Undetermined:  "the decision to wait on a judgement not yet made",
	convention.NotApplicable: "the provision not to apply",
	convention.Obliged:       "the requested State to be obliged to act",
	convention.MayRefuse:     "refusal to be open to the requested State",
	convention.NoObligation:  "no obligation to arise",
	convention.Discretionary: "the matter to be at the State's discretion",
	convention.Lawful:        "the proposed response to be lawful",
	convention.Unlawful:      "the proposed response to be unlawful",
	convention.Satisfied:     "the condition to be satisfied",
	convention.NotSatisfied:  "the condition not to be satisfied",
	convention.NotRequired:   "the condition not to be required",
	convention.Permitted:     "the act to be permitted",
	convention.Prohibited:    "the act to be prohibited",
	convention.Protected:     "the person to be protected",
	convention.Ceased:        "the protection to have ceased",
	convention.InForce:       "the Convention to be in force",
	convention.NotInForce:    "the Convention not to be in force",
	convention.Adopted:       "the amendment to be adopted",
	convention.NotAdopted:    "the amendment not to be adopted",
	convention.Due:           "the time limit or duty to have fallen due",
	convention.NotDue:        "the time limit not to have fallen due",
}

func outcomeText(o convention.Outcome) string {
	if w, ok := outcomeWords[o]; ok {
		return w + " (" + o.String() + ")"
	}
	return o.String()
}

// lists of an explanation, by the expectation's name for them.
var kinds = []struct {
	name, one string
	get       func(convention.Explanation) []convention.Item
	want      func(Expect) *[]Term
}{
	{"available", "a ground available", func(e convention.Explanation) []convention.Item { return e.Available }, func(x Expect) *[]Term { return x.Available }},
	{"barred", "a ground barred", func(e convention.Explanation) []convention.Item { return e.Barred }, func(x Expect) *[]Term { return x.Barred }},
	{"duties", "a duty", func(e convention.Explanation) []convention.Item { return e.Duties }, func(x Expect) *[]Term { return x.Duties }},
	{"violations", "a violation of", func(e convention.Explanation) []convention.Item { return e.Violations }, func(x Expect) *[]Term { return x.Violations }},
	{"needed", "a fact still needed", func(e convention.Explanation) []convention.Item {
		out := make([]convention.Item, len(e.Needed))
		for i, n := range e.Needed {
			out[i] = convention.Item{Cite: n.Cite, Name: n.Name, Text: n.Text}
		}
		return out
	}, func(x Expect) *[]Term { return x.Needed }},
}

func itemText(one string, it convention.Item) string {
	return one + " " + it.Cite.String() + ": " + it.Text + " [" + it.Name + "]"
}

// compare lists the differences between an expectation and an answer.
func compare(x Expect, a Answer) []string {
	var out []string
	diff := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }

	wantsDecision := x.Outcome.IsValid() || !x.Cite.IsZero() || !x.Date.IsZero() || len(x.Values) > 0 ||
		x.Available != nil || x.Barred != nil || x.Duties != nil || x.Violations != nil || x.Needed != nil
	if x.Valid != nil {
		switch {
		case *x.Valid && len(a.Problems) > 0:
			diff("expected the inputs to be valid; the library finds %s", problemList(a.Problems))
		case !*x.Valid && len(a.Problems) == 0:
			diff("expected the inputs not to be valid; the library finds no problem")
		}
	}
	if x.Problems != nil {
		out = append(out, compareProblems(x.Problems, a.Problems)...)
	}
	if !wantsDecision {
		return out
	}
	if a.Explanation == nil {
		if len(a.Problems) > 0 && x.Valid == nil && x.Problems == nil {
			diff("expected a decision; the inputs do not validate: %s", problemList(a.Problems))
		}
		return out
	}
	e := *a.Explanation
	if x.Outcome.IsValid() && x.Outcome != e.Outcome {
		msg := fmt.Sprintf("expected %s; the library finds %s, under %s", outcomeText(x.Outcome), outcomeText(e.Outcome), e.Cite)
		var why []string
		switch e.Outcome {
		case convention.Unlawful:
			for _, v := range e.Violations {
				why = append(why, itemText("a violation of", v))
			}
		case convention.MayRefuse:
			for _, v := range e.Available {
				why = append(why, itemText("a ground available:", v))
			}
		case convention.Undetermined:
			for _, n := range e.Needed {
				why = append(why, "a fact still needed: "+n.Cite.String()+": "+n.Text)
			}
		}
		if len(why) > 0 {
			msg += " (" + strings.Join(why, "; ") + ")"
		}
		diff("%s", msg)
	}
	if !x.Cite.IsZero() && x.Cite != e.Cite {
		diff("expected the decision to rest on %s; the library rests it on %s", x.Cite, e.Cite)
	}
	if !x.Date.IsZero() && x.Date != e.Date {
		if e.Date.IsZero() {
			diff("expected the date %s; the library computes no date", x.Date)
		} else {
			label := e.DateLabel
			if label == "" {
				label = "date"
			}
			diff("expected the date %s; the library computes %s (%s)", x.Date, e.Date, label)
		}
	}
	names := make([]string, 0, len(x.Values))
	for n := range x.Values {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		got, ok := e.Value(n)
		switch {
		case !ok:
			diff("expected the value %s = %q; the library computes no %s", n, x.Values[n], n)
		case got != x.Values[n]:
			diff("expected the value %s = %q; the library computes %q", n, x.Values[n], got)
		}
	}
	for _, k := range kinds {
		want := k.want(x)
		if want == nil {
			continue
		}
		got := k.get(e)
		for _, w := range *want {
			i := slices.IndexFunc(got, func(it convention.Item) bool { return it.Name == w.Name })
			switch {
			case i < 0:
				c := ""
				if !w.Cite.IsZero() {
					c = " (" + w.Cite.String() + ")"
				}
				diff("expected %s %s%s; the library does not find it", k.one, w.Name, c)
			case !w.Cite.IsZero() && w.Cite != got[i].Cite:
				diff("expected %s %s to cite %s; the library cites %s", k.one, w.Name, w.Cite, got[i].Cite)
			}
		}
		for _, it := range got {
			if !slices.ContainsFunc(*want, func(w Term) bool { return w.Name == it.Name }) {
				diff("the library also finds %s", itemText(k.one, it))
			}
		}
	}
	return out
}

func problemList(ps convention.Problems) string {
	const max = 5
	var lines []string
	for i, p := range ps {
		if i == max {
			lines = append(lines, fmt.Sprintf("and %d more", len(ps)-max))
			break
		}
		lines = append(lines, p.Error())
	}
	return strings.Join(lines, "; ")
}

func kindOf(p convention.Problem) string {
	if p.Err == nil {
		return ""
	}
	return p.Err.Error()
}

func compareProblems(want []ExpectedProblem, got convention.Problems) []string {
	var out []string
	used := make([]bool, len(got))
	for _, w := range want {
		found := false
		for i, p := range got {
			if used[i] || p.Cite != w.Cite || w.Field != "" && w.Field != p.Field && w.Field != p.Path || w.Kind != "" && w.Kind != kindOf(p) {
				continue
			}
			used[i], found = true, true
			break
		}
		if !found {
			what := "a problem under " + w.Cite.String()
			if w.Field != "" {
				what += " with " + w.Field
			}
			if w.Kind != "" {
				what += " (" + w.Kind + ")"
			}
			out = append(out, "expected "+what+"; the library finds none")
		}
	}
	for i, p := range got {
		if !used[i] {
			out = append(out, "the library also finds a problem: "+p.Error())
		}
	}
	return out
}

func asErrors(err error, es *strictjson.Errors) bool { return errors.As(err, es) }

func sortErrors(es strictjson.Errors) {
	sort.SliceStable(es, func(i, j int) bool { return es[i].Path < es[j].Path })
}

// ExplainJSON renders an answer as indented JSON.
func ExplainJSON(a Answer) ([]byte, error) { return json.MarshalIndent(a, "", "  ") }
