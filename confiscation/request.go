package confiscation

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/rules"
	"github.com/treatyrules/cybercrime/mla"
)

// Property is one item of property a request concerns: "proceeds of crime,
// property, equipment or other instrumentalities" (para. 1), described as
// para. 3(a) requires. The zero Property is undescribed.
type Property struct {
	// Category is the item's category under para. 1; CategoryUnknown when
	// the request does not state it.
	Category Category `json:"category,omitempty"`
	// Asset is what the item is (a bank account, a crypto asset, a
	// vehicle...), AssetUnknown when not stated; Identifier identifies it
	// (an IBAN, a wallet address, a registration), and Holder names its
	// holder or owner as far as known. The article decides nothing on them.
	Asset      Asset  `json:"asset,omitempty"`
	Identifier string `json:"identifier,omitempty"`
	Holder     string `json:"holder,omitempty"`
	// Description describes the item (para. 3(a): "a description of the
	// property to be confiscated").
	Description string `json:"description"`
	// Location is where the item is, "to the extent possible" (para.
	// 3(a)), or "".
	Location string `json:"location,omitempty"`
	// Value is the item's estimated value, "where relevant" (para. 3(a)),
	// or the zero Money when not given.
	Value convention.Money `json:"value,omitzero"`
}

// Order is an order a request rests on: an order of confiscation of the
// requesting State's court (para. 1(b), 3(b)), or an order on which a
// request for provisional measures is based (para. 3(c); Recovery art.,
// para. 2(a)). The copy sent is listed among the request's Attachments
// (convention.AttachmentOrder). The zero Order is "no order".
type Order struct {
	// Type is the order's type.
	Type OrderType `json:"type,omitempty"`
	// Authority names the court or competent authority that issued it.
	Authority string `json:"authority,omitempty"`
	// Court reports that a court issued it (para. 1(b): "issued by a court
	// in the territory of the requesting State Party").
	Court bool `json:"court,omitempty"`
	// Ref is the order's reference, or "".
	Ref convention.CaseRef `json:"ref,omitempty"`
	// Issued is the date of the order, or zero.
	Issued convention.Date `json:"issued,omitzero"`
	// AdmissibleCopy reports that the request includes a legally
	// admissible copy of the order (para. 3(b), (c)).
	AdmissibleCopy bool `json:"admissible_copy,omitempty"`
	// Final reports that the request states the order of confiscation is
	// final (para. 3(b)).
	Final bool `json:"final,omitempty"`
}

// IsZero reports whether o is the zero Order: no order given.
func (o Order) IsZero() bool { return o == Order{} }

// freezing reports whether o is "a freezing or seizure order issued by a
// court or competent authority of a requesting State Party" (Recovery
// art., para. 2(a)), upon which property may be frozen or seized.
func (o Order) freezing() bool { return o.Type == OrderFreezing || o.Type == OrderSeizure }

// MaxOffences is the most offences one Request may name; Validate reports
// more as invalid input. Decisions answer offence by offence in
// mla.OffenceSets, which hold this many, so that deciding allocates
// nothing.
const MaxOffences = mla.MaxOffences

// MaxRelated is the most earlier requests one Request may relate to;
// Validate reports more as invalid input, so that checking them for
// repeats stays cheap whatever the input.
const MaxRelated = 256

// Request is a request under the Confiscation art., as practitioners write
// one: the legal basis it invokes; the contents of MLA art., para. 16,
// which applies mutatis mutandis (para. 3), embedded as [mla.Contents]; the
// offences; the urgency, channel, form, language with its translations and
// transmission of MLA art., paras. 14-15; confidentiality (MLA art., para.
// 21), contacts, related requests and attachments; the kinds of
// cooperation sought (paras. 1(a), 1(b), 2); and the contents para. 3(a)-(c)
// adds for each kind.
//
// The measures the Confiscation art. provides take the place of the
// purposes of MLA art., para. 3: Contents.Purposes stays empty (a request
// that also seeks evidence is a separate request under the MLA art.).
//
// A zero field means "not provided". The zero Request is invalid: Validate
// reports every missing element.
//
// Hostile sizes: Validate and Prepare are linear in the number of items of
// property, subjects, data items and attachments, and in the length of the
// strings (a million items of property is validated, and its value
// compared with a threshold, in one pass each); more than MaxOffences
// offences or MaxRelated related requests is an error (reported without
// reading them further). Decisions read at most MaxOffences offences and
// cost the same whatever the size of the other lists. Decoding JSON is
// encoding/json's: linear, and an error beyond its nesting limit.
type Request struct {
	// Ref identifies the request; Case is the requesting authority's file.
	Ref  convention.RequestRef `json:"ref,omitempty"`
	Case convention.CaseRef    `json:"case,omitempty"`
	// Requesting and Requested are the two States Parties (paras. 1, 2).
	Requesting convention.PartyID `json:"requesting"`
	Requested  convention.PartyID `json:"requested"`
	// Basis is the legal basis the request invokes. The article applies to
	// "requests made pursuant to this article" (para. 3; MLA art., paras. 7
	// and 9, mutatis mutandis): a request invoking this Convention, alone or
	// with a treaty, is within it; one invoking only another treaty,
	// reciprocity or domestic law is not; one silent on its basis is decided
	// as one under the Convention, and the explanation says so.
	Basis convention.LegalBasis `json:"basis,omitzero"`

	mla.Contents

	// Offences are the offences to which the request relates, each as the
	// requesting State characterises it (paras. 1, 2, 7; MLA art., para. 10
	// compares each one's conduct): at least one, at most MaxOffences.
	// Decisions report per offence, by index, which are established under
	// the Convention and which a ground reaches.
	Offences convention.Offences `json:"offences"`

	// Urgency marks urgent circumstances, with the requesting State's
	// reasons (MLA art., paras. 14, 15).
	Urgency convention.Urgency `json:"urgency,omitzero"`
	// Channel is the route of transmission (MLA art., para. 14).
	Channel mla.Channel `json:"channel"`
	// Form is the form of the request (MLA art., para. 15).
	Form mla.Form `json:"form"`
	// Language is the language of the request as made and of the
	// translations sent with it (MLA art., para. 15): the request is in a
	// language acceptable to the requested State when the original or a
	// translation is. In JSON a plain tag ("fr") is a request without
	// translations.
	Language convention.Languages `json:"language"`
	// Made is the date the request was made, or zero.
	Made convention.Date `json:"made,omitzero"`
	// Confirmed is the date an oral request was confirmed in writing (MLA
	// art., para. 15), or zero.
	Confirmed convention.Date `json:"confirmed,omitzero"`
	// Transmission records when, by what means and under what reference
	// the request was sent; its means must agree with Channel and Form.
	Transmission convention.Transmission `json:"transmission,omitzero"`
	// Confidentiality is what the requesting State requires (MLA art., para.
	// 21): that the fact and substance of the request be kept
	// confidential, that the holder of the property not be notified, and
	// its reasons.
	Confidentiality convention.Confidentiality `json:"confidentiality,omitzero"`
	// Deadline is a deadline the requesting State suggests and
	// DeadlineReasons its reasons (MLA art., para. 25); zero and "" when
	// none.
	Deadline        convention.Date `json:"deadline,omitzero"`
	DeadlineReasons string          `json:"deadline_reasons,omitempty"`
	// Contacts are the contact points of the requesting authority and of
	// the authority executing the request.
	Contacts convention.Contacts `json:"contacts,omitzero"`
	// Related are earlier requests this one relates to: a request it
	// supplements (MLA art., para. 17), an oral request it confirms (para.
	// 15), earlier requests in the same case. A request for confiscation
	// neither extends a preservation nor is the request that follows one
	// (those relations belong to the Preservation and MLA arts.).
	Related []convention.Related `json:"related,omitempty"`
	// Attachments are the documents sent with the request: the copy of the
	// order of confiscation (para. 3(b)) or of the freezing or seizure
	// order (para. 3(c)) as convention.AttachmentOrder, translations, the
	// provisions of law applied.
	Attachments []convention.Attachment `json:"attachments,omitempty"`

	// Kinds are the kinds of cooperation sought (paras. 1(a), 1(b), 2).
	Kinds Kinds `json:"kinds"`
	// ConfiscationBasis is what the confiscation sought rests on: a
	// conviction, or none (Recovery art., para. 1(c)); BasisUnknown when
	// not given.
	ConfiscationBasis Basis `json:"confiscation_basis,omitempty"`
	// Property describes the property to be confiscated, its location and
	// estimated value (para. 3(a)); for other kinds, the property concerned
	// so far as known.
	Property []Property `json:"property,omitempty"`
	// Statement is the statement of the facts relied upon by the requesting
	// State (para. 3(a), (b), (c)); for para. 1(a), "sufficient to enable
	// the requested State Party to seek the order under its domestic law".
	Statement string `json:"statement,omitempty"`
	// Order is the order of confiscation a request under para. 1(b) is
	// based on (para. 3(b)); zero when none. A request of another kind may
	// carry one as supporting material.
	Order Order `json:"order,omitzero"`
	// Extent is the information as to the extent to which execution of the
	// order is requested (para. 3(b)).
	Extent string `json:"extent,omitempty"`
	// ThirdParties is the statement specifying the measures taken to
	// provide adequate notification to bona fide third parties and to
	// ensure due process (para. 3(b); para. 9).
	ThirdParties string `json:"third_parties,omitempty"`
	// Actions describes the actions requested under para. 2 (para. 3(c)).
	Actions string `json:"actions,omitempty"`
	// ProvisionalOrder is the order a request under para. 2 is based on,
	// "where available" (para. 3(c)); zero when none.
	ProvisionalOrder Order `json:"provisional_order,omitzero"`
}

// Urgent reports whether the request is made in urgent circumstances (MLA
// art., paras. 14, 15).
func (r Request) Urgent() bool { return r.Urgency.Urgent }

// standIn is the name under which an offence the request does not name as
// established under the Convention is put to the MLA art.: the article's
// own scope (paras. 1, 2 and 7) takes the place of the MLA art.'s (paras.
// 1, 2 and 4), so that every offence of the request is within the MLA
// art. as it applies here (and its para. 10 reaches each one), whether it
// is established under the Convention being tested under para. 7.
const standIn convention.ConventionOffence = "confiscation-article"

// mlaRequest returns the request as the MLA art. reads it, mutatis
// mutandis (para. 3): the same parties, legal basis, contents, offences,
// form, channel, language, transmission, confidentiality, contacts,
// attachments and dates. The measures of paras. 1 and 2 stand in for the
// purposes of MLA art., para. 3; the nearest, "executing searches and
// seizures, and freezing assets" (3(c)) and "identifying or tracing
// proceeds of crime, property, instrumentalities" (3(j)), carry no
// condition of their own, and are set so that the MLA article's checks run
// on the request. Offences not named as established are put to it under
// the stand-in name: the offences are copied only then.
func (r *Request) mlaRequest() mla.Request {
	m := mla.Request{
		Ref: r.Ref, Case: r.Case, Requesting: r.Requesting, Requested: r.Requested, Basis: r.Basis,
		Contents: r.Contents, Offences: r.Offences,
		Urgency: r.Urgency, Channel: r.Channel, Form: r.Form, Language: r.Language,
		Made: r.Made, Confirmed: r.Confirmed, Transmission: r.Transmission, Confidentiality: r.Confidentiality,
		Deadline: r.Deadline, DeadlineReasons: r.DeadlineReasons, Contacts: r.Contacts, Attachments: r.Attachments,
	}
	m.Purposes = mla.PurposesOf(mla.PurposeSearch, mla.PurposeTracing)
	for i, o := range r.Offences {
		if o.Established == "" {
			m.Offences = make(convention.Offences, len(r.Offences))
			copy(m.Offences, r.Offences)
			for j := i; j < len(m.Offences); j++ {
				if m.Offences[j].Established == "" {
					m.Offences[j].Established = standIn
				}
			}
			break
		}
	}
	return m
}

// Capacity is what the requested State's domestic law permits its
// competent authorities to do: the measures the Recovery art. obliges each
// State to take, as far as the State has taken them, together with what a
// treaty binding it in relation to the requesting State provides (para. 4:
// "in accordance with and subject to the provisions of its domestic law
// ... or any bilateral or multilateral treaty"). Each field is a fact of
// record; an unassessed one leaves the routes it opens undetermined. The
// zero Capacity knows nothing.
type Capacity struct {
	// EnforceForeign: its competent authorities can give effect to an
	// order of confiscation issued by a court of another State Party
	// (Recovery art., para. 1(a)).
	EnforceForeign convention.Judgement `json:"enforce_foreign"`
	// OrderDomestic: they can, where they have jurisdiction, order the
	// confiscation of property of foreign origin by adjudication of an
	// offence or by other procedures authorized under domestic law
	// (Recovery art., para. 1(b)).
	OrderDomestic convention.Judgement `json:"order_domestic"`
	// WithoutConviction: confiscation is possible without a criminal
	// conviction where the offender cannot be prosecuted by reason of
	// death, flight or absence or in other appropriate cases (Recovery
	// art., para. 1(c)).
	WithoutConviction convention.Judgement `json:"without_conviction"`
	// FreezeOnOrder: they can freeze or seize property upon a freezing or
	// seizure order of a court or competent authority of the requesting
	// State (Recovery art., para. 2(a)).
	FreezeOnOrder convention.Judgement `json:"freeze_on_order"`
	// FreezeOnRequest: they can freeze or seize property upon a request
	// (Recovery art., para. 2(b)).
	FreezeOnRequest convention.Judgement `json:"freeze_on_request"`
	// PreserveOther: the State has taken additional measures to preserve
	// property for confiscation, such as on the basis of a foreign arrest
	// or criminal charge (Recovery art., para. 2(c)).
	PreserveOther convention.Judgement `json:"preserve_other"`
}

// Profile is the requested State's standing position: its MLA profile
// towards the requesting State (the treaty regime of MLA art., para. 9,
// and what it notified or agreed under paras. 14-15), embedded as
// [mla.Profile]; what its domestic law permits (Recovery art.); and
// whether it makes confiscation measures conditional on a treaty (para.
// 6). The zero Profile knows nothing.
type Profile struct {
	mla.Profile

	// Capacity is what its domestic law permits (Recovery art.).
	Capacity Capacity `json:"capacity"`
	// TreatyCondition: the State makes the taking of the measures of paras.
	// 1 and 2 conditional on the existence of a relevant treaty (para. 6).
	TreatyCondition bool `json:"treaty_condition,omitempty"`
	// DeMinimis is the State's own de minimis threshold (para. 7), which
	// answers whether the property is of a de minimis value while the
	// State has not judged it (Facts.DeMinimisValue); the zero Threshold
	// sets none.
	DeMinimis Threshold `json:"de_minimis,omitzero"`
}

// Validate reports every defect of the profile the article's rules read,
// as convention.Problems, or nil: a judgement that is not a declared value
// (the MLA treaty relation of MLA art., para. 9; each Capacity, cited to
// its paragraph of the Recovery art.), and the defects of its de minimis
// threshold (para. 7), with fields named "DeMinimis.Amount" and
// "DeMinimis.Rates". Each problem carries its JSON path.
func (p Profile) Validate() error { return p.problems().WithJSONPaths(Profile{}).Err() }

func (p Profile) problems() convention.Problems {
	if p.valid() {
		return nil
	}
	ps := rules.Run(p, profileChecks)
	if qs := rules.Run(p.DeMinimis, thresholdChecks); len(qs) > 0 {
		ps = append(ps, qs.Prefixed("DeMinimis.")...)
	}
	ps.Sort()
	return ps
}

// valid is the fast path of problems: nothing to report, nothing
// allocated.
func (p Profile) valid() bool {
	return rules.Passes(p, profileChecks) && rules.Passes(p.DeMinimis, thresholdChecks)
}

// Facts are the requested State's judgements on one request: its MLA
// judgements, applied mutatis mutandis (para. 3), embedded as [mla.Facts];
// and those the Confiscation art. adds. Each is a convention.Judgement;
// the zero Facts has every judgement unassessed.
//
// The judgements mla.Facts holds on MLA art., para. 3(e), (f) and (m)
// (traffic data, content data, other assistance) are not read: a request
// under this article seeks none of those purposes.
type Facts struct {
	mla.Facts

	// Jurisdiction: the requesting State has jurisdiction over the offence
	// (paras. 1, 2).
	Jurisdiction convention.Judgement `json:"jurisdiction"`
	// InTerritory: the property is situated in the requested State's
	// territory (para. 1).
	InTerritory convention.Judgement `json:"in_territory"`
	// SufficientEvidence: the requested State received sufficient evidence
	// (para. 7); for provisional measures, evidence that gives it a
	// reasonable basis to believe there are sufficient grounds and that the
	// property would eventually be subject to confiscation (Recovery art.,
	// para. 2(a), (b)).
	SufficientEvidence convention.Judgement `json:"sufficient_evidence"`
	// TimelyEvidence: it received the evidence in time (para. 7).
	TimelyEvidence convention.Judgement `json:"timely_evidence"`
	// DeMinimisValue: the property is of a de minimis value (para. 7). The
	// State's judgement, once assessed, prevails over its threshold
	// (Profile.DeMinimis), which answers only while this is unassessed.
	DeMinimisValue convention.Judgement `json:"de_minimis_value"`
	// ThirdPartyRights: acting on the request would prejudice the rights of
	// bona fide third parties (para. 9).
	ThirdPartyRights convention.Judgement `json:"third_party_rights"`
	// LiftRequired: its domestic law or procedural rules, or a treaty,
	// agreement or arrangement binding it in relation to the requesting
	// State, require a provisional measure to be lifted (para. 4: "in
	// accordance with and subject to the provisions of its domestic law and
	// its procedural rules or any bilateral or multilateral treaty"), as
	// where a court sets the measure aside.
	LiftRequired convention.Judgement `json:"lift_required"`
	// OpportunityPossible: it is possible to give the requesting State an
	// opportunity to present its reasons in favour of continuing a
	// provisional measure before lifting it (para. 8: "wherever possible").
	OpportunityPossible convention.Judgement `json:"opportunity_possible"`
}
