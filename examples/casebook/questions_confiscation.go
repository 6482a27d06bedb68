package casebook

import (
	"github.com/treatyrules/cybercrime/confiscation"
	"github.com/treatyrules/cybercrime/convention"
)

type (
	confiscationFacts struct {
		Request  confiscation.Request  `json:"request"`
		Profile  confiscation.Profile  `json:"profile"`
		Facts    confiscation.Facts    `json:"facts"`
		Response confiscation.Response `json:"response"`
	}
	deMinimisFacts struct {
		Threshold confiscation.Threshold  `json:"threshold"`
		Property  []confiscation.Property `json:"property"`
		Judged    convention.Judgement    `json:"judged"`
	}
)

var confiscationQuestions = map[string]question{
	"confiscation.validate": ask("Validate a request for cooperation in confiscation (Confiscation art., para. 3; MLA art., paras. 14-16, mutatis mutandis): "+
		"every problem, those the decisions decide as a lack of conformity included: facts request.",
		func(f confiscationFacts) Answer { return valid(f.Request.Validate()) }),
	"confiscation.prepare": ask("Whether the library can decide a request for cooperation in confiscation with the requested State's profile "+
		"(the catalogue of offences it recognises, its de minimis threshold): the problems that keep it from deciding; facts request, profile.",
		func(f confiscationFacts) Answer {
			_, err := confiscation.Prepare(f.Request, f.Profile)
			return valid(err)
		}),
	"confiscation.assess": ask("Assess a request for cooperation in confiscation (Recovery art.; Confiscation art.; MLA art. mutatis mutandis): "+
		"facts request, profile, facts.",
		func(f confiscationFacts) Answer {
			d, err := confiscation.Assess(f.Request, f.Profile, f.Facts)
			return answerOf(d.Explain(), err)
		}),
	"confiscation.review": ask("Review a proposed response to a request for cooperation in confiscation (a route, freezing, refusal in whole or in part, "+
		"lifting a provisional measure): facts request, profile, facts, response.",
		func(f confiscationFacts) Answer {
			d, err := confiscation.Review(f.Request, f.Profile, f.Facts, f.Response)
			return answerOf(d.Explain(), err)
		}),
	"confiscation.de-minimis": ask("Whether property is of a de minimis value by the requested State's threshold (Confiscation art., para. 7), "+
		"its own judgement prevailing once made: facts threshold, property, judged.",
		func(f deMinimisFacts) Answer {
			v, err := f.Threshold.Compare(f.Property)
			if err != nil {
				return valid(err)
			}
			v.Judged = f.Judged
			return answerOf(v.Explain(), nil)
		}),
}
