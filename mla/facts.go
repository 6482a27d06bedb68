package mla

import (
	"strconv"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/rules"
)

// judged builds the rule that a judgement of Facts is a declared value
// (yes, no or unassessed), cited to the paragraph that leaves it to the
// requested State.
func judged[T any](c convention.Citation, field, quote string, get func(T) judgement) check[T] {
	return check[T]{Cite: c, Field: field, Quote: quote,
		Test: func(v T) (string, error) { return validJudgement(get(v)) }}
}

// factChecks are the rules on Facts: each judgement a declared value, and
// no more per-offence judgements than a request may name offences. JSON
// decoding rejects an unknown word; an undeclared value arises only from
// Go code.
var factChecks = []check[Facts]{
	// Cooperation art., para. 3: "if the requested State Party has
	// substantial grounds for believing".
	judged(citeCoop3, "Discrimination.Belief", "if the requested State Party has substantial grounds for believing",
		func(f Facts) judgement { return f.Discrimination.Belief }),
	// Cooperation art., para. 3: "sex, race, religion, nationality, ethnic
	// origin or political opinions".
	{Cite: citeCoop3, Field: "Discrimination.Grounds", Quote: "sex, race, religion, nationality, ethnic origin or political opinions",
		Test: func(f Facts) (string, error) {
			if !f.Discrimination.Grounds.IsValid() {
				return "not a listed ground: " + f.Discrimination.Grounds.String(), errInvalid
			}
			return "", nil
		}},
	// Para. 1: "in relation to the offences established under this
	// Convention": the judgements per offence are on the request's
	// offences, of which there are at most MaxOffences.
	{Cite: mla(1), Field: "Offences", Quote: "in relation to the offences established under this Convention",
		Test: func(f Facts) (string, error) {
			if len(f.Offences) > MaxOffences {
				return "judgements on at most " + strconv.Itoa(MaxOffences) + " offences, not " + strconv.Itoa(len(f.Offences)), errInvalid
			}
			return "", nil
		}},
	// Para. 3(f): "to the extent permitted under the States Parties'
	// applicable treaties and domestic laws".
	judged(mlaPoint(3, 'f'), "ContentDataPermitted", "to the extent permitted under the States Parties' applicable treaties and domestic laws",
		func(f Facts) judgement { return f.ContentDataPermitted }),
	// Para. 3(m): "that is not contrary to the domestic law of the requested
	// State Party".
	judged(mlaPoint(3, 'm'), "OtherAssistanceLawful", "Any other types of assistance that is not contrary to the domestic law of the requested State Party",
		func(f Facts) judgement { return f.OtherAssistanceLawful }),
	// Para. 8: "on the ground of bank secrecy".
	judged(mla(8), "BankSecrecy", "shall not decline to render mutual legal assistance ... on the ground of bank secrecy",
		func(f Facts) judgement { return f.BankSecrecy }),
	// Para. 10: "matters of a de minimis nature or matters for which the
	// cooperation or assistance sought is available under other provisions
	// of this Convention".
	judged(mla(10), "DeMinimis", "when requests involve matters of a de minimis nature",
		func(f Facts) judgement { return f.DeMinimis }),
	judged(mla(10), "OtherProvisions", "matters for which the cooperation or assistance sought is available under other provisions of this Convention",
		func(f Facts) judgement { return f.OtherProvisions }),
	// Para. 15: "under conditions allowing that State Party to establish
	// authenticity".
	judged(mla(15), "Authenticity", "under conditions allowing that State Party to establish authenticity",
		func(f Facts) judgement { return f.Authenticity }),
	// Para. 17: "when it appears necessary ... or when it can facilitate
	// such execution".
	judged(mla(17), "MoreInformation", "when it appears necessary for the execution of the request ... or when it can facilitate such execution",
		func(f Facts) judgement { return f.MoreInformation }),
	// Para. 18: "to the extent not contrary to the domestic law of the
	// requested State Party and where possible".
	judged(mla(18), "ProcedureLawful", "to the extent not contrary to the domestic law of the requested State Party",
		func(f Facts) judgement { return f.ProcedureLawful }),
	judged(mla(18), "ProcedurePossible", "and where possible, in accordance with the procedures specified in the request",
		func(f Facts) judgement { return f.ProcedurePossible }),
	// Para. 21: "If the requested State Party cannot comply with the
	// requirement of confidentiality".
	judged(mla(21), "CanKeepConfidential", "If the requested State Party cannot comply with the requirement of confidentiality",
		func(f Facts) judgement { return f.CanKeepConfidential }),
	// Para. 22(b)-(e).
	judged(mlaPoint(22, 'b'), "EssentialInterests", "considers that execution of the request is likely to prejudice its sovereignty, security, ordre public or other essential interests",
		func(f Facts) judgement { return f.EssentialInterests }),
	judged(mlaPoint(22, 'c'), "DomesticProhibition", "would be prohibited by its domestic law from carrying out the action requested with regard to any similar offence",
		func(f Facts) judgement { return f.DomesticProhibition }),
	judged(mlaPoint(22, 'd'), "Disproportionate", "If the request is disproportionate to the offense under investigation or prosecution",
		func(f Facts) judgement { return f.Disproportionate }),
	judged(mlaPoint(22, 'e'), "ContraryToLegalSystem", "contrary to the legal system of the requested State Party relating to mutual legal assistance",
		func(f Facts) judgement { return f.ContraryToLegalSystem }),
	// Para. 23: "the offence is also considered to involve fiscal matters".
	judged(mla(23), "Fiscal", "the offence is also considered to involve fiscal matters",
		func(f Facts) judgement { return f.Fiscal }),
	// Para. 26: "on the ground that it interferes with an ongoing
	// investigation, prosecution or other proceeding".
	judged(mla(26), "InterferesOngoing", "on the ground that it interferes with an ongoing investigation, prosecution or other proceeding",
		func(f Facts) judgement { return f.InterferesOngoing }),
	// Para. 29: "unless otherwise agreed by the States Parties concerned";
	// "expenses of a substantial or extraordinary nature".
	judged(mla(29), "CostsAgreedOtherwise", "unless otherwise agreed by the States Parties concerned",
		func(f Facts) judgement { return f.CostsAgreedOtherwise }),
	judged(mla(29), "SubstantialCosts", "If expenses of a substantial or extraordinary nature are or will be required",
		func(f Facts) judgement { return f.SubstantialCosts }),
	// Para. 30(a): "that under its domestic law are available to the
	// general public".
	judged(mlaPoint(30, 'a'), "RecordsPublic", "that under its domestic law are available to the general public",
		func(f Facts) judgement { return f.RecordsPublic }),
}

// offenceFactChecks are the rules on the judgements on one offence.
var offenceFactChecks = []check[OffenceFacts]{
	// Para. 3(e): "with respect to criminal offenses for which real-time
	// collection of traffic data would be available in a similar domestic
	// case of the requested State Party".
	judged(mlaPoint(3, 'e'), "TrafficDataAvailable", "criminal offenses for which real-time collection of traffic data would be available in a similar domestic case",
		func(o OffenceFacts) judgement { return o.TrafficDataAvailable }),
	// Para. 10: "on the ground of absence of dual criminality", on "the
	// conduct underlying the offence" (Cooperation art., para. 2).
	judged(mla(10), "Requested.Criminal", "on the ground of absence of dual criminality",
		func(o OffenceFacts) judgement { return o.Requested.Criminal }),
}

// requestFactChecks relate the judgements to the request they are on.
var requestFactChecks = []check[factsOn]{
	// Para. 1: the judgements per offence are on "the offences" of the
	// request, at the same index.
	{Cite: mla(1), Field: "Offences", Quote: "in relation to the offences established under this Convention",
		Test: func(v factsOn) (string, error) {
			// More than MaxOffences is already invalid on its own.
			if n := len(v.f.Offences); n > v.offences && n <= MaxOffences {
				return "judgements on " + strconv.Itoa(len(v.f.Offences)) + " offences; the request names " + strconv.Itoa(v.offences), errInconsistent
			}
			return "", nil
		}},
}

// factsOn is a set of judgements with the number of offences of the
// request they are on.
type factsOn struct {
	f        *Facts
	offences int
}

// FactRules returns the validation rules of Facts, in table order (read-only
// copies): those on each offence name their field "Offences[].Field", and
// the last relates the judgements to the request (checked by the decisions
// and Prepared, which know the request).
func FactRules() []convention.RuleInfo {
	out := rules.Infos(factChecks)
	for _, r := range rules.Infos(offenceFactChecks) {
		r.Field = "Offences[]." + r.Field
		out = append(out, r)
	}
	return append(out, rules.Infos(requestFactChecks)...)
}

// Validate reports every judgement of f that is not a declared value (yes,
// no or unassessed), each cited to the paragraph that leaves it to the
// requested State (Cooperation art., para. 3; MLA art., paras. 3(e), (f),
// (m), 8, 10, 15, 17, 18, 21, 22(b)-(e), 23, 26, 29, 30(a)), a named
// ground of Cooperation art., para. 3 that is not one of the six, and
// judgements on more than MaxOffences offences (para. 1), as
// convention.Problems sorted by citation, each with its JSON path; nil
// when there is none. An unassessed judgement is valid. Only the first
// MaxOffences offences' judgements are read, so that a hostile list costs
// one problem, not one per entry. Whether f's offences are the request's
// is checked by the decisions (Assess, Review, Prepared), which know the
// request. It never panics.
func (f Facts) Validate() error {
	if f.inRange() {
		return nil
	}
	return f.problems(MaxOffences).WithJSONPaths(Facts{}).Err()
}

// inRange reports whether f passes factChecks and offenceFactChecks: the
// fast path, which allocates nothing.
func (f *Facts) inRange() bool {
	if len(f.Offences) > MaxOffences || !f.Discrimination.Grounds.IsValid() {
		return false
	}
	if max(f.Discrimination.Belief, f.ContentDataPermitted, f.OtherAssistanceLawful, f.BankSecrecy, f.DeMinimis,
		f.OtherProvisions, f.Authenticity, f.MoreInformation, f.ProcedureLawful, f.ProcedurePossible,
		f.CanKeepConfidential, f.EssentialInterests, f.DomesticProhibition, f.Disproportionate,
		f.ContraryToLegalSystem, f.Fiscal, f.InterferesOngoing, f.CostsAgreedOtherwise, f.SubstantialCosts,
		f.RecordsPublic) > convention.No {
		return false
	}
	for i := range f.Offences {
		if max(f.Offences[i].TrafficDataAvailable, f.Offences[i].Requested.Criminal) > convention.No {
			return false
		}
	}
	return true
}

// problems returns every problem of f, sorted, f being the judgements on a
// request naming the given number of offences (MaxOffences when no
// request is known: the rule relating them is then vacuous).
func (f Facts) problems(offences int) convention.Problems {
	ps := rules.Run(f, factChecks)
	for i := range f.Offences[:min(len(f.Offences), MaxOffences)] {
		ps = append(ps, rules.Run(f.Offences[i], offenceFactChecks).Prefixed("Offences["+strconv.Itoa(i)+"].")...)
	}
	ps = append(ps, rules.Run(factsOn{&f, offences}, requestFactChecks)...)
	ps.Sort()
	return ps
}

// factsFit reports, without allocating, whether f passes every rule of
// problems(offences): the fast path, which agrees with the rules
// (TestFactsValidateAgreesWithTheDecisions).
func factsFit(f *Facts, offences int) bool {
	return f.inRange() && len(f.Offences) <= offences
}

// problemRoot is the shape the decisions report their problems against,
// for their JSON paths: the request's fields at the root
// ("requesting_authority"), the other inputs under their names
// ("facts.bank_secrecy", "response.action").
type problemRoot struct {
	Request
	Facts    Facts    `json:"facts"`
	Response Response `json:"response"`
}

// inputProblems are the problems of the judgements f on a request naming
// the given number of offences and, when resp is not nil, of
// the response, prefixed "Facts." and "Response." and with their JSON
// paths ("facts.offences[1].requested.criminal", "response.action").
func inputProblems(f Facts, offences int, resp *Response) convention.Problems {
	ps := f.problems(offences).Prefixed("Facts.")
	if resp != nil {
		ps = append(ps, rules.Run(*resp, responseChecks).Prefixed("Response.")...)
		ps = append(ps, rules.Run(exchange{offences, *resp}, exchangeChecks).Prefixed("Response.")...)
	}
	if len(ps) == 0 {
		return nil
	}
	ps.Sort()
	return ps.WithJSONPaths(problemRoot{})
}
