package implementation

import (
	"fmt"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/rules"
)

// Body is one of the United Nations bodies of the Mechanism of
// Implementation chapter (Implementation body art., para. 2). The zero Body
// is BodyUnknown.
type Body uint8

// The bodies, as Implementation body art., para. 2(a)-(c) defines them.
const (
	BodyUnknown Body = iota
	// Commission: the Commission on Crime Prevention and Criminal Justice of
	// the Council, entrusted with the functions the Convention assigns it
	// (Implementation body art., paras. 1 and 2(a)).
	Commission
	// Council: the Economic and Social Council of the United Nations (para.
	// 2(b)).
	Council
	// GeneralAssembly: the General Assembly of the United Nations (para.
	// 2(c)).
	GeneralAssembly
	numBodies
)

var (
	bodyTokens = tokens{"unknown", "commission", "council", "general-assembly"}
	bodyNames  = [numBodies]string{"", "Commission on Crime Prevention and Criminal Justice", "Economic and Social Council", "General Assembly"}
)

// IsValid reports whether b is a declared body other than BodyUnknown.
func (b Body) IsValid() bool { return b > BodyUnknown && b < numBodies }

// Name returns the body's full name, "" for an undeclared value.
func (b Body) Name() string {
	if b.IsValid() {
		return bodyNames[b]
	}
	return ""
}

// Cite returns the sub-paragraph defining the body, Implementation body
// art., para. 2(a) to (c).
func (b Body) Cite() convention.Citation {
	if b.IsValid() {
		return point(convention.ArtBody, 2, rune('a'+b-Commission))
	}
	return convention.Citation{}
}

// String returns the body's token, e.g. "general-assembly", or Body(n).
func (b Body) String() string { return bodyTokens.name("Body", int(b)) }

// MarshalText returns String's token.
func (b Body) MarshalText() ([]byte, error) { return bodyTokens.marshal("Body", int(b)) }

// UnmarshalText accepts a token String returns.
func (b *Body) UnmarshalText(t []byte) error {
	v, err := bodyTokens.parse("body", t)
	*b = Body(v)
	return err
}

// ExpensesBorneBy names who bears the expenses of the Commission: the
// United Nations, in such manner as the General Assembly decides (Expenses
// art., para. 1; see ExpensesDecidedBy).
const ExpensesBorneBy = "United Nations"

// ExpensesDecidedBy is the body that decides the manner in which the
// United Nations bears the Commission's expenses (Expenses art., para. 1).
const ExpensesDecidedBy = GeneralAssembly

// Secretariat is the secretariat of the Convention: the Secretary-General
// shall designate the United Nations Office on Drugs and Crime to serve as
// it (Secretariat art., para. 1). Its tasks are SecretariatTasks.
const Secretariat = "United Nations Office on Drugs and Crime"

// SecretariatTasks returns the Secretariat's tasks (Secretariat art., para.
// 2(a)-(c)): assisting the Commission, assisting States Parties upon
// request in providing information to it, and coordinating with other
// secretariats, in the order of the text (an array the caller cannot
// alter).
func SecretariatTasks() [3]Term {
	return [3]Term{TermSecretariatCommission, TermSecretariatParties, TermSecretariatCoordinate}
}

// ReviewAct is what the Council or the General Assembly did with a
// decision or recommendation of the Commission (Review art., para. 1). The
// zero ReviewAct is ActUnknown.
type ReviewAct uint8

// The acts of review.
const (
	ActUnknown ReviewAct = iota
	// ActApproved: the body approved the decision or recommendation.
	ActApproved
	// ActModified: the body modified it; Review.Ref names the modifying
	// act.
	ActModified
)

var actTokens = tokens{"unknown", "approved", "modified"}

// String returns the act's token.
func (a ReviewAct) String() string { return actTokens.name("ReviewAct", int(a)) }

// MarshalText returns String's token.
func (a ReviewAct) MarshalText() ([]byte, error) { return actTokens.marshal("ReviewAct", int(a)) }

// UnmarshalText accepts "approved" or "modified".
func (a *ReviewAct) UnmarshalText(b []byte) error {
	v, err := actTokens.parse("review act", b)
	*a = ReviewAct(v)
	return err
}

// Review is one act of the Council or the General Assembly on a decision or
// recommendation of the Commission (Review art., para. 1).
type Review struct {
	By   Body            `json:"by"`
	Act  ReviewAct       `json:"act"`
	Date convention.Date `json:"date"`
	// Ref names the body's resolution or decision.
	Ref string `json:"ref,omitempty"`
}

// CommissionDecision is a decision or recommendation adopted by the
// Commission pursuant to the Convention, and the acts of review on it. The
// zero CommissionDecision is not valid.
type CommissionDecision struct {
	Ref string `json:"ref"`
	// Recommendation is true for a recommendation, false for a decision.
	Recommendation bool            `json:"recommendation,omitempty"`
	Adopted        convention.Date `json:"adopted"`
	Reviews        []Review        `json:"reviews,omitempty"`
}

var reviewCite = cite(convention.ArtReview, 1)

// decisionChecks is the table of CommissionDecision.Validate.
var decisionChecks = []rules.Check[CommissionDecision]{
	// "Each decision or recommendation adopted by the Commission"
	{Cite: reviewCite, Field: "Ref", Quote: "Each decision or recommendation adopted by the Commission pursuant to the provisions of this convention",
		Test: func(d CommissionDecision) (string, error) {
			if d.Ref == "" {
				return "", convention.ErrMissing
			}
			return "", nil
		}},
	{Cite: reviewCite, Field: "Adopted", Quote: "adopted by the Commission",
		Test: func(d CommissionDecision) (string, error) {
			if d.Adopted.IsZero() {
				return "", convention.ErrMissing
			}
			return "", nil
		}},
	// "subject to approval or modification by the Council or the General
	// Assembly"
	{Cite: reviewCite, Field: "Reviews", Quote: "subject to approval or modification by the Council or the General Assembly",
		Test: func(d CommissionDecision) (string, error) {
			for i, r := range d.Reviews {
				switch {
				case r.By != Council && r.By != GeneralAssembly:
					return fmt.Sprintf("review %d: by the Council or the General Assembly, not %s", i, r.By), convention.ErrInvalid
				case r.Act != ActApproved && r.Act != ActModified:
					return fmt.Sprintf("review %d: approval or modification", i), convention.ErrInvalid
				case r.Date.IsZero():
					return fmt.Sprintf("review %d: date", i), convention.ErrMissing
				case r.Date.Before(d.Adopted):
					return fmt.Sprintf("review %d: before the Commission adopted the decision", i), convention.ErrInconsistent
				}
			}
			return "", nil
		}},
}

// DecisionRules returns the rules CommissionDecision.Validate applies.
func DecisionRules() []convention.RuleInfo { return rules.Infos(decisionChecks) }

// Validate reports every defect of the decision's record.
func (d CommissionDecision) Validate() error { return rules.Run(d, decisionChecks).Err() }

// Standing is how a Commission decision or recommendation stands on a date
// under Review art., para. 1.
type Standing struct {
	// Act is ActUnknown while no review has occurred: the decision stands
	// as adopted, subject to approval or modification.
	Act ReviewAct
	// By, Date and Ref identify the act that governs, if any.
	By   Body
	Date convention.Date
	Ref  string
	Cite convention.Citation
	// AfterAssembly is set when the governing act is the Council's and the
	// General Assembly acted on the decision before it, on AssemblyDate:
	// the text puts the two bodies side by side and says nothing of
	// precedence between them (see ReviewDecision), so the caller who reads
	// the Charter's relations between them into "in the same way as other
	// decisions" can see the case.
	AfterAssembly bool
	AssemblyDate  convention.Date
}

// String renders the standing: "as adopted by the Commission, subject to
// review", "approved by council on 2031-07-20 (E/RES/2031/5)".
func (s Standing) String() string {
	if s.Act == ActUnknown {
		return "as adopted by the Commission, subject to approval or modification (" + s.Cite.String() + ")"
	}
	out := fmt.Sprintf("%s by %s on %s", s.Act, s.By, s.Date)
	if s.Ref != "" {
		out += " (" + s.Ref + ")"
	}
	if s.AfterAssembly {
		out += fmt.Sprintf(", after an act of the general-assembly of %s", s.AssemblyDate)
	}
	return out + " (" + s.Cite.String() + ")"
}

// Explain renders the standing as data, citing Review art., para. 1, with
// the values "act" ("approved", "modified", or "none" while the decision
// stands as the Commission adopted it, subject to approval or
// modification), and for an act "by", "date" and "ref"; "after-assembly"
// is the date of the General Assembly's earlier act when a later act of
// the Council governs. The outcome is left unset: how a decision stands is
// a fact of the record, not an outcome of the library's vocabulary.
func (s Standing) Explain() convention.Explanation {
	e := convention.Explanation{Version: convention.ExplanationVersion, TextVersion: convention.TextVersion,
		Decision: "standing of the Commission's decision", Cite: s.Cite, Steps: []convention.Step{}}
	if s.Act == ActUnknown {
		e.AddValue("act", s.Cite, "none")
		e.Notes = append(e.Notes, s.String())
		return e
	}
	e.Date, e.DateLabel = s.Date, "governing act of"
	e.AddValue("act", s.Cite, s.Act.String())
	e.AddValue("by", s.By.Cite(), s.By.String())
	e.AddValue("date", s.Cite, s.Date.String())
	if s.Ref != "" {
		e.AddValue("ref", s.Cite, s.Ref)
	}
	if s.AfterAssembly {
		e.AddValue("after-assembly", s.Cite, s.AssemblyDate.String())
	}
	e.Notes = append(e.Notes, s.String())
	return e
}

// ReviewDecision says how a decision or recommendation of the Commission
// stands on asOf (Review art., para. 1): each is "subject to approval or
// modification by the Council or the General Assembly in the same way as
// other decisions or recommendations of the Commission".
//
// Reviews dated after asOf are ignored. Of the others, the latest governs,
// whichever body made it. The text gives the power to approve or modify to
// either body ("by the Council or the General Assembly") and says nothing
// of precedence between them; "in the same way as other decisions or
// recommendations of the Commission" refers to how the United Nations
// reviews the Commission's other acts, which lies outside the Convention
// (the Charter, arts. 60 and 66, puts the Council under the Assembly's
// authority). The library does not read a hierarchy the text does not
// state: a later act of the Council governs, and Standing.AfterAssembly
// flags that the Assembly had acted before it. On the same day, which act
// came later is not in the record: a modification is taken to prevail over
// an approval, then the Assembly's act over the Council's, then the greater
// Ref, so that the answer never depends on the order of the record. With
// no act, the decision stands as the Commission adopted it, subject to
// review. The error is only the record's Problems. It allocates nothing.
func ReviewDecision(d CommissionDecision, asOf convention.Date) (Standing, error) {
	if err := d.Validate(); err != nil {
		return Standing{}, err
	}
	s := Standing{Cite: reviewCite}
	var best *Review
	for i := range d.Reviews {
		r := &d.Reviews[i]
		if r.Date.After(asOf) {
			continue
		}
		if best == nil || prevails(*r, *best) {
			best = r
		}
	}
	if best != nil {
		s.Act, s.By, s.Date, s.Ref = best.Act, best.By, best.Date, best.Ref
		if best.By == Council {
			for i := range d.Reviews {
				r := &d.Reviews[i]
				if r.By == GeneralAssembly && !r.Date.After(asOf) && prevails(*best, *r) && r.Date.After(s.AssemblyDate) {
					s.AfterAssembly, s.AssemblyDate = true, r.Date
				}
			}
		}
	}
	return s, nil
}

// prevails reports whether review r prevails over review q: it is later,
// or on the same day a modification against an approval, then the
// Assembly's against the Council's, then the greater Ref.
func prevails(r, q Review) bool {
	if c := r.Date.Compare(q.Date); c != 0 {
		return c > 0
	}
	if r.Act != q.Act {
		return r.Act > q.Act
	}
	if r.By != q.By {
		return r.By == GeneralAssembly
	}
	return r.Ref > q.Ref
}
