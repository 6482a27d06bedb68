package casebook

import (
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/mla"
)

type (
	// mlaFacts are a request for mutual legal assistance, the requested
	// State's profile, its judgements and a proposed response.
	mlaFacts struct {
		Request  mla.Request  `json:"request"`
		Profile  mla.Profile  `json:"profile"`
		Facts    mla.Facts    `json:"facts"`
		Response mla.Response `json:"response"`
	}
	// mlaCaseFacts are a request, the requested State's profile and its
	// judgements.
	mlaCaseFacts struct {
		Request mla.Request `json:"request"`
		Profile mla.Profile `json:"profile"`
		Facts   mla.Facts   `json:"facts"`
	}
	// mlaPrepareFacts are a request and the requested State's profile.
	mlaPrepareFacts struct {
		Request mla.Request `json:"request"`
		Profile mla.Profile `json:"profile"`
	}
	// mlaRequestFacts are a request alone.
	mlaRequestFacts struct {
		Request mla.Request `json:"request"`
	}
	// mlaProfileFacts are the requested State's profile alone.
	mlaProfileFacts struct {
		Profile mla.Profile `json:"profile"`
	}
	// mlaExecutionFacts are the regime, a request and the State's
	// judgements (para. 18).
	mlaExecutionFacts struct {
		Regime  mla.Regime  `json:"regime"`
		Request mla.Request `json:"request"`
		Facts   mla.Facts   `json:"facts"`
	}
	// mlaCostsFacts are the regime and the State's judgements (para. 29).
	mlaCostsFacts struct {
		Regime mla.Regime `json:"regime"`
		Facts  mla.Facts  `json:"facts"`
	}
	// mlaRecordsFacts are the regime and whether the records are public
	// (para. 30).
	mlaRecordsFacts struct {
		Regime mla.Regime           `json:"regime"`
		Public convention.Judgement `json:"public"`
	}
	// mlaHearingFacts are the regime and a proposed video hearing (para. 19).
	mlaHearingFacts struct {
		Regime  mla.Regime  `json:"regime"`
		Hearing mla.Hearing `json:"hearing"`
	}
	// mlaTransferFacts are the regime and a proposed transfer (paras.
	// 11-12).
	mlaTransferFacts struct {
		Regime   mla.Regime   `json:"regime"`
		Transfer mla.Transfer `json:"transfer"`
	}
	// creditFacts are a custody in the receiving State and a date (para.
	// 12(d)).
	creditFacts struct {
		Custody convention.Period `json:"custody"`
		AsOf    convention.Date   `json:"as_of"`
	}
	safeConductFacts struct {
		Regime mla.Regime      `json:"regime"`
		Stay   mla.Stay        `json:"stay"`
		On     convention.Date `json:"on"`
	}
	// spontaneousFacts are information transmitted without request and a
	// use of it (paras. 5, 6).
	spontaneousFacts struct {
		Spontaneous mla.Spontaneous `json:"spontaneous"`
		Use         mla.Use         `json:"use"`
	}
	// evidenceUseFacts are the regime and a use of evidence furnished
	// (para. 20).
	evidenceUseFacts struct {
		Regime mla.Regime `json:"regime"`
		Use    mla.Use    `json:"use"`
	}
	jointFacts struct {
		Joint mla.Joint `json:"joint"`
	}
)

var mlaQuestions = map[string]question{
	"mla.validate": ask("Validate a request for mutual legal assistance (MLA art., paras. 1-3, 14-16, 21, 25, 30, 32): every problem, those that make it non-conforming (para. 22(a)) and those the library cannot decide on: facts request.",
		func(f mlaRequestFacts) Answer { return valid(f.Request.Validate()) }),
	"mla.prepare": ask("Read a request as the requested State received it, with its profile (mla.Prepare): only the problems that keep the library from deciding (a request lacking what para. 16 requires is decided, not rejected; an offence the profile's catalogue does not recognise is rejected, para. 1): facts request, profile.",
		func(f mlaPrepareFacts) Answer {
			_, err := mla.Prepare(f.Request, f.Profile)
			return valid(err)
		}),
	"mla.assess": ask("Assess a request for mutual legal assistance: the regime (para. 9), the scope (paras. 1, 2, 4), the grounds available and barred, the duties: facts request, profile, facts.",
		func(f mlaCaseFacts) Answer {
			d, err := mla.Assess(f.Request, f.Profile, f.Facts)
			return answerOf(d.Explain(), err)
		}),
	"mla.review": ask("Review a proposed response (execute, execute on conditions, postpone, refuse on grounds, in whole or in part) to a request for mutual legal assistance: facts request, profile, facts, response.",
		func(f mlaFacts) Answer {
			d, err := mla.Review(f.Request, f.Profile, f.Facts, f.Response)
			return answerOf(d.Explain(), err)
		}),
	"mla.scope": ask("Whether the article reaches a request, offence by offence (MLA art., paras. 1, 2, 4, after the legal basis of paras. 7, 9): facts request.",
		func(f mlaRequestFacts) Answer {
			d, err := mla.Scope(f.Request)
			return answerOf(d.Explain(), err)
		}),
	"mla.form": ask("Whether a request's channel, form and language conform to MLA art., paras. 14-15: facts request, profile, facts.",
		func(f mlaCaseFacts) Answer {
			d, err := mla.CheckForm(f.Request, f.Profile, f.Facts)
			return answerOf(d.Explain(), err)
		}),
	"mla.regime": ask("Which regime governs, the article's paragraphs 10 to 30 or an MLA treaty (MLA art., para. 9): facts profile.",
		func(f mlaProfileFacts) Answer { return answerOf(mla.DecideRegime(f.Profile).Explain(), nil) }),
	"mla.execution": ask("How a request is executed: under domestic law, and by the procedure it specifies where lawful and possible (MLA art., para. 18): facts regime, request, facts.",
		func(f mlaExecutionFacts) Answer {
			d, err := mla.Execution(f.Regime, f.Request, f.Facts)
			return answerOf(d.Explain(), err)
		}),
	"mla.costs": ask("Who bears the costs of executing a request (MLA art., para. 29): facts regime, facts.",
		func(f mlaCostsFacts) Answer { return answerOf(mla.Costs(f.Regime, f.Facts).Explain(), nil) }),
	"mla.government-records": ask("Whether copies of a government record shall or may be provided (MLA art., para. 30): facts regime, public.",
		func(f mlaRecordsFacts) Answer {
			return answerOf(mla.GovernmentRecords(f.Regime, f.Public).Explain(), nil)
		}),
	"mla.video-hearing": ask("Whether a witness or expert may be heard by video conference, and who conducts the hearing (MLA art., para. 19): facts regime, hearing.",
		func(f mlaHearingFacts) Answer { return answerOf(mla.VideoHearing(f.Regime, f.Hearing).Explain(), nil) }),
	"mla.transfer": ask("Whether a detained person may be transferred to give evidence, and the receiving State's duties (MLA art., paras. 11-13): facts regime, transfer.",
		func(f mlaTransferFacts) Answer {
			return answerOf(mla.DecideTransfer(f.Regime, f.Transfer).Explain(), nil)
		}),
	"mla.credit-days": ask("The days of credit against the sentence for a transferred person's custody in the receiving State, both ends counted, for time spent by as_of (MLA art., para. 12(d)): facts custody {start, end}, as_of (a custody ending later, or not yet ended, counts through as_of); value credit_days.",
		func(f creditFacts) Answer {
			e := convention.Explanation{Version: convention.ExplanationVersion, TextVersion: convention.TextVersion,
				Decision: "credit for time served", Outcome: convention.Obliged, Cite: convention.CitePoint(convention.ArtMLA, 12, 'd'), Steps: []convention.Step{}}
			e.AddValue("credit_days", e.Cite, strconv.Itoa(mla.CreditDays(f.Custody, f.AsOf)))
			return Answer{Explanation: &e}
		}),
	"mla.safe-conduct": ask("A person's protection in the requesting State on a date (MLA art., paras. 13, 28): facts regime, stay, on; the date is the first day without protection, values period_days and until.",
		func(f safeConductFacts) Answer {
			s, err := mla.SafeConduct(f.Regime, f.Stay, f.On)
			return answerOf(s.Explain(), err)
		}),
	"mla.spontaneous-transmission": ask("Whether information may be transmitted without prior request (MLA art., para. 5): facts spontaneous.",
		func(f spontaneousFacts) Answer {
			return answerOf(mla.SpontaneousTransmission(f.Spontaneous).Explain(), nil)
		}),
	"mla.spontaneous-use": ask("Whether a proposed use of information transmitted without request respects para. 6 (confidentiality, restrictions, exculpatory disclosure): facts spontaneous, use.",
		func(f spontaneousFacts) Answer {
			return answerOf(mla.SpontaneousUse(f.Spontaneous, f.Use).Explain(), nil)
		}),
	"mla.spontaneous-use-review": ask("Whether a use already made of information transmitted without request was lawful (MLA art., para. 6): facts spontaneous, use.",
		func(f spontaneousFacts) Answer {
			return answerOf(mla.ReviewSpontaneousUse(f.Spontaneous, f.Use).Explain(), nil)
		}),
	"mla.evidence-use": ask("Whether a proposed use of information or evidence furnished respects para. 20 (other proceedings, exculpatory disclosure): facts regime, use.",
		func(f evidenceUseFacts) Answer { return answerOf(mla.EvidenceUse(f.Regime, f.Use).Explain(), nil) }),
	"mla.evidence-use-review": ask("Whether a use already made of information or evidence furnished was lawful (MLA art., para. 20): facts regime, use.",
		func(f evidenceUseFacts) Answer {
			return answerOf(mla.ReviewEvidenceUse(f.Regime, f.Use).Explain(), nil)
		}),
	"joint.investigation": ask("Whether a joint investigation has a basis and respects the territorial State's sovereignty (Joint investigations art.): facts joint.",
		func(f jointFacts) Answer { return answerOf(mla.JointInvestigation(f.Joint).Explain(), nil) }),
}
