package extradition

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
)

// Explain renders the scope decision as data. The step of Cooperation art.,
// para. 2 notes the conduct compared (never the names); a note on each
// offence says whether the article covers it and, where para. 2 applies,
// whether the requested State may apply or has applied the article to it.
func (s Scope) Explain() convention.Explanation {
	e := s.Result.Explain()
	e.Decision = "extradition scope"
	s.annotate(&e)
	e.Notes = append(e.Notes, s.notes()...)
	return e
}

func (s Scope) notes() []string {
	var out []string
	for i := 0; i < s.n && i < len(s.offences); i++ {
		c := s.offences[i]
		o := s.Offence(i)
		est := "not established under the Convention"
		if c.Offence.EstablishedUnderConvention() {
			est = "established under the Convention as " + string(c.Offence.Established)
		}
		n := fmt.Sprintf("offence %d %s (requested State: %s): %s; criminal in the requested State: %s; covered: %s",
			i, strconv.Quote(c.Offence.Name), strconv.Quote(c.Requested.Name), est, c.Requested.Criminal, o.Covered)
		switch {
		case o.Applied:
			n += "; the requested State applies the article to it (para. 2)"
		case o.Accessory == yes:
			n += "; a separate serious crime (" + c.Offence.MaxPenalty.String() + "): the requested State may apply the article to it (para. 2)"
		case o.Accessory == unassessed:
			n += "; para. 2 undetermined"
		}
		if c.Fiscal {
			n += "; also involves fiscal matters (para. 14)"
		}
		out = append(out, n)
	}
	return out
}

// annotate notes, on the step of Cooperation art., para. 2, which conduct
// was compared: that of each offence established under the Convention,
// never its name.
func (s Scope) annotate(e *convention.Explanation) {
	name := terms[FactCriminalRequested].Name
	for i := range e.Steps {
		if e.Steps[i].Name != name {
			continue
		}
		note := "conduct compared:"
		for j := 0; j < s.n && j < len(s.offences); j++ {
			if c := s.offences[j]; c.Offence.EstablishedUnderConvention() {
				note += " [" + strconv.Itoa(j) + "] " + strconv.Quote(c.Offence.Conduct)
			}
		}
		e.Steps[i].Note = note + "; names not compared"
	}
}

// String renders Explain as text.
func (s Scope) String() string { return s.Explain().String() }

// MarshalJSON renders the decision as its Explanation.
func (s Scope) MarshalJSON() ([]byte, error) { return json.Marshal(s.Explain()) }

// Explain renders the basis decision as data, naming the basis found.
func (b BasisDecision) Explain() convention.Explanation {
	e := b.Result.Explain()
	e.Decision = "extradition legal basis"
	if b.Basis != BasisUnknown {
		e.Notes = append(e.Notes, "legal basis: "+b.Basis.String())
	}
	return e
}

// String renders Explain as text.
func (b BasisDecision) String() string { return b.Explain().String() }

// MarshalJSON renders the decision as its Explanation.
func (b BasisDecision) MarshalJSON() ([]byte, error) { return json.Marshal(b.Explain()) }

// Explain renders the assessment as data: every test applied, in the order
// of the text; the grounds, duties and facts needed; the legal basis; and
// a note on each offence.
func (a Assessment) Explain() convention.Explanation {
	e := a.Result.Explain()
	e.Decision = "extradition assessment"
	a.Scope.annotate(&e)
	if a.Basis.Basis != BasisUnknown {
		e.Notes = append(e.Notes, "legal basis: "+a.Basis.Basis.String())
	}
	e.Notes = append(e.Notes, a.Scope.notes()...)
	return a.inputNotes(e)
}

// inputNotes adds the assessment's notes on the judgements it read, where
// the article may apply: the listed grounds the requested State named for
// its belief under Cooperation art., para. 3 (information, never a
// condition), and a ground of domestic law that is, in substance, the
// fiscal element (para. 14).
func (a Assessment) inputNotes(e convention.Explanation) convention.Explanation {
	if a.Scope.applies == no {
		return e
	}
	if n := a.discrimination.Note(); n != "" {
		e.Notes = append(e.Notes, n)
	}
	if a.domesticFact == yes && a.domFiscal == yes {
		e.Notes = append(e.Notes, "Extradition art., para. 14: the ground of domestic law or treaty found is, in substance, that the offence involves fiscal matters: the ground para. 14 bars as the sole ground of refusal, whatever domestic law calls it")
	}
	return e
}

// String renders Explain as text.
func (a Assessment) String() string { return a.Explain().String() }

// MarshalJSON renders the assessment as its Explanation.
func (a Assessment) MarshalJSON() ([]byte, error) { return json.Marshal(a.Explain()) }

// Explain renders the decision as data, naming the measure asked for.
func (p Provisional) Explain() convention.Explanation {
	e := p.Result.Explain()
	e.Decision = "provisional measures"
	p.Scope.annotate(&e)
	if p.Measure != MeasureNone {
		e.Notes = append(e.Notes, "measure asked for: "+p.Measure.String())
	}
	return e
}

// String renders Explain as text.
func (p Provisional) String() string { return p.Explain().String() }

// MarshalJSON renders the decision as its Explanation.
func (p Provisional) MarshalJSON() ([]byte, error) { return json.Marshal(p.Explain()) }

// Explain renders the review as data: the response, the tests of the
// assessment and of the review, the violations and the duties the response
// carries.
func (v Verdict) Explain() convention.Explanation {
	e := v.Result.Explain()
	e.Decision = "review of response"
	v.Assessment.Scope.annotate(&e)
	resp := "response: " + v.Response.Action.String()
	if !v.Response.Grounds.IsEmpty() {
		resp += " on grounds"
		for _, g := range v.Response.Grounds.Slice() {
			resp += " " + g.String()
		}
	}
	if v.Response.Action.Refuses() {
		resp += "; consulted: " + strconv.FormatBool(v.Response.Consulted)
	}
	if v.Response.EnforcementConsidered {
		resp += "; enforcement considered"
	}
	e.Notes = append(e.Notes, resp, "assessment: "+v.Assessment.Outcome.String())
	if v.Assessment.Basis.Basis != BasisUnknown {
		e.Notes = append(e.Notes, "legal basis: "+v.Assessment.Basis.Basis.String())
	}
	return v.Assessment.inputNotes(e)
}

// String renders Explain as text.
func (v Verdict) String() string { return v.Explain().String() }

// MarshalJSON renders the review as its Explanation.
func (v Verdict) MarshalJSON() ([]byte, error) { return json.Marshal(v.Explain()) }
