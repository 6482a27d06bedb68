package mla

import (
	"slices"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/preservation"
)

// FollowUp starts the request for mutual legal assistance that a
// preservation request announced (Preservation art., paras. 1 and 2(f)):
// a request under para. 3(d) for the search or similar access, seizure or
// similar securing, or disclosure of the data preserved, "including data
// that has been preserved pursuant to the article [on expedited
// preservation of stored computer data]".
//
// It carries over what connects the two requests and what para. 16 asks
// that the preservation request already said: the case number, both States
// in the same roles, the requesting authority, the offence, the purpose
// 3(d), the preservation request as a related request it follows
// (convention.RelationFollows), and the data as
// an item with its location or custodian. The rest of para. 16 (subject
// matter, nature and conducting authority of the proceeding, summary of
// facts, the assistance sought, the aim) is the requesting State's to
// write: the request FollowUp returns does not pass Validate until it does.
// The zero Link gives a request with nothing filled in.
func FollowUp(l preservation.Link) Request {
	if l.IsZero() {
		return Request{}
	}
	r := Request{
		Case:               l.Case,
		Requesting:         l.Requesting,
		Requested:          l.Requested,
		Offences:           slices.Clone(l.Offences),
		ElectronicEvidence: true,
		Related:            []convention.Related{{Ref: l.Preservation, Relation: convention.RelationFollows}},
	}
	r.RequestingAuthority = l.Authority
	r.Purposes = PurposesOf(PurposeStoredData)
	r.Data = slices.Clone(l.Data)
	for _, d := range l.Data {
		loc := l.Location
		if loc == "" {
			loc = d.Provider
		}
		r.Subjects = append(r.Subjects, Subject{Kind: SubjectItem, Identity: dataIdentity(d), Location: loc})
	}
	return r
}

// dataIdentity words one item of preserved data: its description, else its
// identifiers, else its category.
func dataIdentity(d convention.DataSought) string {
	if d.Description != "" {
		return d.Description
	}
	var ids []string
	for _, id := range d.Identifiers {
		ids = append(ids, id.Value)
	}
	if len(ids) > 0 {
		return strings.Join(ids, ", ")
	}
	return d.Category.String()
}

// Follows reports whether r is the request for mutual legal assistance that
// follows the preservation request l describes: r seeks the preserved data
// under para. 3(d), relates to l's preservation request as one it follows
// (convention.RelationFollows), and is made by the
// same requesting State to the same requested State. It is the test a
// requested State applies to keep the data preserved "pending a decision on
// that request" (Preservation art., para. 7).
func (r Request) Follows(l preservation.Link) bool {
	if l.Preservation == "" || !r.Purposes.Has(PurposeStoredData) || !slices.ContainsFunc(r.Related, func(x convention.Related) bool {
		return x.Ref == l.Preservation && x.Relation == convention.RelationFollows
	}) {
		return false
	}
	return l.Connects(l.Preservation, r.Requesting, r.Requested)
}
