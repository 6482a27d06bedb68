package mla

// Prepared is a request read once as the requested State received it
// (Request.Validate's problems sorted into lack of conformity, which is
// decided, and malformed input, which is an error) and read against the
// requested State's Profile, ready to be decided as
// often as the requested State's judgements come in. A case system that
// receives a request prepares it once; each new Facts, each proposed
// Response, then costs only the decision: no validation, no allocation.
//
// Assess and Review are Prepare followed by Prepared.Assess and
// Prepared.Review.
//
// The zero Prepared is a request not yet prepared: its decisions are the
// zero Decision (OutcomeUnknown, nothing decided).
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
// f, as Assess does.
func (pr *Prepared) Assess(f Facts) Decision {
	if !pr.ok {
		return Decision{}
	}
	in := pr.inputs(f)
	d := in.assess()
	in.resolve(&d, inputs.assessed)
	return d
}

// Review decides whether resp is a lawful response to the prepared request
// on the judgements f, as Review does. A response that is not valid (see
// Response.Validate: no action, or terms other than grounds among its
// grounds) gets the zero Decision, OutcomeUnknown: nothing is decided on
// it. Review (the function) reports its problems as an error.
func (pr *Prepared) Review(f Facts, resp Response) Decision {
	if !pr.ok || !resp.valid() {
		return Decision{}
	}
	return pr.review(f, resp)
}

func (pr *Prepared) review(f Facts, resp Response) Decision {
	in := pr.inputs(f)
	d := in.review(resp)
	in.resolve(&d, func(c inputs) Decision { return c.review(resp) })
	return d
}
