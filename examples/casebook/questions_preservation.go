package casebook

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

type (
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
)

var preservationQuestions = map[string]question{
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
}
