package casebook

import (
	"github.com/treatyrules/cybercrime/convention"
)

type (
	dateFacts struct {
		Date convention.Date `json:"date"`
		N    int             `json:"n"`
	}
	dualFacts struct {
		Conduct    string                      `json:"conduct"`
		Requesting convention.Characterisation `json:"requesting"`
		Requested  convention.Characterisation `json:"requested"`
		Waiver     convention.Citation         `json:"waiver,omitzero"`
	}
)

var conventionQuestions = map[string]question{
	"dates.nth-day-after": ask("The Nth day after a date (\"the ninetieth day after\"): facts date, n.",
		func(f dateFacts) Answer {
			return dateAnswer(convention.NthDayAfter(f.Date, f.N), "the nth day after", convention.Citation{})
		}),
	"dates.months-after": ask("N months after a date, clamped to the month's end: facts date, n.",
		func(f dateFacts) Answer {
			return dateAnswer(convention.MonthsAfter(f.Date, f.N), "months after", convention.Citation{})
		}),
	"dates.years-after": ask("N years after a date: facts date, n.",
		func(f dateFacts) Answer {
			return dateAnswer(convention.YearsAfter(f.Date, f.N), "years after", convention.Citation{})
		}),
	"cooperation.dual-criminality": ask("Dual criminality on the underlying conduct (Cooperation art., para. 2): facts conduct, requesting, requested (each {criminal, name, category}), waiver.",
		func(f dualFacts) Answer {
			return Answer{Explanation: ptr(convention.EvaluateDualCriminality(f.Conduct, f.Requesting, f.Requested, f.Waiver).Explain())}
		}),
	"cooperation.non-discrimination": ask("The non-discrimination clause (Cooperation art., para. 3): facts belief, grounds.",
		func(f convention.DiscriminationFacts) Answer {
			e := convention.EvaluateNonDiscrimination(f).Explain()
			if n := f.Note(); n != "" {
				e.Notes = append(e.Notes, n)
			}
			return Answer{Explanation: &e}
		}),
}
