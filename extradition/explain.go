package extradition

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

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
	s.values(&e)
	return e
}

func (s Scope) notes() []string {
	var out []string
	for i := range s.n {
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

// values adds the scope's computed values: whether the article applies
// ("article-applies") and, offence by offence, its scope
// ("offences[i].scope": covered, not-covered, undetermined, may-apply,
// applied) and whether it also involves fiscal matters
// ("offences[i].fiscal").
func (s Scope) values(e *convention.Explanation) {
	if s.n == 0 {
		return
	}
	e.AddValue("article-applies", cite(1), s.applies.String())
	for i := range s.n {
		name := "offences[" + strconv.Itoa(i) + "]."
		word, c := s.Offence(i).word()
		e.AddValue(name+"scope", c, word)
		if s.offences[i].Fiscal {
			e.AddValue(name+"fiscal", cite(14), "yes")
		}
	}
}

// word returns the offence's scope as a value's word, with the paragraph
// that decides it.
func (o OffenceScope) word() (string, convention.Citation) {
	switch {
	case o.Covered == yes:
		return "covered", cite(1)
	case o.Applied:
		return "applied", cite(2)
	case o.Accessory == yes:
		return "may-apply", cite(2)
	case o.Covered == unassessed:
		return "undetermined", cite(1)
	}
	return "not-covered", cite(1)
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
		for j := range s.n {
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

// Explain renders the basis decision as data, naming the basis found in a
// note and in the value legal-basis (a [Basis] word, absent while unknown).
func (b BasisDecision) Explain() convention.Explanation {
	e := b.Result.Explain()
	e.Decision = "extradition legal basis"
	if b.Basis != BasisUnknown {
		e.Notes = append(e.Notes, "legal basis: "+b.Basis.String())
	}
	e.AddValue("legal-basis", b.Cite, b.Basis.String())
	return e
}

// String renders Explain as text.
func (b BasisDecision) String() string { return b.Explain().String() }

// MarshalJSON renders the decision as its Explanation.
func (b BasisDecision) MarshalJSON() ([]byte, error) { return json.Marshal(b.Explain()) }

// Explain renders the decision as data: every test applied, in the order
// of the text; the grounds, duties, violations and facts needed; the
// values it computed (see [Decision]); and notes on the legal basis, each
// offence (for an assessment), the response (for a review) and the
// judgements read.
func (d Decision) Explain() convention.Explanation {
	e := d.Result.Explain()
	e.Decision = d.Name
	d.Scope.annotate(&e)
	review := d.Response.Action != ActionUnknown
	if review {
		e.Notes = append(e.Notes, d.responseNote(), "assessment: "+d.Assessed.String())
	}
	if d.Basis.Basis != BasisUnknown {
		e.Notes = append(e.Notes, "legal basis: "+d.Basis.Basis.String())
	}
	if !review {
		e.Notes = append(e.Notes, d.Scope.notes()...)
	}
	if d.Scope.applies != no {
		e.Notes = append(e.Notes, basisInvokedNote(d.Invoked, d.Basis))
	}
	d.Scope.values(&e)
	e.AddValue("legal-basis", d.Basis.Cite, d.Basis.Basis.String())
	e.AddValue("basis-invoked", cite(4), invokedWord(d.Invoked))
	if review {
		e.AddValue("assessment", d.assessedCite, d.Assessed.String())
		e.AddValue("response", cite(7), d.Response.Action.String())
		e.AddValue("grounds-relied-on", cite(7), termList(d.Response.Grounds))
	}
	return d.inputNotes(e)
}

// invokedWord is the value basis-invoked: the bases invoked, or "not
// stated".
func invokedWord(b convention.LegalBasis) string {
	if !b.Stated() {
		return "not-stated"
	}
	var ws []string
	for _, k := range b.Invoked {
		ws = append(ws, k.String())
	}
	return strings.Join(ws, ",")
}

// basisInvokedNote says what the basis a request invokes changes, and what
// it does not: the article applies as para. 1 says, whatever is invoked;
// the basis on which the requested State extradites is found on its
// profile and paras. 3-6.
func basisInvokedNote(inv convention.LegalBasis, b BasisDecision) string {
	treaty, cond := b.Answer(FactTreaty), b.Answer(FactTreatyConditional)
	var out []string
	if !inv.Stated() {
		out = append(out, "the request states no legal basis: it is decided as any other, the article applying as para. 1 says and the basis found on paras. 3 to 6")
	} else {
		out = append(out, "the request invokes "+inv.String()+"; the basis invoked does not decide whether the article applies (para. 1)")
	}
	if inv.Invokes(convention.BasisTreaty) {
		switch treaty {
		case yes:
			out = append(out, "the offences to which the article applies are deemed included as extraditable offences in any extradition treaty existing between the States (para. 3)")
		case no:
			out = append(out, "on the requested State's profile no extradition treaty is in force between the States: the treaty invoked is no basis, and the basis is found on paras. 4 to 6")
		default:
			out = append(out, "whether an extradition treaty is in force between the States is the requested State's to say (Profile.Treaty)")
		}
	}
	if inv.Invokes(convention.BasisConvention) && cond == yes && treaty == yes {
		out = append(out, "between States bound by an extradition treaty, the Convention's offences are deemed included in it (para. 3): the treaty is the basis; para. 4 concerns States with no treaty")
	}
	if inv.Invokes(convention.BasisConvention) && cond == yes && treaty == no {
		out = append(out, "the requested State makes extradition conditional on a treaty and has none with the requesting State: it may consider this Convention the legal basis (para. 4); the choice is its own")
	}
	if (inv.Invokes(convention.BasisReciprocity) || inv.Invokes(convention.BasisDomesticLaw)) && cond == yes {
		out = append(out, "a State that makes extradition conditional on a treaty extradites on a treaty or on this Convention (paras. 3 and 4), not on reciprocity or domestic law alone")
	}
	if cond == no {
		out = append(out, "the requested State does not make extradition conditional on a treaty: it recognises the offences as extraditable under its law (para. 6), whatever basis is invoked")
	}
	return strings.Join(out, "; ")
}

// responseNote describes the response reviewed.
func (d Decision) responseNote() string {
	resp := "response: " + d.Response.Action.String()
	if !d.Response.Grounds.IsEmpty() {
		resp += " on grounds"
		for _, g := range d.Response.Grounds.Slice() {
			resp += " " + g.String()
		}
	}
	if d.Response.Action.Refuses() {
		resp += "; consulted: " + strconv.FormatBool(d.Response.Consulted)
	}
	if d.Response.EnforcementConsidered {
		resp += "; enforcement considered"
	}
	return resp
}

// termList writes a set of terms as their words, comma-separated.
func termList(s convention.Set[Term]) string {
	var b strings.Builder
	for t := range s.All() {
		if b.Len() > 0 {
			b.WriteString(",")
		}
		b.WriteString(t.String())
	}
	return b.String()
}

// inputNotes adds the decision's notes on the judgements it read, where
// the article may apply: the listed grounds the requested State named for
// its belief under Cooperation art., para. 3 (information, never a
// condition), and a ground of domestic law that is, in substance, the
// fiscal element (para. 14).
func (d Decision) inputNotes(e convention.Explanation) convention.Explanation {
	if d.Scope.applies == no {
		return e
	}
	if n := d.discrimination.Note(); n != "" {
		e.Notes = append(e.Notes, n)
	}
	if g := d.discrimination.Grounds; g.IsValid() {
		e.AddValue("discrimination-grounds", coop3, g.String())
	}
	if d.domesticFact == yes && d.domFiscal == yes {
		e.Notes = append(e.Notes, "Extradition art., para. 14: the ground of domestic law or treaty found is, in substance, that the offence involves fiscal matters: the ground para. 14 bars as the sole ground of refusal, whatever domestic law calls it")
	}
	return e
}

// String renders Explain as text.
func (d Decision) String() string { return d.Explain().String() }

// MarshalJSON renders the decision as its Explanation.
func (d Decision) MarshalJSON() ([]byte, error) { return json.Marshal(d.Explain()) }

// Explain renders the decision as data, naming the measure asked for.
func (p Provisional) Explain() convention.Explanation {
	e := p.Result.Explain()
	e.Decision = "provisional measures"
	p.Scope.annotate(&e)
	if p.Measure != MeasureNone {
		e.Notes = append(e.Notes, "measure asked for: "+p.Measure.String())
	}
	p.Scope.values(&e)
	e.AddValue("measure", cite(9), p.Measure.String())
	return e
}

// String renders Explain as text.
func (p Provisional) String() string { return p.Explain().String() }

// MarshalJSON renders the decision as its Explanation.
func (p Provisional) MarshalJSON() ([]byte, error) { return json.Marshal(p.Explain()) }
