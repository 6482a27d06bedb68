package mla

import "slices"

// Prepared is a request read once as the requested State received it
// (Request.Validate's problems sorted into lack of conformity, which is
// decided, and malformed input, which is an error) and read against the
// requested State's Profile, ready to be decided as
// often as the requested State's judgements come in. A case system that
// receives a request prepares it once; each new Facts, each proposed
// Response, then costs only its own check (every judgement a declared
// value, on the request's offences) and the decision: no allocation.
//
// Assess and Review are Prepare followed by Prepared.Assess and
// Prepared.Review.
//
// The zero Prepared is a request not yet prepared: its decisions are the
// zero Decision (OutcomeUnknown, nothing decided), with the problems of
// the judgements and response given, which it checks on their own.
type Prepared struct {
	base inputs
	r    Request
	p    Profile
	ok   bool
}

// Prepare reads r as the requested State received it (the rules of Rules)
// with the requested State's profile p (paras. 9, 14 and 15). A request
// that is not made in conformity with the article (an element of para. 16
// lacking; an oral request or a request through INTERPOL without urgency;
// no language given) is prepared, and its decisions decide that lack of
// conformity (paras. 17 and 22(a)). The error is only the Problems that
// keep the library from deciding: undeclared values, no States or the
// same State twice, inconsistent dates or references (see
// Request.Validate, which lists both kinds).
func Prepare(r Request, p Profile) (Prepared, error) {
	lacking, err := r.receive(p.Recognised)
	if err != nil {
		return Prepared{}, err
	}
	return prepared(r, p, lacking), nil
}

// Request returns the request prepared.
func (pr *Prepared) Request() Request { return pr.r }

// Profile returns the requested State's profile the request was prepared
// with.
func (pr *Prepared) Profile() Profile { return pr.p }

// prepared reads a request already received.
func prepared(r Request, p Profile, lacking uint8) Prepared {
	return Prepared{base: requestInputs(r, p, lacking), r: r, p: p, ok: true}
}

// inputs returns the prepared inputs with the State's judgements f.
func (pr *Prepared) inputs(f Facts) inputs {
	in := pr.base
	in.withFacts(f)
	in.judge(f)
	return in
}

// Assess decides the prepared request on the requested State's judgements
// f, as Assess does. The error is only the Problems of f (Facts.Validate,
// and judgements on more offences than the request names, para. 1), each
// with its field prefixed "Facts." and its JSON path ("facts.fiscal");
// the Decision is then the zero Decision. For valid judgements it
// allocates nothing.
func (pr *Prepared) Assess(f Facts) (Decision, error) {
	if err := pr.check(&f, nil); err != nil {
		return Decision{}, err
	}
	if !pr.ok {
		return Decision{}, nil
	}
	in := pr.inputs(f)
	d := in.assess()
	in.resolve(&d, func(c inputs) Decision { return c.assessed() })
	return d, nil
}

// Review decides whether resp is a lawful response to the prepared request
// on the judgements f, as Review does. The error is only the Problems of f
// (as for Assess) and of resp (Response.Validate: no action, or terms
// other than grounds among its grounds), with their fields prefixed
// "Facts." and "Response."; the Decision is then the zero Decision. For
// valid inputs it allocates nothing.
func (pr *Prepared) Review(f Facts, resp Response) (Decision, error) {
	if err := pr.check(&f, &resp); err != nil {
		return Decision{}, err
	}
	if !pr.ok {
		return Decision{}, nil
	}
	return pr.review(f, resp), nil
}

// check validates the judgements f against the prepared request and, when
// resp is not nil, the response; the zero Prepared knows no request, and
// only f's own rules apply.
func (pr *Prepared) check(f *Facts, resp *Response) error {
	n := MaxOffences
	if pr.ok {
		n = len(pr.r.Offences)
	}
	if factsFit(f, n) && (resp == nil || resp.validFor(n)) {
		return nil
	}
	return inputProblems(f.detached(), n, resp).Err()
}

// detached is a copy of f with a copy of its offences. The problems are
// found on it, so that f's offences (a caller's array, perhaps on its
// stack) do not escape: a struct copy (g := *f) would tie them to the
// problems, while judgements, which hold no pointers, copied field by
// field tie nothing (TestFactsDetachedCopiesEveryJudgement).
func (f *Facts) detached() Facts {
	return Facts{
		Offences:              slices.Clone(f.Offences),
		ContentDataPermitted:  f.ContentDataPermitted,
		OtherAssistanceLawful: f.OtherAssistanceLawful,
		BankSecrecy:           f.BankSecrecy,
		DeMinimis:             f.DeMinimis,
		OtherProvisions:       f.OtherProvisions,
		Authenticity:          f.Authenticity,
		MoreInformation:       f.MoreInformation,
		ProcedureLawful:       f.ProcedureLawful,
		ProcedurePossible:     f.ProcedurePossible,
		CanKeepConfidential:   f.CanKeepConfidential,
		EssentialInterests:    f.EssentialInterests,
		DomesticProhibition:   f.DomesticProhibition,
		Disproportionate:      f.Disproportionate,
		ContraryToLegalSystem: f.ContraryToLegalSystem,
		Fiscal:                f.Fiscal,
		InterferesOngoing:     f.InterferesOngoing,
		CostsAgreedOtherwise:  f.CostsAgreedOtherwise,
		SubstantialCosts:      f.SubstantialCosts,
		RecordsPublic:         f.RecordsPublic,
		Discrimination:        f.Discrimination,
	}
}

func (pr *Prepared) review(f Facts, resp Response) Decision {
	in := pr.inputs(f)
	d := in.review(resp)
	in.resolve(&d, func(c inputs) Decision { return c.review(resp) })
	return d
}
