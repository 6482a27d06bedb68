package implementation

import (
	"fmt"

	"github.com/treatyrules/cybercrime/convention"
)

// Item is one piece of information furnished: a law or regulation, a case,
// a programme or measure. The zero Item is not valid.
type Item struct {
	// Title names the text or the matter ("Law No. 2031-17 on computer
	// crime", a case reference).
	Title string `json:"title"`
	// Furnished is the date it was furnished.
	Furnished convention.Date `json:"furnished"`
}

// Authority is a governmental authority empowered to make or receive
// requests for international cooperation (Information art., para. 1(d)).
// The zero Authority is not valid.
type Authority struct {
	Name      string          `json:"name"`
	Address   string          `json:"address"`
	Furnished convention.Date `json:"furnished"`
}

// Checklist is the information a State has furnished (Information art.,
// para. 1; Functions art., para. 3; Confiscation art., para. 5), as a
// typed checklist. Items furnished after the date assessed are not
// counted.
//
// The zero Checklist has no party and is not valid.
type Checklist struct {
	Party convention.PartyID `json:"party"`
	// Reports are the dates of its reports on the working of the
	// Convention (para. 1(a)), in ascending order.
	Reports []convention.Date `json:"reports,omitempty"`
	// Laws are the texts of laws and regulations promulgated to give effect
	// to the Convention (para. 1(b)).
	Laws []Item `json:"laws,omitempty"`
	// Cases is information on cases or offences arising under the
	// Convention (para. 1(c)).
	Cases []Item `json:"cases,omitempty"`
	// Authorities are the authorities for international cooperation (para.
	// 1(d)).
	Authorities []Authority `json:"authorities,omitempty"`
	// Measures is information on programmes, plans and practices and on
	// legislative and administrative measures (Functions art., para. 3).
	Measures []Item `json:"measures,omitempty"`
	// ConfiscationLaws are copies of the laws and regulations giving effect
	// to the confiscation article, furnished to the Secretary-General
	// (Confiscation art., para. 5).
	ConfiscationLaws []Item `json:"confiscation_laws,omitempty"`
}

func checkItems(items []Item) (error, string) {
	for i, it := range items {
		switch {
		case it.Title == "":
			return convention.ErrMissing, fmt.Sprintf("item %d: title", i)
		case it.Furnished.IsZero():
			return convention.ErrMissing, fmt.Sprintf("item %d: date furnished", i)
		}
	}
	return nil, ""
}

// checklistChecks is the table of Checklist.Validate.
var checklistChecks = []convention.Check[Checklist]{
	// "The States Parties shall furnish to the Commission such information"
	{Cite: cite(info, 1), Field: "Party", Quote: "The States Parties shall furnish to the Commission such information as it may request",
		Test: func(c Checklist) (error, string) {
			if c.Party.IsZero() {
				return convention.ErrMissing, ""
			}
			return nil, ""
		}},
	// "A report every five years"
	{Cite: point(info, 1, 'a'), Field: "Reports", Quote: "A report every five years on the working of the Convention within each of their territories",
		Test: func(c Checklist) (error, string) {
			for i, d := range c.Reports {
				switch {
				case d.IsZero():
					return convention.ErrMissing, fmt.Sprintf("report %d: date", i)
				case i > 0 && !d.After(c.Reports[i-1]):
					return convention.ErrInconsistent, "reports in ascending order of date, each once"
				}
			}
			return nil, ""
		}},
	// "The text of all laws and regulations from time to time promulgated"
	{Cite: point(info, 1, 'b'), Field: "Laws", Quote: "The text of all laws and regulations from time to time promulgated in order to give effect to this Convention",
		Test: func(c Checklist) (error, string) { return checkItems(c.Laws) }},
	// "Information concerning cases or offenses arising under this convention"
	{Cite: point(info, 1, 'c'), Field: "Cases", Quote: "Information concerning cases or offenses arising under this convention",
		Test: func(c Checklist) (error, string) { return checkItems(c.Cases) }},
	// "The, names and addresses of the governmental authorities"
	{Cite: point(info, 1, 'd'), Field: "Authorities", Quote: "names and addresses of the governmental authorities empowered to make or receive requests for international cooperation",
		Test: func(c Checklist) (error, string) {
			for i, a := range c.Authorities {
				switch {
				case a.Name == "":
					return convention.ErrMissing, fmt.Sprintf("authority %d: name", i)
				case a.Address == "":
					return convention.ErrMissing, fmt.Sprintf("authority %d: address", i)
				case a.Furnished.IsZero():
					return convention.ErrMissing, fmt.Sprintf("authority %d: date furnished", i)
				}
			}
			return nil, ""
		}},
	// "information on its programmes, plans and practices, as well as
	// legislative and administrative measures"
	{Cite: cite(convention.ArtFunctions, 3), Field: "Measures", Quote: "information on its programmes, plans and practices, as well as legislative and administrative measures to implement this Convention",
		Test: func(c Checklist) (error, string) { return checkItems(c.Measures) }},
	// "copies of its laws and regulations that give effect to this article"
	{Cite: cite(convention.ArtConfiscation, 5), Field: "ConfiscationLaws", Quote: "copies of its laws and regulations that give effect to this article and of any subsequent changes",
		Test: func(c Checklist) (error, string) { return checkItems(c.ConfiscationLaws) }},
}

// ChecklistRules returns the rules Checklist.Validate applies.
func ChecklistRules() []convention.RuleInfo { return convention.Infos(checklistChecks) }

// Validate reports every defect of the checklist: no party; a report
// undated or out of order; an item without title or date; an authority
// without name, address or date.
func (c Checklist) Validate() error { return convention.RunChecks(c, checklistChecks).Err() }

// InformationFacts are the facts on which the duties to furnish information
// depend. Each may be Unassessed.
type InformationFacts struct {
	// LawsPromulgated: has the State promulgated laws or regulations to
	// give effect to the Convention (Information art., para. 1(b))?
	LawsPromulgated convention.Judgement `json:"laws_promulgated"`
	// CasesRequested: has the Commission requested information on cases
	// (para. 1(c))? Such information is furnished "without prejudice to the
	// need ... to protect sensitive law enforcement information, and the
	// rights of victims and witnesses": what to withhold is the State's
	// call.
	CasesRequested convention.Judgement `json:"cases_requested"`
	// MeasuresRequested: has the Commission required information on
	// programmes, plans, practices and measures (Functions art., para. 3)?
	MeasuresRequested convention.Judgement `json:"measures_requested"`
	// ConfiscationLaws: has the State laws or regulations giving effect to
	// the confiscation article, or changes to them (Confiscation art.,
	// para. 5)?
	ConfiscationLaws convention.Judgement `json:"confiscation_laws"`
}

// ChecklistResult is the assessment of a checklist: the duties to furnish
// information that apply, those not met (Violations), and the facts still
// needed; with the count of missed and late reports.
type ChecklistResult struct {
	convention.Result[Term]
	// MissedReports counts the five-year reports missed by the date
	// assessed, FirstMissed is the due date of the first; LateReports
	// counts reports furnished after their due date.
	MissedReports, LateReports int
	FirstMissed                convention.Date
}

func furnished[T Item | Authority](items []T, asOf convention.Date, date func(T) convention.Date) bool {
	for _, it := range items {
		if !date(it).After(asOf) {
			return true
		}
	}
	return false
}

func itemDate(it Item) convention.Date          { return it.Furnished }
func authorityDate(a Authority) convention.Date { return a.Furnished }

// AssessChecklist checks the information a State has furnished, on asOf,
// against the duties of Information art., para. 1 (a report every five
// years, see Calendar; the texts of laws and regulations; information on
// cases; the names and addresses of authorities), Functions art., para. 3
// and Confiscation art., para. 5.
//
// These duties bind States Parties: for a State that is not a Party on
// asOf the outcome is NotApplicable (a Member State not a Party "is
// encouraged" to provide the information of Functions art., para. 3).
// Otherwise: NotSatisfied when a duty is not met (each listed in
// Violations); Undetermined while a fact on which a duty depends is
// unassessed and the item was not furnished; Satisfied otherwise.
//
// Dates and forms are the Commission's to set (Information art., para. 2);
// the assessment counts what was furnished by asOf. The error is only the
// Problems of the checklist and facts. It allocates nothing.
func AssessChecklist(l convention.Ledger, c Checklist, f InformationFacts, asOf convention.Date) (ChecklistResult, error) {
	ps := convention.RunChecks(c, checklistChecks)
	ps = append(ps, convention.RunChecks(f, factChecks)...)
	if len(ps) > 0 {
		ps.Sort()
		return ChecklistResult{}, ps
	}
	r := assessChecklist(l, c, f, asOf)
	if r.Outcome == convention.Undetermined {
		r.ResolveNeeded(func(t Term, j convention.Judgement) convention.Outcome {
			g := f
			switch t {
			case TermLawsPromulgated:
				g.LawsPromulgated = j
			case TermCasesRequested:
				g.CasesRequested = j
			case TermMeasuresRequested:
				g.MeasuresRequested = j
			case TermConfiscationLaws:
				g.ConfiscationLaws = j
			}
			return assessChecklist(l, c, g, asOf).Outcome
		})
	}
	return r, nil
}

var factChecks = []convention.Check[InformationFacts]{
	{Cite: point(info, 1, 'b'), Field: "LawsPromulgated", Quote: "laws and regulations from time to time promulgated",
		Test: func(f InformationFacts) (error, string) { return valid(f.LawsPromulgated) }},
	{Cite: point(info, 1, 'c'), Field: "CasesRequested", Quote: "such information as it may request",
		Test: func(f InformationFacts) (error, string) { return valid(f.CasesRequested) }},
	{Cite: cite(convention.ArtFunctions, 3), Field: "MeasuresRequested", Quote: "as required by the Commission",
		Test: func(f InformationFacts) (error, string) { return valid(f.MeasuresRequested) }},
	{Cite: cite(convention.ArtConfiscation, 5), Field: "ConfiscationLaws", Quote: "its laws and regulations that give effect to this article",
		Test: func(f InformationFacts) (error, string) { return valid(f.ConfiscationLaws) }},
}

func valid(j convention.Judgement) (error, string) {
	if !j.IsValid() {
		return convention.ErrInvalid, "a judgement is yes, no or unassessed"
	}
	return nil, ""
}

func assessChecklist(l convention.Ledger, c Checklist, f InformationFacts, asOf convention.Date) ChecklistResult {
	out := ChecklistResult{Result: convention.Result[Term]{Cite: cite(info, 1), Date: asOf, DateLabel: "as of"}}
	r := &out.Result
	if !r.TestBool(TermIsParty, l.IsParty(c.Party, asOf)) {
		r.Outcome, r.Cite = convention.NotApplicable, cite(convention.ArtFunctions, 3)
		return out
	}
	r.Duties = r.Duties.With(TermInfoReport).With(TermInfoAuthorities)
	NewCalendar(l).walk(c.Party, c.Reports, asOf, func(rc ReportCycle) bool {
		switch rc.State {
		case ReportMissed:
			if out.MissedReports == 0 {
				out.FirstMissed = rc.Due
			}
			out.MissedReports++
		case ReportLate:
			out.LateReports++
		}
		return true
	})
	if !r.TestBool(TermReportsUpToDate, out.MissedReports == 0) {
		r.Violations = r.Violations.With(TermInfoReport)
	}
	conditional := func(test, duty Term, fact convention.Judgement, has bool) {
		switch r.Test(test, fact) {
		case convention.Yes:
			r.Duties = r.Duties.With(duty)
			if !has {
				r.Violations = r.Violations.With(duty)
			}
		case convention.Unassessed:
			if !has {
				r.Need(test, fact)
			}
		}
	}
	conditional(TermLawsPromulgated, TermInfoLaws, f.LawsPromulgated, furnished(c.Laws, asOf, itemDate))
	conditional(TermCasesRequested, TermInfoCases, f.CasesRequested, furnished(c.Cases, asOf, itemDate))
	if !furnished(c.Authorities, asOf, authorityDate) {
		r.Violations = r.Violations.With(TermInfoAuthorities)
	}
	conditional(TermMeasuresRequested, TermInfoMeasures, f.MeasuresRequested, furnished(c.Measures, asOf, itemDate))
	conditional(TermConfiscationLaws, TermInfoConfiscation, f.ConfiscationLaws, furnished(c.ConfiscationLaws, asOf, itemDate))
	switch {
	case !r.Violations.IsEmpty():
		r.Outcome = convention.NotSatisfied
		r.Needed = convention.Set[Term]{}
	case !r.Needed.IsEmpty():
		r.Outcome = convention.Undetermined
	default:
		r.Outcome = convention.Satisfied
	}
	return out
}

// Explain renders the assessment, with the count of reports missed and
// late, and the encouragement addressed to Member States not Parties.
func (c ChecklistResult) Explain() convention.Explanation {
	e := c.Result.Explain()
	e.Decision = "information to be furnished"
	if c.Outcome == convention.NotApplicable {
		e.Notes = append(e.Notes, "a Member State not a Party is encouraged to provide the information of Functions art., para. 3")
	}
	if c.MissedReports > 0 {
		e.Notes = append(e.Notes, fmt.Sprintf("%d report(s) missed, the first due by %s", c.MissedReports, c.FirstMissed))
	}
	if c.LateReports > 0 {
		e.Notes = append(e.Notes, fmt.Sprintf("%d report(s) furnished after the due date", c.LateReports))
	}
	return e
}

// String renders Explain as text.
func (c ChecklistResult) String() string { return c.Explain().String() }
