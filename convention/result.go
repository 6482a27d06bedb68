package convention

import (
	"encoding/json"
	"fmt"
	"iter"
	"math/bits"
	"slices"
	"strconv"
	"strings"
)

// Description is the table entry of one term of a package's decision
// vocabulary: what kind of term it is, the paragraph it comes from, a stable
// token and the words a lawyer reads.
type Description struct {
	Kind Kind     `json:"kind"`
	Cite Citation `json:"cite"`
	// Name is a stable lower-case token, never renamed once released.
	Name string `json:"name"`
	// Text is the term in a lawyer's words: the question of a test, the
	// ground, the duty or the violation.
	Text string `json:"text"`
	// Optional marks a ground the State may invoke (Optional) rather than one
	// that compels refusal (Mandatory); the text has no mandatory grounds.
	Optional bool `json:"optional,omitempty"`
	// Uses names the inputs a test reads, e.g. "Facts.EssentialInterests".
	Uses string `json:"uses,omitempty"`
}

// Term is the constraint satisfied by each package's vocabulary: a small
// integer enumeration whose members describe themselves from one table.
// Members are numbered below MaxTerms.
type Term interface {
	~uint8
	Describe() Description
}

// MaxTerms bounds the members of one vocabulary: a Term is numbered below
// MaxTerms, and a Set holds members up to MaxTerms-1.
const MaxTerms = 192

// setWords is the number of 64-bit words of a Set; Set spells them out as
// three fields (a compile-time check below keeps the two in step).
const setWords = MaxTerms / 64

var _ = [1]struct{}{}[setWords-3] // Set has three words

// Set is a set of terms of one vocabulary, held as a bit set so that
// building a decision allocates nothing. The zero Set is empty.
//
// Its three words are fields rather than an array so that the compiler
// keeps a Set in registers: adding a member touches one word, with no
// copy through memory.
type Set[T Term] struct{ a, b, c uint64 }

// SetOf returns the set holding ts.
func SetOf[T Term](ts ...T) Set[T] {
	var s Set[T]
	for _, t := range ts {
		s = s.With(t)
	}
	return s
}

// With returns s with t added; members from MaxTerms up are ignored.
func (s Set[T]) With(t T) Set[T] {
	n := uint(t)
	switch bit := uint64(1) << (n % 64); n / 64 {
	case 0:
		s.a |= bit
	case 1:
		s.b |= bit
	case 2:
		s.c |= bit
	}
	return s
}

// Without returns s with t removed.
func (s Set[T]) Without(t T) Set[T] {
	n := uint(t)
	switch bit := uint64(1) << (n % 64); n / 64 {
	case 0:
		s.a &^= bit
	case 1:
		s.b &^= bit
	case 2:
		s.c &^= bit
	}
	return s
}

// Has reports whether t is in s.
func (s Set[T]) Has(t T) bool {
	n := uint(t)
	bit := uint64(1) << (n % 64)
	switch n / 64 {
	case 0:
		return s.a&bit != 0
	case 1:
		return s.b&bit != 0
	case 2:
		return s.c&bit != 0
	}
	return false
}

// Union returns the members of s or u.
func (s Set[T]) Union(u Set[T]) Set[T] { return Set[T]{s.a | u.a, s.b | u.b, s.c | u.c} }

// Intersect returns the members of both s and u.
func (s Set[T]) Intersect(u Set[T]) Set[T] { return Set[T]{s.a & u.a, s.b & u.b, s.c & u.c} }

// Minus returns the members of s not in u.
func (s Set[T]) Minus(u Set[T]) Set[T] { return Set[T]{s.a &^ u.a, s.b &^ u.b, s.c &^ u.c} }

// IsEmpty reports whether s has no members.
func (s Set[T]) IsEmpty() bool { return s.a|s.b|s.c == 0 }

// Len returns the number of members.
func (s Set[T]) Len() int {
	return bits.OnesCount64(s.a) + bits.OnesCount64(s.b) + bits.OnesCount64(s.c)
}

// words returns the three words, in member order.
func (s Set[T]) words() [setWords]uint64 { return [setWords]uint64{s.a, s.b, s.c} }

// All yields the members in numeric order, which each package declares in
// the order of the text.
func (s Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for w, word := range s.words() {
			for word != 0 {
				i := bits.TrailingZeros64(word)
				word &^= 1 << i
				if !yield(T(w*64 + i)) {
					return
				}
			}
		}
	}
}

// First returns the member of s with the earliest citation (the lowest
// number among equals), without allocating; ok is false for an empty set.
func (s Set[T]) First() (first T, ok bool) {
	var c Citation
	for t := range s.All() {
		if d := t.Describe().Cite; !ok || d.Compare(c) < 0 {
			first, c, ok = t, d, true
		}
	}
	return first, ok
}

// Slice returns the members sorted by citation, then by number.
func (s Set[T]) Slice() []T {
	out := make([]T, 0, s.Len())
	for t := range s.All() {
		out = append(out, t)
	}
	slices.SortStableFunc(out, func(a, b T) int { return a.Describe().Cite.Compare(b.Describe().Cite) })
	return out
}

// String lists the members' names, comma-separated, in citation order; a
// member the vocabulary does not declare prints as its number ("#99"), so
// that test failures and rapid's counterexamples read as words.
func (s Set[T]) String() string {
	var b strings.Builder
	for i, t := range s.Slice() {
		if i > 0 {
			b.WriteByte(',')
		}
		if n := t.Describe().Name; n != "" {
			b.WriteString(n)
		} else {
			b.WriteString("#" + strconv.Itoa(int(t)))
		}
	}
	return b.String()
}

// GoString returns the set for debugging: {fiscal,bank-secrecy}.
func (s Set[T]) GoString() string { return "{" + s.String() + "}" }

// MarshalJSON renders the set as a list of the members' names, in citation
// order. A member the vocabulary does not declare is an error, never
// marshalled silently.
func (s Set[T]) MarshalJSON() ([]byte, error) {
	names := make([]string, 0, s.Len())
	for _, t := range s.Slice() {
		n := t.Describe().Name
		if n == "" {
			return nil, fmt.Errorf("convention: marshal set: member %d is not a declared term: %w", uint8(t), ErrInvalid)
		}
		names = append(names, n)
	}
	return json.Marshal(names)
}

// UnmarshalJSON reads a list of member names; an unknown name is an error
// quoting it.
func (s *Set[T]) UnmarshalJSON(b []byte) error {
	var names []string
	if err := json.Unmarshal(b, &names); err != nil {
		return fmt.Errorf("convention: set: %w: %v", ErrInvalid, err)
	}
	var out Set[T]
	for _, n := range names {
		t, ok := TermNamed[T](n)
		if !ok {
			return fmt.Errorf("convention: unknown term %s: %w", quote(n), ErrInvalid)
		}
		out = out.With(t)
	}
	*s = out
	return nil
}

// TermNamed returns the member of T whose Name is name.
func TermNamed[T Term](name string) (T, bool) {
	if name == "" {
		return 0, false
	}
	for i := 0; i < MaxTerms; i++ {
		if t := T(i); t.Describe().Name == name {
			return t, true
		}
	}
	return 0, false
}

// TermsOf returns every declared member of T (those with a Kind), in
// numeric order.
func TermsOf[T Term]() []T {
	var out []T
	for i := 0; i < MaxTerms; i++ {
		if t := T(i); t.Describe().Kind.IsValid() {
			out = append(out, t)
		}
	}
	return out
}

// maxWhatIf bounds the number of unassessed facts whose consequences a
// Result records.
const maxWhatIf = 12

// WhatIf says what one unassessed fact would change: the outcome if it were
// assessed yes, and if no (each may itself be Undetermined while other
// facts are missing).
type WhatIf[T Term] struct {
	Fact  T
	IfYes Outcome
	IfNo  Outcome
}

// Result is the shared form of every decision in the library: an outcome
// and the paragraph it rests on; the tests asked and their answers; the
// grounds available and barred; the duties triggered; any violations; and
// the facts still needed, with what each would change.
//
// A Result is a value with no pointers: deciding allocates nothing. Explain
// and String render it on demand.
//
// The zero Result has OutcomeUnknown: nothing was decided.
type Result[T Term] struct {
	Outcome Outcome
	// Cite is the provision the outcome rests on.
	Cite Citation
	// Date is the date a date-producing decision computed (an expiry, an
	// entry into force), or zero; DateLabel says what it is ("in force for
	// the party from"), a constant string, so that setting it allocates
	// nothing.
	Date      Date
	DateLabel string

	// Asked holds the tests applied; Held those answered yes, Open those
	// that could not be answered; the others in Asked were answered no.
	Asked, Held, Open Set[T]
	// Available holds the grounds the State may invoke; Barred those the
	// text excludes in the case.
	Available, Barred Set[T]
	// Duties holds the obligations triggered.
	Duties Set[T]
	// Violations holds the ways a proposed act breaks the text.
	Violations Set[T]
	// Needed holds the facts not yet assessed on which the outcome turns.
	Needed Set[T]

	// Ifs says, for each needed fact, what the outcome would be if it were
	// assessed yes and if no.
	Ifs WhatIfs[T]
}

// WhatIfs holds what each of up to twelve unassessed facts would change,
// as a value with no pointers. The zero WhatIfs is empty.
type WhatIfs[T Term] struct {
	list [maxWhatIf]WhatIf[T]
	n    uint8
}

// With returns w with x recorded, replacing what w held for the same fact;
// beyond twelve facts, x is dropped.
func (w WhatIfs[T]) With(x WhatIf[T]) WhatIfs[T] {
	for i := range w.list[:w.n] {
		if w.list[i].Fact == x.Fact {
			w.list[i] = x
			return w
		}
	}
	if int(w.n) < maxWhatIf {
		w.list[w.n] = x
		w.n++
	}
	return w
}

// Len returns the number of facts recorded.
func (w WhatIfs[T]) Len() int { return int(w.n) }

// Get returns what assessing fact would change, if recorded.
func (w WhatIfs[T]) Get(fact T) (WhatIf[T], bool) {
	for _, x := range w.list[:w.n] {
		if x.Fact == fact {
			return x, true
		}
	}
	return WhatIf[T]{}, false
}

// Slice returns the records in the citation order of their facts.
func (w WhatIfs[T]) Slice() []WhatIf[T] {
	out := slices.Clone(w.list[:w.n])
	slices.SortStableFunc(out, func(a, b WhatIf[T]) int {
		return a.Fact.Describe().Cite.Compare(b.Fact.Describe().Cite)
	})
	return out
}

// Test records that test t was applied and answered j.
func (r *Result[T]) test(t T, j Judgement) Judgement {
	r.Asked = r.Asked.With(t)
	switch j {
	case Yes:
		r.Held = r.Held.With(t)
	case Unassessed:
		r.Open = r.Open.With(t)
	}
	return j
}

// TestBool records that test t was applied and answered b.
func (r *Result[T]) testBool(t T, b bool) bool {
	r.test(t, Known(b))
	return b
}

// Need records that fact t is needed and unassessed, when j is Unassessed,
// and returns j.
func (r *Result[T]) need(t T, j Judgement) Judgement {
	if j == Unassessed {
		r.Needed = r.Needed.With(t)
	}
	return j
}

// Answer returns the answer recorded for test t: Yes, No, or Unassessed when
// it was open or not asked.
func (r Result[T]) Answer(t T) Judgement {
	switch {
	case !r.Asked.Has(t) || r.Open.Has(t):
		return Unassessed
	case r.Held.Has(t):
		return Yes
	}
	return No
}

// ResolveNeeded records, for each needed fact, the outcome if it were
// assessed yes and if no. decide re-runs the decision with that one fact
// set; it must be pure. Decision functions call it only when the outcome is
// Undetermined, so the common case costs nothing.
func (r *Result[T]) resolveNeeded(decide func(fact T, j Judgement) Outcome) {
	r.Ifs = WhatIfs[T]{}
	for t := range r.Needed.All() {
		if r.Ifs.Len() == maxWhatIf {
			break
		}
		r.Ifs = r.Ifs.With(WhatIf[T]{Fact: t, IfYes: decide(t, Yes), IfNo: decide(t, No)})
	}
}

// WhatIfs returns what each needed fact would change, as recorded by
// ResolveNeeded, in citation order.
func (r Result[T]) WhatIfs() []WhatIf[T] {
	return r.Ifs.Slice()
}

// WhatIf returns what assessing fact would change, if recorded.
func (r Result[T]) WhatIf(fact T) (WhatIf[T], bool) {
	return r.Ifs.Get(fact)
}

// Citations returns every citation the result carries: its own, and those
// of its tests, grounds, duties, violations and needed facts, sorted and
// without repeats.
func (r Result[T]) Citations() []Citation {
	var out []Citation
	if !r.Cite.IsZero() {
		out = append(out, r.Cite)
	}
	all := r.Asked.Union(r.Available).Union(r.Barred).Union(r.Duties).Union(r.Violations).Union(r.Needed)
	for t := range all.All() {
		out = append(out, t.Describe().Cite)
	}
	slices.SortFunc(out, Citation.Compare)
	return slices.Compact(out)
}

// ExplanationVersion is the version of the Explanation JSON form. It
// changes when a field is renamed or removed, not when one is added.
const ExplanationVersion = 1

// Explanation is a Result rendered as data: a lawyer reads its String, a
// case system stores its JSON form.
type Explanation struct {
	Version     int      `json:"version"`
	TextVersion string   `json:"text_version"`
	Decision    string   `json:"decision,omitempty"`
	Outcome     Outcome  `json:"outcome"`
	Cite        Citation `json:"cite,omitzero"`
	Date        Date     `json:"date,omitzero"`
	// DateLabel says what Date is ("in force from", "preserve until"); an
	// empty label prints as "date".
	DateLabel  string `json:"date_label,omitempty"`
	Steps      []Step `json:"steps"`
	Available  []Item `json:"available,omitempty"`
	Barred     []Item `json:"barred,omitempty"`
	Duties     []Item `json:"duties,omitempty"`
	Violations []Item `json:"violations,omitempty"`
	Needed     []Need `json:"needed,omitempty"`
	// Values are the values the decision computed besides its outcome (a
	// regime, the last day of an obligation, the purposes not served), each
	// with its name, citation and text form, in the order the decision adds
	// them. The package that makes the decision documents its names.
	Values []Value  `json:"values,omitempty"`
	Notes  []string `json:"notes,omitempty"`
}

// Value is one value a decision computed besides its outcome: its stable
// name ("last-day", "regime"), the paragraph it comes from and its text
// form (a date "2027-02-24", a word "treaty", a list "3(e),3(f)", "yes").
type Value struct {
	Name  string   `json:"name"`
	Cite  Citation `json:"cite"`
	Value string   `json:"value"`
}

// Value returns the text of the value named name, if the explanation has
// it.
func (e Explanation) Value(name string) (string, bool) {
	for _, v := range e.Values {
		if v.Name == name {
			return v.Value, true
		}
	}
	return "", false
}

// AddValue appends a computed value, skipping an empty text.
func (e *Explanation) AddValue(name string, cite Citation, value string) {
	if value != "" {
		e.Values = append(e.Values, Value{Name: name, Cite: cite, Value: value})
	}
}

// Step is one test applied: the paragraph, the question, the answer and the
// facts it used.
type Step struct {
	Cite     Citation  `json:"cite"`
	Name     string    `json:"name"`
	Question string    `json:"question"`
	Answer   Judgement `json:"answer"`
	Facts    string    `json:"facts,omitempty"`
	Note     string    `json:"note,omitempty"`
}

// Item is one ground, duty or violation.
type Item struct {
	Cite     Citation `json:"cite"`
	Name     string   `json:"name"`
	Text     string   `json:"text"`
	Optional bool     `json:"optional,omitempty"`
}

// Need is one fact still needed, and what it would change.
type Need struct {
	Cite  Citation `json:"cite"`
	Name  string   `json:"name"`
	Text  string   `json:"text"`
	IfYes Outcome  `json:"if_yes,omitempty"`
	IfNo  Outcome  `json:"if_no,omitempty"`
}

func items[T Term](s Set[T]) []Item {
	if s.IsEmpty() {
		return nil
	}
	out := make([]Item, 0, s.Len())
	for _, t := range s.Slice() {
		d := t.Describe()
		out = append(out, Item{Cite: d.Cite, Name: d.Name, Text: d.Text, Optional: d.Optional})
	}
	return out
}

// Explain renders the result as data. Steps appear in the order of the
// text; so do grounds, duties, violations and needs.
func (r Result[T]) Explain() Explanation {
	e := Explanation{
		Version:     ExplanationVersion,
		TextVersion: TextVersion,
		Outcome:     r.Outcome,
		Cite:        r.Cite,
		Date:        r.Date,
		DateLabel:   r.DateLabel,
		Steps:       []Step{},
		Available:   items(r.Available),
		Barred:      items(r.Barred),
		Duties:      items(r.Duties),
		Violations:  items(r.Violations),
	}
	for _, t := range r.Asked.Slice() {
		d := t.Describe()
		e.Steps = append(e.Steps, Step{Cite: d.Cite, Name: d.Name, Question: d.Text, Answer: r.Answer(t), Facts: d.Uses})
	}
	for _, t := range r.Needed.Slice() {
		d := t.Describe()
		n := Need{Cite: d.Cite, Name: d.Name, Text: d.Text}
		if w, ok := r.WhatIf(t); ok {
			n.IfYes, n.IfNo = w.IfYes, w.IfNo
		}
		e.Needed = append(e.Needed, n)
	}
	return e
}

// String renders the result as a lawyer reads it; see Explanation.String.
func (r Result[T]) String() string { return r.Explain().String() }

// MarshalJSON renders the result as its Explanation.
func (r Result[T]) MarshalJSON() ([]byte, error) { return json.Marshal(r.Explain()) }

// Step returns the step for the test named name, if the explanation has it.
func (e Explanation) Step(name string) (Step, bool) {
	for _, s := range e.Steps {
		if s.Name == name {
			return s, true
		}
	}
	return Step{}, false
}

// String renders the explanation in stable, multi-line text fit for golden
// files and Example output.
func (e Explanation) String() string {
	var b strings.Builder
	if e.Decision != "" {
		fmt.Fprintf(&b, "%s: ", e.Decision)
	}
	b.WriteString(e.Outcome.String())
	if !e.Cite.IsZero() {
		fmt.Fprintf(&b, " (%s)", e.Cite)
	}
	if !e.Date.IsZero() {
		label := e.DateLabel
		if label == "" {
			label = "date"
		}
		fmt.Fprintf(&b, ", %s %s", label, e.Date)
	}
	b.WriteByte('\n')
	for i, s := range e.Steps {
		fmt.Fprintf(&b, "  %d. %s: %s %s", i+1, s.Cite, s.Question, s.Answer)
		if s.Note != "" {
			fmt.Fprintf(&b, " (%s)", s.Note)
		}
		b.WriteByte('\n')
	}
	list := func(title string, xs []Item) {
		if len(xs) == 0 {
			return
		}
		fmt.Fprintf(&b, "  %s:\n", title)
		for _, x := range xs {
			fmt.Fprintf(&b, "    - %s: %s\n", x.Cite, x.Text)
		}
	}
	list("grounds available", e.Available)
	list("grounds barred", e.Barred)
	list("duties", e.Duties)
	list("violations", e.Violations)
	if len(e.Needed) > 0 {
		b.WriteString("  facts needed:\n")
		for _, n := range e.Needed {
			fmt.Fprintf(&b, "    - %s: %s", n.Cite, n.Text)
			if n.IfYes.IsValid() || n.IfNo.IsValid() {
				fmt.Fprintf(&b, " (if yes: %s; if no: %s)", n.IfYes, n.IfNo)
			}
			b.WriteByte('\n')
		}
	}
	if len(e.Values) > 0 {
		b.WriteString("  values:\n")
		for _, v := range e.Values {
			fmt.Fprintf(&b, "    - %s (%s): %s\n", v.Name, v.Cite, v.Value)
		}
	}
	for _, n := range e.Notes {
		fmt.Fprintf(&b, "  note: %s\n", n)
	}
	return b.String()
}

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }
