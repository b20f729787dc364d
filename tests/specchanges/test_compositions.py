"""Compositions (`anyOf`, `oneOf`, discriminators) compared by identity, on the shapes that real specs use.

Members are matched by identity (the same `$ref`, else the same discriminator tag, the same structure, the same
title...), never by position; a member that is a `$ref` to a composition stays one member of its parent's list (its
own list is compared where it is defined). Each case is a schema `Thing` that one operation sends (POST /things) and
one receives (GET /things), so every change shows up once in a request and once in a response, at its own level."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from scripts.specchanges import Level, classify

ERR, WARN, INFO = Level.ERR, Level.WARN, Level.INFO
Schemas = dict[str, Any]
POST, GET = "POST /things", "GET /things"


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def document(schemas: Schemas, readers: int = 1) -> dict[str, Any]:
    """`Thing` as the request body of POST /things and the 200 response of GET /things (and of `readers - 1` more
    GET operations)."""
    returns = {"200": {"description": "ok", "content": {"application/json": {"schema": ref("Thing")}}}}
    paths: dict[str, Any] = {
        "/things": {
            "post": {
                "operationId": "createThing",
                "requestBody": {"required": True, "content": {"application/json": {"schema": ref("Thing")}}},
                "responses": {"201": {"description": "created"}},
            },
            "get": {"operationId": "getThing", "responses": returns},
        }
    }
    for i in range(1, readers):
        paths[f"/things/v{i}"] = {"get": {"operationId": f"getThing{i}", "responses": returns}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "compositions", "version": "1"},
        "paths": paths,
        "components": {"schemas": copy.deepcopy(schemas)},
    }


def changes(old: Schemas, new: Schemas, readers: int = 1) -> set[tuple[str, Level, str]]:
    return {(c.check_id, c.level, c.operation) for c in classify(document(old, readers), document(new, readers))}


def variant(tag: str, **properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"type": {"type": "string", "const": tag}, **properties},
        "required": ["type"],
    }


# The shape of OpenAI's MCPToolCall.error (23e6f5b -> c094647): a string, a $ref to a oneOf of three error objects,
# or null.
ERRORS: Schemas = {
    "Error": {"oneOf": [ref("ProtocolError"), ref("ToolError"), ref("HttpError")]},
    "ProtocolError": variant("protocol", code={"type": "integer"}),
    "ToolError": variant("tool", message={"type": "string"}),
    "HttpError": variant("http", status={"type": "integer"}),
}
WITH_STRING: Schemas = {
    "Thing": {
        "type": "object",
        "properties": {"error": {"anyOf": [{"type": "string"}, ref("Error"), {"type": "null"}]}},
    },
    **ERRORS,
}
WITHOUT_STRING: Schemas = {
    "Thing": {"type": "object", "properties": {"error": {"anyOf": [ref("Error"), {"type": "null"}]}}},
    **ERRORS,
}


def test_any_of_losing_a_branch_is_one_change_not_a_flattened_list():
    # The $ref member to a oneOf is one member: its three variants are not "added" when the string branch goes.
    assert changes(WITH_STRING, WITHOUT_STRING) == {
        ("request-property-any-of-removed", ERR, POST),  # a client may still send a string
        ("response-property-any-of-removed", INFO, GET),  # a client never receives one again
    }


def test_each_change_is_reported_once_at_every_operation_it_reaches():
    found = [c for c in classify(document(WITH_STRING, readers=5), document(WITHOUT_STRING, readers=5))]
    assert (
        sorted(c.check_id for c in found)
        == ["request-property-any-of-removed"] + ["response-property-any-of-removed"] * 5
    )


def test_any_of_gaining_a_branch():
    assert changes(WITHOUT_STRING, WITH_STRING) == {
        ("request-property-any-of-added", INFO, POST),
        ("response-property-any-of-added", INFO, GET),  # oasdiff's level
    }


def test_ref_member_whose_target_one_of_changes_is_reported_at_the_target():
    new = copy.deepcopy(WITH_STRING)
    new["Error"]["oneOf"].append(ref("RateLimitError"))
    new["RateLimitError"] = variant("rate_limit", retry_after={"type": "integer"})
    found = classify(document(WITH_STRING), document(new))
    assert {(c.check_id, c.level, c.operation) for c in found} == {
        ("request-property-one-of-added", INFO, POST),
        ("response-property-one-of-added", ERR, GET),  # a client may receive an error it cannot parse
    }
    # ...named where it happened: inside the `Error` member of `error`, not as a new member of `error`'s anyOf
    assert all(c.location.endswith("error<Error>") for c in found), [c.location for c in found]


def test_ref_member_whose_target_variant_changes():
    new = copy.deepcopy(WITH_STRING)
    new["ToolError"]["required"] = ["type", "message"]
    assert changes(WITH_STRING, new) == {
        ("response-property-became-required", INFO, GET),
        ("request-property-became-required", ERR, POST),
    }


def test_members_reordered_is_no_change():
    refs = copy.deepcopy(WITH_STRING)
    refs["Error"]["oneOf"].reverse()
    assert changes(WITH_STRING, refs) == set()
    branches = copy.deepcopy(WITH_STRING)
    branches["Thing"]["properties"]["error"]["anyOf"] = [{"type": "null"}, ref("Error"), {"type": "string"}]
    assert changes(WITH_STRING, branches) == set()


def test_inline_members_matched_by_structure_not_position():
    old: Schemas = {
        "Thing": {
            "type": "object",
            "properties": {
                "value": {
                    "oneOf": [
                        {"type": "string"},
                        {"type": "array", "items": {"type": "string"}},
                        {"type": "object", "properties": {"x": {"type": "integer"}}},
                    ]
                }
            },
        }
    }
    new = copy.deepcopy(old)
    members = new["Thing"]["properties"]["value"]["oneOf"]
    members.reverse()
    members[0]["properties"]["y"] = {"type": "string"}  # the object member, now first, gains a property
    assert changes(old, new) == {
        ("new-optional-request-property", INFO, POST),
        ("response-optional-property-added", INFO, GET),
    }


NULLABLE: Schemas = {
    "Thing": {
        "type": "object",
        "properties": {
            "name": {"anyOf": [{"type": "string", "maxLength": 64}, {"type": "null"}]},
            "owner": {"anyOf": [ref("Owner"), {"type": "null"}]},
        },
    },
    "Owner": {"type": "object", "properties": {"id": {"type": "string"}}},
}


def test_nullable_as_any_of_with_null_or_as_type_list_is_no_change():
    new = copy.deepcopy(NULLABLE)
    new["Thing"]["properties"]["name"] = {"type": ["string", "null"], "maxLength": 64}
    assert changes(NULLABLE, new) == set()
    assert changes(new, NULLABLE) == set()
    one_of = copy.deepcopy(NULLABLE)
    one_of["Thing"]["properties"]["owner"] = {"oneOf": [{"type": "null"}, ref("Owner")]}
    assert changes(NULLABLE, one_of) == set()


def test_nullable_wrapper_still_sees_changes_inside_the_member():
    new = copy.deepcopy(NULLABLE)
    new["Owner"]["properties"]["id"]["maxLength"] = 10
    assert changes(NULLABLE, new) == {("request-property-max-length-set", WARN, POST)}


def test_nullable_wrapper_losing_null():
    new = copy.deepcopy(NULLABLE)
    new["Thing"]["properties"]["owner"] = ref("Owner")
    assert changes(NULLABLE, new) == {
        ("request-property-became-not-nullable", ERR, POST),
        ("response-property-became-not-nullable", INFO, GET),
    }


TAGGED: Schemas = {
    "Thing": {
        "type": "object",
        "properties": {
            "item": {
                "oneOf": [ref("Cat"), ref("Dog")],
                "discriminator": {
                    "propertyName": "type",
                    "mapping": {"cat": ref("Cat")["$ref"], "dog": ref("Dog")["$ref"]},
                },
            }
        },
    },
    "Cat": variant("cat", meow={"type": "boolean"}),
    "Dog": variant("dog", bark={"type": "boolean"}),
}


def _item(schemas: Schemas) -> dict[str, Any]:
    item: dict[str, Any] = schemas["Thing"]["properties"]["item"]
    return item


@pytest.mark.parametrize(
    ("edit", "suffix"),
    [
        (lambda d: d["mapping"].__setitem__("kitten", ref("Cat")["$ref"]), "discriminator-mapping-added"),
        (lambda d: d["mapping"].__delitem__("dog"), "discriminator-mapping-deleted"),
        (lambda d: d["mapping"].__setitem__("dog", ref("Cat")["$ref"]), "discriminator-mapping-changed"),
        (lambda d: d.__setitem__("propertyName", "kind"), "discriminator-property-name-changed"),
    ],
    ids=["mapping-added", "mapping-deleted", "mapping-changed", "property-name-changed"],
)
def test_discriminator_changes(edit: Any, suffix: str):
    new = copy.deepcopy(TAGGED)
    edit(_item(new)["discriminator"])
    assert changes(TAGGED, new) == {
        (f"request-property-{suffix}", INFO, POST),
        (f"response-property-{suffix}", INFO, GET),
    }


def test_discriminator_removed_and_added():
    new = copy.deepcopy(TAGGED)
    del _item(new)["discriminator"]
    assert changes(TAGGED, new) == {
        ("request-property-discriminator-removed", INFO, POST),
        ("response-property-discriminator-removed", INFO, GET),
    }
    assert changes(new, TAGGED) == {
        ("request-property-discriminator-added", INFO, POST),
        ("response-property-discriminator-added", INFO, GET),
    }


def test_members_renamed_are_matched_by_discriminator_tag():
    # OpenAI bf2a340 -> 498c71d: the members of a tagged oneOf moved to other components; the tag says which is which.
    new = copy.deepcopy(TAGGED)
    new["HouseCat"] = new.pop("Cat")
    new["HouseCat"]["properties"]["lives"] = {"type": "integer"}
    _item(new)["oneOf"] = [ref("Dog"), ref("HouseCat")]
    _item(new)["discriminator"]["mapping"]["cat"] = ref("HouseCat")["$ref"]
    assert changes(TAGGED, new) == {
        ("new-optional-request-property", INFO, POST),
        ("response-optional-property-added", INFO, GET),
        ("request-property-discriminator-mapping-changed", INFO, POST),
        ("response-property-discriminator-mapping-changed", INFO, GET),
        ("api-schema-removed", INFO, ""),
    }


def test_member_added_and_removed_by_identity():
    new = copy.deepcopy(TAGGED)
    new["Bird"] = variant("bird", tweet={"type": "boolean"})
    _item(new)["oneOf"] = [ref("Bird"), ref("Cat")]
    del _item(new)["discriminator"]["mapping"]["dog"]
    _item(new)["discriminator"]["mapping"]["bird"] = ref("Bird")["$ref"]
    assert changes(TAGGED, new) == {
        ("request-property-one-of-added", INFO, POST),
        ("request-property-one-of-removed", ERR, POST),
        ("response-property-one-of-added", ERR, GET),
        ("response-property-one-of-removed", INFO, GET),
        ("request-property-discriminator-mapping-added", INFO, POST),
        ("request-property-discriminator-mapping-deleted", INFO, POST),
        ("response-property-discriminator-mapping-added", INFO, GET),
        ("response-property-discriminator-mapping-deleted", INFO, GET),
    }


def test_plain_schema_becoming_a_composition_of_itself_and_more():
    # OpenAI 7973a7b -> a9b863b went the other way: `oneOf: [string, array of strings]` became `string`. A oneOf of
    # members of distinct types is a list of types, as oasdiff reads it (`list-of-types-*`).
    old: Schemas = {"Thing": {"type": "object", "properties": {"stop": {"type": "string"}}}}
    new: Schemas = {
        "Thing": {
            "type": "object",
            "properties": {"stop": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}},
        }
    }
    assert changes(old, new) == {
        ("request-property-list-of-types-widened", INFO, POST),
        ("response-property-list-of-types-widened", ERR, GET),
    }
    assert changes(new, old) == {
        ("request-property-list-of-types-narrowed", ERR, POST),
        ("response-property-list-of-types-narrowed", INFO, GET),
    }


def test_equivalent_compositions_are_no_change():
    # OpenAI 085baba -> 1ff8b64: an anyOf of enums regrouped under new components, accepting the same values.
    old: Schemas = {
        "Thing": {"type": "object", "properties": {"model": ref("ModelIds")}},
        "ModelIds": {
            "anyOf": [{"type": "string"}, {"type": "string", "enum": ["a", "b"]}, {"type": "string", "enum": ["c"]}]
        },
    }
    new: Schemas = {
        "Thing": {"type": "object", "properties": {"model": ref("ModelIds")}},
        "ModelIds": {"anyOf": [ref("Shared"), {"type": "string", "enum": ["c"]}]},
        "Shared": {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["a", "b"]}]},
    }
    assert changes(old, new) == set()


def test_members_renamed_and_changed_matched_by_the_property_that_fixes_their_kind():
    # OpenAI bf2a340 -> 498c71d: InputContent's members InputText/InputImage became InputTextContent/
    # InputImageContent, each gaining a default on `type`; no discriminator, but `type` lists each member's kind.
    old: Schemas = {
        "Thing": {"type": "object", "properties": {"content": {"oneOf": [ref("InputText"), ref("InputImage")]}}},
        "InputText": variant("input_text", text={"type": "string"}),
        "InputImage": variant("input_image", image_url={"type": "string"}),
    }
    new: Schemas = {
        "Thing": {
            "type": "object",
            "properties": {"content": {"oneOf": [ref("InputTextContent"), ref("InputImageContent")]}},
        },
        "InputTextContent": variant("input_text", text={"type": "string"}),
        "InputImageContent": variant("input_image", image_url={"type": "string"}),
    }
    new["InputTextContent"]["properties"]["type"]["default"] = "input_text"
    new["InputImageContent"]["properties"]["type"]["default"] = "input_image"
    assert changes(old, new) == {
        ("request-property-default-value-added", INFO, POST),
        ("response-property-default-value-added", INFO, GET),
        ("api-schema-removed", INFO, ""),
    }


def test_nullable_ref_spellings_of_openapi_3_0_are_no_change():
    # OpenAI b8c12c4 -> b9dc152 (and back in 8c0012f -> 6f26d46): `$ref: X` with `nullable: true` beside it became
    # `allOf: [$ref: X, {nullable: true}]`, the spelling that tools ignoring $ref siblings understand. Same intent.
    sibling: Schemas = {
        "Thing": {"type": "object", "properties": {"format": {**ref("Format"), "nullable": True}}},
        "Format": {"oneOf": [{"type": "string", "enum": ["auto"]}, {"type": "object", "properties": {"t": {}}}]},
    }
    all_of = copy.deepcopy(sibling)
    all_of["Thing"]["properties"]["format"] = {"allOf": [ref("Format"), {"nullable": True}], "description": "d"}
    assert changes(sibling, all_of) == set()
    assert changes(all_of, sibling) == set()
    plain = copy.deepcopy(sibling)
    plain["Thing"]["properties"]["format"] = ref("Format")
    assert changes(all_of, plain) == {
        ("request-property-became-not-nullable", ERR, POST),
        ("response-property-became-not-nullable", INFO, GET),
    }


def test_members_regrouped_under_a_nested_composition_are_found_in_it():
    # OpenAI 498c71d -> 5162af9 (EvalItem.content): the old members now live in a oneOf member of their own, which
    # adds one; the group is not "added" and the old members are not "removed".
    old: Schemas = {
        "Thing": {"type": "object", "properties": {"item": {"oneOf": [ref("Cat"), ref("Dog")]}}},
        "Cat": variant("cat", meow={"type": "boolean"}),
        "Dog": variant("dog", bark={"type": "boolean"}),
    }
    new = copy.deepcopy(old)
    new["Bird"] = variant("bird", tweet={"type": "boolean"})
    new["Pet"] = {"oneOf": [ref("Cat"), ref("Dog"), ref("Bird")]}
    new["Thing"]["properties"]["item"] = {"oneOf": [ref("Pet"), {"type": "array", "items": ref("Pet")}]}
    found = classify(document(old), document(new))
    assert sorted((c.check_id, c.level, c.operation) for c in found) == sorted(
        [
            ("request-property-one-of-added", INFO, POST),  # Bird, inside Pet
            ("request-property-one-of-added", INFO, POST),  # the array
            ("response-property-one-of-added", ERR, GET),
            ("response-property-one-of-added", ERR, GET),
        ]
    )
    assert {c.location.rsplit(": ", 1)[-1] for c in found} == {"item<Pet>", "item"}
    # and back: the group's extra member removed inside it, the array removed
    assert sorted(c.check_id for c in classify(document(new), document(old))) == [
        "api-schema-removed",  # Bird
        "api-schema-removed",  # Pet
        "request-property-one-of-removed",
        "request-property-one-of-removed",
        "response-property-one-of-removed",
        "response-property-one-of-removed",
    ]
