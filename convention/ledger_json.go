package convention

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// ledgerJSON is the ledger's JSON form.
type ledgerJSON struct {
	Parties []Party  `json:"parties"`
	Actions []Action `json:"actions"`
}

// MarshalJSON renders the ledger as its parties (by code) and its actions
// (in ledger order): {"parties": [...], "actions": [...]}.
func (l Ledger) MarshalJSON() ([]byte, error) {
	return json.Marshal(ledgerJSON{Parties: l.Parties(), Actions: l.Actions()})
}

// UnmarshalJSON decodes a depositary's record with DecodeLedger; any
// Problem is an error and leaves the receiver unchanged. JSON null leaves
// it unchanged too.
func (l *Ledger) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	n, err := DecodeLedger(b)
	if err != nil {
		return err
	}
	*l = n
	return nil
}

// DecodeLedger decodes a depositary's record, {"parties": [...],
// "actions": [...]} in the form MarshalJSON writes, and builds it as
// [Build] does: the ledger of the actions that decode and break no rule,
// and every problem at once. A problem of the JSON (an unknown field, a bad
// date, a party code that is not one, a word the library does not know) is
// reported like a problem of the rules, with the path of its field in the
// record ("Actions[3].Date", "Parties[0].Members[1]") and the paragraph the
// field serves; the rules' problems name the action by its index in the
// record. Unknown fields are errors. When the parties do not decode or are
// invalid, the zero Ledger is returned.
//
// Hostile sizes are linear, with no limit but memory: a record that
// decodes is read in one pass and built as Build builds it (a million
// actions, 100 MB of JSON, in about five seconds); a record with a mistake
// in its JSON is read a second time, field by field, to locate every
// mistake (about twice as long again).
func DecodeLedger(b []byte) (Ledger, error) {
	var j ledgerJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err == nil && !dec.More() {
		l, ps := build(j.Parties, j.Actions, nil)
		return l, ps.Err()
	}
	// The record does not decode as a whole: decode it field by field to
	// say where.
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil {
		return Ledger{}, Problems{{Cite: Cite(ArtDepositary, 1), Err: ErrInvalid,
			Detail: "a ledger is a JSON object with \"parties\" and \"actions\": " + err.Error()}}
	}
	var ps Problems
	for _, k := range sortedKeys(top) {
		if k != "parties" && k != "actions" {
			ps = append(ps, unknownField("", k, "parties, actions", Cite(ArtDepositary, 1)))
		}
	}
	parties, pok, pps := decodeList(top["parties"], "Parties", Cite(ArtSignature, 1), decodeParty)
	actions, index, aps := decodeActions(top["actions"])
	ps = append(append(ps, pps...), aps...)
	if len(pps) > 0 {
		// The ledger cannot be built; the parties that decoded are still
		// checked one by one.
		for i, p := range parties {
			if pok[i] {
				ps = append(ps, AsProblems(p.Validate()).Prefixed("Parties["+strconv.Itoa(i)+"].")...)
			}
		}
		ps.Sort()
		return Ledger{}, ps
	}
	l, bps := build(parties, actions, index)
	ps = append(ps, bps...)
	ps.Sort()
	return l, ps.Err()
}

func sortedKeys(m map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func unknownField(path, key, known string, cite Citation) Problem {
	return Problem{Field: path, Cite: cite, Err: ErrInvalid,
		Detail: "unknown field " + strconv.Quote(key) + "; the fields are " + known}
}

// decodeObject decodes raw as a JSON object, reporting a Problem at path
// when it is not one.
func decodeObject(raw json.RawMessage, path string, cite Citation) (map[string]json.RawMessage, Problems) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil || m == nil {
		return nil, Problems{{Field: path, Cite: cite, Err: ErrInvalid, Detail: "not a JSON object"}}
	}
	return m, nil
}

// decodeValue decodes raw into v, reporting a Problem at path.
func decodeValue(raw json.RawMessage, v any, path string, cite Citation) Problems {
	if err := json.Unmarshal(raw, v); err != nil {
		return Problems{{Field: path, Cite: cite, Err: ErrInvalid, Detail: strings.TrimPrefix(err.Error(), "json: ")}}
	}
	return nil
}

// decodeList decodes raw as a JSON array (null or absent: empty), each
// element with dec at path[i], and says which decoded without a problem.
func decodeList[T any](raw json.RawMessage, path string, cite Citation, dec func(json.RawMessage, string) (T, Problems)) ([]T, []bool, Problems) {
	var elems []json.RawMessage
	if len(raw) > 0 {
		if ps := decodeValue(raw, &elems, path, cite); ps != nil {
			return nil, nil, Problems{{Field: path, Cite: cite, Err: ErrInvalid, Detail: "not a JSON array"}}
		}
	}
	out := make([]T, len(elems))
	ok := make([]bool, len(elems))
	var ps Problems
	for i, e := range elems {
		var qs Problems
		out[i], qs = dec(e, path+"["+strconv.Itoa(i)+"]")
		ok[i] = len(qs) == 0
		ps = append(ps, qs...)
	}
	return out, ok, ps
}

func decodeParty(raw json.RawMessage, path string) (Party, Problems) {
	cite := Cite(ArtSignature, 1)
	m, ps := decodeObject(raw, path, cite)
	var p Party
	for _, k := range sortedKeys(m) {
		v := m[k]
		switch k {
		case "id":
			ps = append(ps, decodeValue(v, &p.ID, path+".ID", cite)...)
		case "name":
			ps = append(ps, decodeValue(v, &p.Name, path+".Name", cite)...)
		case "members":
			var qs Problems
			p.Members, _, qs = decodeList(v, path+".Members", Cite(ArtSignature, 2), func(e json.RawMessage, at string) (PartyID, Problems) {
				var id PartyID
				return id, decodeValue(e, &id, at, Cite(ArtSignature, 2))
			})
			ps = append(ps, qs...)
		default:
			ps = append(ps, unknownField(path, k, "id, name, members", Cite(ArtDepositary, 1)))
		}
	}
	return p, ps
}

// actionFields names the JSON fields of an action, in the order of the
// Action type.
const actionFields = "kind, party, date, amendment, basis, authority, languages, competence, body"

// decodeActions decodes the actions that decode and returns them with
// their index in the record, and the problems of the others.
func decodeActions(raw json.RawMessage) ([]Action, []int, Problems) {
	all, ok, ps := decodeList(raw, "Actions", Cite(ArtDepositary, 1), decodeAction)
	var actions []Action
	var index []int
	for i, a := range all {
		if ok[i] {
			actions, index = append(actions, a), append(index, i)
		}
	}
	return actions, index, ps
}

func decodeAction(raw json.RawMessage, path string) (Action, Problems) {
	m, ps := decodeObject(raw, path, Cite(ArtDepositary, 1))
	var a Action
	cite := Cite(ArtDepositary, 1)
	if v, ok := m["kind"]; ok {
		if qs := decodeValue(v, &a.Kind, path+".Kind", cite); qs != nil {
			ps = append(ps, qs...)
		} else if a.Kind.IsValid() {
			cite = a.Kind.Cite()
		}
	}
	for _, k := range sortedKeys(m) {
		v := m[k]
		var qs Problems
		switch k {
		case "kind":
		case "party":
			qs = decodeValue(v, &a.Party, path+".Party", cite)
		case "date":
			qs = decodeValue(v, &a.Date, path+".Date", cite)
		case "amendment":
			qs = decodeValue(v, &a.Amendment, path+".Amendment", cite)
		case "basis":
			qs = decodeValue(v, &a.Basis, path+".Basis", cite)
		case "authority":
			qs = decodeValue(v, &a.Authority, path+".Authority", cite)
		case "languages":
			var tags []json.RawMessage
			if qs = decodeValue(v, &tags, path+".Languages", cite); qs == nil {
				for i, t := range tags {
					var tag language.Tag
					qs = append(qs, decodeValue(t, &tag, path+".Languages["+strconv.Itoa(i)+"]", cite)...)
					a.Languages = append(a.Languages, tag)
				}
			}
		case "competence":
			qs = decodeValue(v, &a.Competence, path+".Competence", cite)
		case "body":
			qs = decodeValue(v, &a.Body, path+".Body", cite)
		default:
			qs = Problems{unknownField(path, k, actionFields, cite)}
		}
		ps = append(ps, qs...)
	}
	return a, ps
}
