package casebook

import (
	"encoding/json"
	"sort"

	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/extradition"
	"github.com/treatyrules/cybercrime/internal/strictjson"
	"github.com/treatyrules/cybercrime/mla"
	"github.com/treatyrules/cybercrime/preservation"
)

// question is one kind of question a case may ask: the facts it reads and
// how the library answers it.
type question struct {
	doc   string
	check func(facts json.RawMessage) error
	run   func(c Case) Answer
}

// ask declares a question whose facts decode into F.
func ask[F any](doc string, decide func(f F) Answer) question {
	return question{
		doc: doc,
		check: func(raw json.RawMessage) error {
			var f F
			return strictjson.Decode(raw, &f, "facts")
		},
		run: func(c Case) Answer {
			var f F
			if err := json.Unmarshal(c.Facts, &f); err != nil {
				return Answer{Problems: problemsOf(err)}
			}
			return decide(f)
		},
	}
}

// Questions returns the names of the questions a case may ask, sorted.
func Questions() []string {
	out := make([]string, 0, len(questions))
	for n := range questions {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// QuestionDoc returns what a question asks and the facts it reads.
func QuestionDoc(name string) (string, bool) {
	q, ok := questions[name]
	return q.doc, ok
}

// valid answers a validation question: no explanation, the problems found.
func valid(err error) Answer { return Answer{Problems: problemsOf(err)} }

// Facts of the questions, one struct each.
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
	mlaFacts struct {
		Request  mla.Request  `json:"request"`
		Profile  mla.Profile  `json:"profile"`
		Facts    mla.Facts    `json:"facts"`
		Response mla.Response `json:"response"`
	}
	safeConductFacts struct {
		Regime mla.Regime      `json:"regime"`
		Stay   mla.Stay        `json:"stay"`
		On     convention.Date `json:"on"`
	}
	preservationFacts struct {
		Request  preservation.Request  `json:"request"`
		Profile  preservation.Profile  `json:"profile"`
		Facts    preservation.Facts    `json:"facts"`
		Response preservation.Response `json:"response"`
		AsOf     convention.Date       `json:"as_of,omitzero"`
	}
	obligationFacts struct {
		Events preservation.Events `json:"events"`
		AsOf   convention.Date     `json:"as_of"`
	}
	extraditionFacts struct {
		Request  extradition.Request  `json:"request"`
		Profile  extradition.Profile  `json:"profile"`
		Facts    extradition.Facts    `json:"facts"`
		Response extradition.Response `json:"response"`
	}
	confiscationFacts struct {
		Request  confiscation.Request  `json:"request"`
		Profile  confiscation.Profile  `json:"profile"`
		Facts    confiscation.Facts    `json:"facts"`
		Response confiscation.Response `json:"response"`
	}
)

func dateAnswer(d convention.Date, label string, cite convention.Citation) Answer {
	return Answer{Explanation: &convention.Explanation{Version: convention.ExplanationVersion, TextVersion: convention.TextVersion,
		Decision: label, Cite: cite, Date: d, DateLabel: label, Steps: []convention.Step{}}}
}

var questions = map[string]question{
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

	"mla.validate": ask("Validate a request for mutual legal assistance (MLA art., paras. 14-16): facts request.",
		func(f mlaFacts) Answer { return valid(f.Request.Validate()) }),
	"mla.assess": ask("Assess a request for mutual legal assistance: facts request, profile, facts.",
		func(f mlaFacts) Answer {
			d, err := mla.Assess(f.Request, f.Profile, f.Facts)
			return answerOf(d.Explain(), err)
		}),
	"mla.review": ask("Review a proposed response to a request for mutual legal assistance: facts request, profile, facts, response.",
		func(f mlaFacts) Answer {
			d, err := mla.Review(f.Request, f.Profile, f.Facts, f.Response)
			return answerOf(d.Explain(), err)
		}),
	"mla.safe-conduct": ask("The protection of a person in the requesting State on a date (MLA art., paras. 13, 28): facts regime, stay, on.",
		func(f safeConductFacts) Answer {
			s, err := mla.SafeConduct(f.Regime, f.Stay, f.On)
			return answerOf(s.Explain(), err)
		}),

	"preservation.validate": ask("Validate a preservation request (Preservation art., para. 2): facts request.",
		func(f preservationFacts) Answer { return valid(f.Request.Validate()) }),
	"preservation.assess": ask("Assess a preservation request: facts request, profile, facts, as_of.",
		func(f preservationFacts) Answer {
			d, err := preservation.Assess(f.Request, f.Profile, f.Facts, f.AsOf)
			return answerOf(d.Explain(), err)
		}),
	"preservation.review": ask("Review a proposed response to a preservation request: facts request, profile, facts, response.",
		func(f preservationFacts) Answer {
			d, err := preservation.Review(f.Request, f.Profile, f.Facts, f.Response)
			return answerOf(d.Explain(), err)
		}),
	"preservation.obligation": ask("Whether preserved data must still be kept on a date, and until when (Preservation art., para. 7): facts events, as_of.",
		func(f obligationFacts) Answer {
			s, err := preservation.Obligation(f.Events, f.AsOf)
			return answerOf(s.Explain(), err)
		}),

	"extradition.validate": ask("Validate an extradition request: facts request, profile, facts.",
		func(f extraditionFacts) Answer { return valid(f.Request.Validate()) }),
	"extradition.assess": ask("Assess an extradition request: facts request, profile, facts.",
		func(f extraditionFacts) Answer {
			d, err := extradition.Assess(f.Request, f.Profile, f.Facts)
			return answerOf(d.Explain(), err)
		}),
	"extradition.review": ask("Review a proposed response to an extradition request: facts request, profile, facts, response.",
		func(f extraditionFacts) Answer {
			d, err := extradition.Review(f.Request, f.Profile, f.Facts, f.Response)
			return answerOf(d.Explain(), err)
		}),

	"confiscation.validate": ask("Validate a request for cooperation in confiscation: facts request.",
		func(f confiscationFacts) Answer { return valid(f.Request.Validate()) }),
	"confiscation.assess": ask("Assess a request for cooperation in confiscation: facts request, profile, facts.",
		func(f confiscationFacts) Answer {
			d, err := confiscation.Assess(f.Request, f.Profile, f.Facts)
			return answerOf(d.Explain(), err)
		}),
	"confiscation.review": ask("Review a proposed response to a request for cooperation in confiscation: facts request, profile, facts, response.",
		func(f confiscationFacts) Answer {
			d, err := confiscation.Review(f.Request, f.Profile, f.Facts, f.Response)
			return answerOf(d.Explain(), err)
		}),
}

func ptr[T any](v T) *T { return &v }
