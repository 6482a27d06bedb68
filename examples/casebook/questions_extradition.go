package casebook

import (
	"github.com/treatyrules/cybercrime/extradition"
)

type (
	// extraditionFacts are the facts of every extradition question; each
	// question reads the parts its doc names.
	extraditionFacts struct {
		Request  extradition.Request  `json:"request"`
		Profile  extradition.Profile  `json:"profile"`
		Facts    extradition.Facts    `json:"facts"`
		Response extradition.Response `json:"response"`
	}
)

var extraditionQuestions = map[string]question{
	// Validation goes through Prepare (the request, the profile, and the
	// request against the profile's catalogue of Convention offences), then
	// the judgements and, when one is given, the proposed response: every
	// problem at once.
	"extradition.validate": ask("Validate an extradition request against the requested State's profile (its catalogue of Convention offences), with the State's judgements and, if given, a proposed response (Extradition art., paras. 1-15; Cooperation art., paras. 2-3): facts request, profile, facts, response (optional).",
		func(f extraditionFacts) Answer {
			if f.Response.Action == extradition.ActionUnknown {
				_, err := extradition.Assess(f.Request, f.Profile, f.Facts)
				return valid(err)
			}
			_, err := extradition.Review(f.Request, f.Profile, f.Facts, f.Response)
			return valid(err)
		}),
	"extradition.assess": ask("Assess an extradition request: whether the article applies, on what legal basis, the grounds of refusal available and barred, the duties, and whether the requested State must extradite (Extradition art., paras. 1-15; Cooperation art., paras. 2-3): facts request, profile, facts.",
		func(f extraditionFacts) Answer {
			pr, err := extradition.Prepare(f.Request, f.Profile)
			if err != nil {
				// Every problem at once: the judgements' too.
				_, err = extradition.Assess(f.Request, f.Profile, f.Facts)
				return valid(err)
			}
			d, err := pr.Assess(f.Facts)
			return answerOf(d.Explain(), err)
		}),
	"extradition.review": ask("Review a proposed response to an extradition request (extradite, extradite-conditionally, refuse, refuse-and-submit, with the grounds relied on): is it lawful under the article (Extradition art., paras. 7, 10-12, 14, 15)? Facts request, profile, facts, response.",
		func(f extraditionFacts) Answer {
			pr, err := extradition.Prepare(f.Request, f.Profile)
			if err != nil {
				_, err = extradition.Review(f.Request, f.Profile, f.Facts, f.Response)
				return valid(err)
			}
			d, err := pr.Review(f.Facts, f.Response)
			return answerOf(d.Explain(), err)
		}),
	"extradition.scope": ask("Whether the article applies to a request, offence by offence, and whether the requested State may apply it to separate serious crimes it does not cover (Extradition art., paras. 1-2; Cooperation art., para. 2): facts request, facts (accessory, the State's choice under para. 2).",
		func(f extraditionFacts) Answer {
			s, err := extradition.DecideScope(f.Request, f.Facts)
			return answerOf(s.Explain(), err)
		}),
	"extradition.basis": ask("The legal basis on which the requested State extradites: a treaty, the Convention, its domestic law, or none (Extradition art., paras. 3-6): facts profile, facts (convention_basis, the State's choice under para. 4).",
		func(f extraditionFacts) Answer {
			b, err := extradition.DecideBasis(f.Profile, f.Facts)
			return answerOf(b.Explain(), err)
		}),
	"extradition.provisional": ask("Whether the requested State may take the person sought into custody or take other measures to ensure presence (Extradition art., para. 9): facts request (provisional, person), facts (warranted, urgent, provisional_law).",
		func(f extraditionFacts) Answer {
			p, err := extradition.DecideProvisional(f.Request, f.Facts)
			return answerOf(p.Explain(), err)
		}),
}
