package casebook

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

type (
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
)

var mlaQuestions = map[string]question{
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
}
