package casebook

import (
	"github.com/treatyrules/cybercrime/confiscation"
)

type (
	confiscationFacts struct {
		Request  confiscation.Request  `json:"request"`
		Profile  confiscation.Profile  `json:"profile"`
		Facts    confiscation.Facts    `json:"facts"`
		Response confiscation.Response `json:"response"`
	}
)

var confiscationQuestions = map[string]question{
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
