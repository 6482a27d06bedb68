package implementation

import (
	"fmt"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/rules"
)

// Entry is one obligation or option of the catalogue: the paragraph, who
// owes it, the force of its words, any qualifier that leaves its reach to
// the State, and the obligation in a lawyer's words.
type Entry struct {
	Term      Term                `json:"term"`
	Cite      convention.Citation `json:"cite"`
	Name      string              `json:"name"`
	Strength  convention.Strength `json:"strength"`
	Bearer    string              `json:"bearer"`
	Qualifier string              `json:"qualifier,omitempty"`
	Text      string              `json:"text"`
}

// isCatalogued reports whether t is an obligation or option of a State in
// the catalogue: the Technical Assistance and Preventive Measures chapters
// and the Implementation art.
func isCatalogued(t Term) bool { return t >= TermTrainingProgrammes && t <= TermStricterMeasures }

// catalogue is the set of catalogued terms.
var catalogue = func() convention.Set[Term] {
	var s convention.Set[Term]
	for t := TermTrainingProgrammes; t <= TermStricterMeasures; t++ {
		s = s.With(t)
	}
	return s
}()

// Catalogue returns the obligations of the Training, Technical assistance,
// Prevention, Society, Private sector and Victims arts. and of the
// Implementation art., in the order of the text (a fresh slice): each with
// its strength (shall, shall endeavour, may, encouraged by "should"), its
// bearer and its qualifier. A State's self-assessment (SelfAssess) is
// checked against it.
func Catalogue() []Entry {
	var out []Entry
	for _, t := range catalogue.Slice() {
		d := t.Describe()
		out = append(out, Entry{Term: t, Cite: d.Cite, Name: d.Name, Strength: t.Strength(),
			Bearer: t.Bearer().String(), Qualifier: t.Qualifier(), Text: d.Text})
	}
	return out
}

// programmeContent reports whether t is one of the matters the training
// programmes of Training art., para. 1 "shall deal" with, points (a) to
// (f): owed by the programmes, and only where programmes are.
func programmeContent(t Term) bool { return t >= TermTrainingPrevention && t <= TermTrainingProtection }

// binding reports whether t is an obligation (shall, shall consider, shall
// endeavour) rather than an option (may, should).
func binding(t Term) bool {
	s := t.Strength()
	return s == convention.Shall || s == convention.ShallConsider || s == convention.ShallEndeavour
}

// Assessment is a State's self-assessment against the catalogue: the
// measures it has taken, and the qualified obligations it judges do not
// reach it ("to the extent necessary": it judges none necessary). Which
// measures satisfy an obligation, and whether a qualifier excuses it, are
// the State's own judgements; the library takes them as given.
//
// The zero Assessment has no party and is not valid.
type Assessment struct {
	Party convention.PartyID `json:"party"`
	// Has holds the catalogued obligations and options the State has met or
	// taken up.
	Has convention.Set[Term] `json:"has"`
	// NotRequired holds qualified obligations the State judges its
	// qualifier excludes.
	NotRequired convention.Set[Term] `json:"not_required"`
}

// assessmentChecks is the table of Assessment.Validate.
var assessmentChecks = []rules.Check[Assessment]{
	// "Each State Party shall take the necessary measures ... to ensure the
	// implementation of its obligations"
	{Cite: cite(implement, 1), Field: "Party", Quote: "Each State Party shall take the necessary measures",
		Test: func(a Assessment) (string, error) {
			if a.Party.IsZero() {
				return "", convention.ErrMissing
			}
			return "", nil
		}},
	{Cite: cite(implement, 1), Field: "Has", Quote: "to ensure the implementation of its obligations under this Convention",
		Test: func(a Assessment) (string, error) {
			if x := a.Has.Minus(catalogue); !x.IsEmpty() {
				return "not obligations of a State in the catalogue: " + names(x), convention.ErrInvalid
			}
			return "", nil
		}},
	{Cite: cite(implement, 1), Field: "NotRequired", Quote: "in accordance with fundamental principles of its domestic law",
		Test: func(a Assessment) (string, error) {
			for t := range a.NotRequired.All() {
				if !isCatalogued(t) || t.Qualifier() == "" || !binding(t) {
					return t.String() + " has no qualifier leaving it to the State", convention.ErrInvalid
				}
			}
			if x := a.Has.Intersect(a.NotRequired); !x.IsEmpty() {
				return "both met and judged not required: " + names(x), convention.ErrInconsistent
			}
			return "", nil
		}},
}

func names(s convention.Set[Term]) string {
	var out []string
	for _, t := range s.Slice() {
		out = append(out, t.String())
	}
	return strings.Join(out, ", ")
}

// AssessmentRules returns the rules Assessment.Validate applies.
func AssessmentRules() []convention.RuleInfo { return rules.Infos(assessmentChecks) }

// Validate reports every defect of the self-assessment: no party; a term
// that is not a catalogued obligation; an obligation judged not required
// that has no qualifier, or that is also reported met.
func (a Assessment) Validate() error { return rules.Run(a, assessmentChecks).Err() }

// Report is the outcome of a self-assessment: what the State has, what it
// lacks, what its qualifiers excuse, and the options it may still choose.
//
// Outcome is Satisfied when nothing binding is lacking, NotSatisfied
// otherwise. The zero Report has OutcomeUnknown.
type Report struct {
	Party   convention.PartyID
	Outcome convention.Outcome
	// Has: obligations met and options taken up.
	Has convention.Set[Term]
	// Lacks: obligations (shall, shall endeavour) neither met nor excused.
	Lacks convention.Set[Term]
	// Excused: qualified obligations the State judges do not reach it, and
	// the matters the training programmes of Training art., para. 1 "shall
	// deal" with, (a) to (f), where the State judges no programmes
	// necessary ("Such programmes": none owed, no content owed).
	Excused convention.Set[Term]
	// MayChoose: options (may, should) not taken up.
	MayChoose convention.Set[Term]
}

// SelfAssess checks a State's self-assessment against the catalogue
// (Implementation art., para. 1, and the obligations of the Technical
// Assistance and Preventive Measures chapters). Every catalogued term falls
// in exactly one of Has, Lacks, Excused and MayChoose. The error is only
// the assessment's Problems. It allocates nothing.
//
// Reading Training art., para. 1. "Each State Party shall, to the extent
// necessary, initiate, develop or improve specific training programmes ...
// Such programmes shall deal, in particular and to the extent permitted by
// domestic law, with the following: (a) ... (f)": the matters (a) to (f)
// are owed by the programmes. A State that judges no programmes necessary
// (TermTrainingProgrammes in NotRequired) owes none of them: each not had
// is Excused with the programmes, never Lacking. A State that has the
// programmes, or lacks them without excuse, owes each matter, which its
// own qualifier ("to the extent permitted by domestic law") may still
// excuse.
func SelfAssess(a Assessment) (Report, error) {
	if err := a.Validate(); err != nil {
		return Report{}, err
	}
	r := Report{Party: a.Party, Has: a.Has.Intersect(catalogue), Excused: a.NotRequired}
	programmesExcused := a.NotRequired.Has(TermTrainingProgrammes)
	for t := range catalogue.Minus(a.Has).Minus(a.NotRequired).All() {
		if programmesExcused && programmeContent(t) {
			// "Such programmes shall deal ... with": no programmes owed,
			// no content owed.
			r.Excused = r.Excused.With(t)
			continue
		}
		if binding(t) {
			r.Lacks = r.Lacks.With(t)
		} else {
			r.MayChoose = r.MayChoose.With(t)
		}
	}
	r.Outcome = convention.Satisfied
	if !r.Lacks.IsEmpty() {
		r.Outcome = convention.NotSatisfied
	}
	return r, nil
}

// Explain renders the self-assessment as data, citing Implementation
// art., para. 1: the binding obligations the catalogue puts on the State
// as duties (those it has met and those it lacks), what it lacks as
// violations, and the values "excused" (qualified obligations its
// judgement excuses), "may-choose" (options not taken up) and "has"
// (obligations met and options taken up), each a comma-separated list of
// terms in the order of the text, "" when empty.
func (r Report) Explain() convention.Explanation {
	res := convention.Result[Term]{Outcome: r.Outcome, Cite: cite(implement, 1), Violations: r.Lacks}
	for t := range r.Has.All() {
		if binding(t) {
			res.Duties = res.Duties.With(t)
		}
	}
	res.Duties = res.Duties.Union(r.Lacks)
	e := res.Explain()
	e.Decision = "self-assessment of " + r.Party.String()
	e.AddValue("excused", cite(implement, 1), r.Excused.String())
	e.AddValue("may-choose", cite(implement, 1), r.MayChoose.String())
	e.AddValue("has", cite(implement, 1), r.Has.String())
	return e
}

// String renders the report as a lawyer reads it: the outcome, then what
// the State lacks, what its qualifiers excuse, what it may still choose and
// what it has, each with its paragraph and strength.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "self-assessment of %s: %s (%s)\n", r.Party, r.Outcome, cite(implement, 1))
	list := func(title string, s convention.Set[Term]) {
		if s.IsEmpty() {
			return
		}
		fmt.Fprintf(&b, "  %s:\n", title)
		for _, t := range s.Slice() {
			d := t.Describe()
			fmt.Fprintf(&b, "    - %s [%s]: %s", d.Cite, t.Strength(), d.Text)
			if q := t.Qualifier(); q != "" && title != "has" {
				fmt.Fprintf(&b, " (%s)", q)
			}
			b.WriteByte('\n')
		}
	}
	list("lacks", r.Lacks)
	list("excused by its qualifier", r.Excused)
	list("may still choose", r.MayChoose)
	list("has", r.Has)
	return b.String()
}
