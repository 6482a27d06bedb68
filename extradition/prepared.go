package extradition

import "github.com/treatyrules/cybercrime/convention"

// Prepared is a request checked once (its rules, the profile's, and the
// request against the profile's catalogue of offences) and ready to be
// decided as often as the requested State's judgements come in. A case
// system that receives a request prepares it once; each new Facts, each
// proposed Response, then costs only their own validation and the
// decision: no allocation.
//
// Assess and Review are Prepare followed by Prepared.Assess and
// Prepared.Review.
//
// The zero Prepared is a request not yet prepared: its decisions are the
// zero Decision (OutcomeUnknown, nothing decided).
type Prepared struct {
	r  Request
	p  Profile
	ok bool
}

// Prepare validates r and p (Request.Validate, Profile.Validate, and the
// rules relating them) and returns the request ready to be decided. The
// error is only those Problems, each with its JSON path.
func Prepare(r Request, p Profile) (Prepared, error) {
	if r.valid() && passes(p, profileChecks) && recognised(r, p) {
		return Prepared{r: r, p: p, ok: true}, nil
	}
	return Prepared{}, prepareProblems(r, p).Err()
}

// Request returns the request prepared.
func (pr Prepared) Request() Request { return pr.r }

// Profile returns the requested State's profile the request was prepared
// with.
func (pr Prepared) Profile() Profile { return pr.p }

// Assess assesses the prepared request on the requested State's judgements
// f, as [Assess] does. The error is only f's validation Problems (and f's
// consistency with the request).
func (pr Prepared) Assess(f Facts) (Decision, error) {
	if !pr.ok {
		return Decision{}, nil
	}
	if err := pr.checkFacts(f); err != nil {
		return Decision{}, err
	}
	in := inputs{r: pr.r, p: pr.p, f: f}
	a := assessOf(&in)
	resolve(&a.Result, &in, func(in inputs) convention.Outcome { return assessOf(&in).Outcome })
	return a, nil
}

// Review reviews resp as a response to the prepared request on the
// judgements f, as [Review] does. The error is only the validation Problems
// of f and resp (and their consistency with the request).
func (pr Prepared) Review(f Facts, resp Response) (Decision, error) {
	if !pr.ok {
		return Decision{}, nil
	}
	if !f.valid() || !passes(caseInput{pr.r.view(), f}, caseChecks) ||
		!passes(resp, responseChecks) || !passes(reviewInput{pr.r.view(), resp}, reviewChecks) {
		return Decision{}, validate(pr.r, pr.p, f, &resp)
	}
	in := inputs{r: pr.r, p: pr.p, f: f, s: resp}
	v := reviewOf(&in)
	resolve(&v.Result, &in, func(in inputs) convention.Outcome { return reviewOf(&in).Outcome })
	return v, nil
}

// checkFacts validates f, and f against the prepared request.
func (pr Prepared) checkFacts(f Facts) error {
	if f.valid() && passes(caseInput{pr.r.view(), f}, caseChecks) {
		return nil
	}
	return validate(pr.r, pr.p, f, nil)
}
