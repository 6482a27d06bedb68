package casebook

import (
	"github.com/treatyrules/cybercrime/extradition"
)

type (
	extraditionFacts struct {
		Request  extradition.Request  `json:"request"`
		Profile  extradition.Profile  `json:"profile"`
		Facts    extradition.Facts    `json:"facts"`
		Response extradition.Response `json:"response"`
	}
)

var extraditionQuestions = map[string]question{
	"extradition.validate": ask("Validate an extradition request, the requested State's profile and judgements: facts request, profile, facts.",
		func(f extraditionFacts) Answer {
			_, err := extradition.Assess(f.Request, f.Profile, f.Facts)
			return valid(err)
		}),
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
}
