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
	// CouncilAfter is the date of the Council's latest act on the decision
	// after the General Assembly's act that governs, zero if none: the
	// Council's act does not displace the Assembly's (see ReviewDecision),
	// and the record shows it was made.
	CouncilAfter convention.Date
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
	if !s.CouncilAfter.IsZero() {
		out += fmt.Sprintf(", which the council's later act of %s does not displace", s.CouncilAfter)
	}
	return out + " (" + s.Cite.String() + ")"
}

// Explain renders the standing as data, citing Review art., para. 1, with
// the values "act" ("approved", "modified", or "none" while the decision
// stands as the Commission adopted it, subject to approval or
// modification), and for an act "by", "date" and "ref"; "council-after"
// is the date of a later act of the Council that does not displace the
// Assembly's act that governs. The outcome is left unset: how a decision stands is
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
	if !s.CouncilAfter.IsZero() {
		e.AddValue("council-after", s.Cite, s.CouncilAfter.String())
	}
	e.Notes = append(e.Notes, s.String())
	return e
}

// ReviewDecision says how a decision or recommendation of the Commission
// stands on asOf (Review art., para. 1): each is "subject to approval or
// modification by the Council or the General Assembly in the same way as
// other decisions or recommendations of the Commission".
//
// Reviews dated after asOf are ignored. Of the others, an act of the
// General Assembly prevails over any act of the Council, and of the acts
// of one body the latest governs. The text gives the power to approve or
// modify to either body ("by the Council or the General Assembly") "in the
// same way as other decisions or recommendations of the Commission": as
// the United Nations reviews the Commission's other acts, where the
// Council acts under the Assembly's authority (Charter, arts. 60 and 66) and
// cannot undo what the Assembly decided. A later act of the Council is
// recorded (Standing.CouncilAfter) but does not displace the Assembly's.
// Of one body's acts on the same day, which came later is not in the
// record: a modification is taken to prevail over an approval, then the
// greater Ref, so that the answer never depends on the order of the
// record. With
// no act, the decision stands as the Commission adopted it, subject to
// review. The error is only the record's Problems, and a date assessed
// before the decision was adopted (ErrInconsistent: there is no decision
// to stand yet). It allocates nothing.
func ReviewDecision(d CommissionDecision, asOf convention.Date) (Standing, error) {
	if err := d.Validate(); err != nil {
		return Standing{}, err
	}
	if !asOf.IsZero() && asOf.Before(d.Adopted) {
		return Standing{}, convention.Problems{{Field: "AsOf", Path: "as_of", Cite: reviewCite, Err: convention.ErrInconsistent,
			Detail: "the decision was adopted on " + d.Adopted.String() + ", after the date assessed (" + asOf.String() + ")"}}.Err()
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
		if best.By == GeneralAssembly {
			for i := range d.Reviews {
				r := &d.Reviews[i]
				if r.By == Council && !r.Date.After(asOf) && !r.Date.Before(best.Date) && r.Date.After(s.CouncilAfter) {
					s.CouncilAfter = r.Date
				}
			}
		}
	}
	return s, nil
}

// prevails reports whether review r prevails over review q: the
// Assembly's over the Council's; of one body's, the later, or on the same
// day a modification against an approval, then the greater Ref.
func prevails(r, q Review) bool {
	if r.By != q.By {
		return r.By == GeneralAssembly
	}
	if c := r.Date.Compare(q.Date); c != 0 {
		return c > 0
	}
	if r.Act != q.Act {
		return r.Act > q.Act
	}
	return r.Ref > q.Ref
}
