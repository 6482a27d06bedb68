package mla

import "github.com/treatyrules/cybercrime/convention"

// Prepared is a request checked once against the article (Request.Validate)
// and read against the requested State's Profile, ready to be decided as
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

// Prepare validates r (MLA art., para. 16 and the rules of Rules) and reads
// it with the requested State's profile p (paras. 9, 14 and 15). The error
// is only r.Validate's Problems.
func Prepare(r Request, p Profile) (Prepared, error) {
	if err := r.Validate(); err != nil {
		return Prepared{}, err
	}
	return prepared(r, p), nil
}

// prepared reads a request already validated.
func prepared(r Request, p Profile) Prepared {
	return Prepared{base: requestInputs(r, p), offence: r.Offence, ok: true}
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
