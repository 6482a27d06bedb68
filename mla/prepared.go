package mla

import "github.com/treatyrules/cybercrime/convention"

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
	base    inputs
	offence convention.Offence
	ok      bool
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
	lacking, err := r.receive()
	if err != nil {
		return Prepared{}, err
	}
	return prepared(r, p, lacking), nil
}

// prepared reads a request already received.
func prepared(r Request, p Profile, lacking uint8) Prepared {
	return Prepared{base: requestInputs(r, p, lacking), offence: r.Offence, ok: true}
}

// inputs returns the prepared inputs with the State's judgements f.
func (pr Prepared) inputs(f Facts) inputs {
	in := pr.base
	in.withFacts(f)
	in.judge(f)
	return in
}

// Assess decides the prepared request on the requested State's judgements
// f, as Assess does.
func (pr Prepared) Assess(f Facts) Decision {
	if !pr.ok {
		return Decision{}
	}
	in := pr.inputs(f)
	d := in.assess()
	d.Conduct = pr.offence.Conduct
	in.resolve(&d, inputs.assessed)
	return d
}

// Review decides whether resp is a lawful response to the prepared request
// on the judgements f, as Review does. The error is only resp.Validate's
// Problems.
func (pr Prepared) Review(f Facts, resp Response) (Decision, error) {
	if err := resp.Validate(); err != nil {
		return Decision{}, err
	}
	if !pr.ok {
		return Decision{}, nil
	}
	return pr.review(f, resp), nil
}

func (pr Prepared) review(f Facts, resp Response) Decision {
	in := pr.inputs(f)
	d := in.review(resp)
	d.Conduct = pr.offence.Conduct
	in.resolve(&d, func(c inputs) Decision { return c.review(resp) })
	return d
}
