package casebook

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

type (
	// preservationFacts are the facts of the questions on one preservation
	// request: the request, the requested State's profile, its judgements
	// (and the requesting State's determination under para. 6), a proposed
	// response, and the day preservation would be effected.
	preservationFacts struct {
		Request  preservation.Request  `json:"request"`
		Profile  preservation.Profile  `json:"profile"`
		Facts    preservation.Facts    `json:"facts"`
		Response preservation.Response `json:"response"`
		AsOf     convention.Date       `json:"as_of,omitzero"`
	}
	// obligationFacts are the dated events of one preservation and the day
	// asked about (para. 7).
	obligationFacts struct {
		Events preservation.Events `json:"events"`
		AsOf   convention.Date     `json:"as_of"`
	}
	// minimumFacts is the day preservation is effected (para. 7).
	minimumFacts struct {
		Started convention.Date `json:"started"`
	}
	// contactFacts are a State's 24/7 point of contact as it describes it,
	// the offences of a matter brought to it, and the requested State's
	// judgement under Cooperation art., para. 3.
	contactFacts struct {
		Contact        preservation.Contact           `json:"contact"`
		Offences       convention.Offences            `json:"offences"`
		Discrimination convention.DiscriminationFacts `json:"discrimination"`
	}
)

var citeP7 = convention.Cite(convention.ArtPreservation, 7)

var preservationQuestions = map[string]question{
	"preservation.validate": ask("Whether a preservation request specifies what Preservation art., para. 2 requires, names two different States (para. 1), and, where a profile is given, fits the requested State's profile (its party; the Convention offences it recognises, para. 4): facts request, profile.",
		func(f preservationFacts) Answer {
			_, err := preservation.Prepare(f.Request, f.Profile)
			return valid(err)
		}),
	"preservation.assess": ask("What the requested State must or may do with a preservation request (Preservation art., paras. 1, 3-6; Cooperation art., para. 3), and, if as_of is the day preservation is effected, the last of the ninety days (para. 7): facts request, profile, facts, as_of.",
		func(f preservationFacts) Answer {
			d, err := preservation.Assess(f.Request, f.Profile, f.Facts, f.AsOf)
			return answerOf(d.Explain(), err)
		}),
	"preservation.review": ask("Whether a proposed response (preserve for a period, refuse on grounds, not execute at the requesting State's determination) is lawful (Preservation art., paras. 3-7; Cooperation art., para. 3): facts request, profile, facts, response.",
		func(f preservationFacts) Answer {
			d, err := preservation.Review(f.Request, f.Profile, f.Facts, f.Response)
			return answerOf(d.Explain(), err)
		}),
	"preservation.obligation": ask("Whether preserved data must still be kept on a date, and until when, from the events known on that date: the ninety days, then pending a decision on a request for search, seizure or disclosure (Preservation art., para. 7): facts events, as_of.",
		func(f obligationFacts) Answer {
			s, err := preservation.Obligation(f.Events, f.AsOf)
			return answerOf(s.Explain(), err)
		}),
	"preservation.minimum-end": ask("The last of the ninety days of Preservation art., para. 7 for preservation effected on a day, that day counting as the first: facts started.",
		func(f minimumFacts) Answer {
			end := preservation.MinimumEnd(f.Started)
			switch {
			case f.Started.IsZero():
				return Answer{Problems: convention.Problems{{Field: "started", Path: "started", Cite: citeP7, Err: convention.ErrMissing,
					Detail: "the day preservation is effected"}}}
			case end.IsZero():
				return Answer{Problems: convention.Problems{{Field: "started", Path: "started", Cite: citeP7, Err: convention.ErrInvalid,
					Detail: "the ninety days would end after 9999-12-31, beyond the dates the library handles"}}}
			}
			return dateAnswer(end, "the last of the ninety days", citeP7)
		}),
	"network.designation": ask("Whether a State's 24/7 point of contact, as it describes it, meets the 24/7 network art., paras. 1-5: facts contact.",
		func(f contactFacts) Answer {
			d, err := preservation.CheckContact(f.Contact)
			return answerOf(d.Explain(), err)
		}),
	"network.assistance": ask("What the 24/7 point of contact must do for a matter: whether the matter is within the 24/7 network art., para. 1, and which measures of para. 2 it facilitates or carries out (with Cooperation art., para. 3): facts contact, offences, discrimination.",
		func(f contactFacts) Answer {
			a, err := preservation.ContactAssistance(f.Contact, f.Offences, f.Discrimination)
			return answerOf(a.Explain(), err)
		}),
}
