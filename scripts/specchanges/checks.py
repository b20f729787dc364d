"""The checks: id, level, oasdiff-style message and the sentence a client user reads in a changelog.

Ids and levels are oasdiff's (github.com/oasdiff/oasdiff, checker/rules.go and
checker/localizations_src/en/messages.yaml), except the few in `ANYJOB_CHECKS`, which oasdiff has no id for.

Levels: ERR (breaks clients), WARN (may break clients), INFO (compatible).

Each check also has the version bump it calls for (`Bump`): ERR -> major, WARN -> minor, and INFO -> minor when it adds
to what a client can do or deprecates something (new operation, parameter, field, value, status, media type; a
relaxed requirement), patch otherwise. `BUMP_OVERRIDES` raises a few INFO checks to major because the generated package
loses a public name with them (module, function or model class): removing an operation even after deprecating it,
renaming an operationId or a tag (modules are named after them), removing a component schema (models are). With the
client packages at hand, the Python API diff (`pyapi`, `join`) does the same from what the generator actually made:
any change it finds breaking calls for a major bump whatever its level here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Level(enum.StrEnum):
    ERR = "ERR"
    WARN = "WARN"
    INFO = "INFO"

    @property
    def rank(self) -> int:
        return {"ERR": 0, "WARN": 1, "INFO": 2}[self.value]


class Bump(enum.IntEnum):
    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Check:
    id: str
    level: Level
    text: str  # oasdiff-like message; fields in braces
    summary: str  # the same for a client user, without the operation (the changelog lists operations after it)
    bump: Bump


ERR, WARN, INFO = Level.ERR, Level.WARN, Level.INFO

# (id, level, text, summary[, additive]) -- `additive` marks INFO checks that call for a minor bump.
_TABLE: list[tuple[str, Level, str, str, bool]] = [
    # --- paths and operations ---
    ("endpoint-added", INFO, "endpoint added", "New operation.", True),
    ("endpoint-deprecated", INFO, "endpoint deprecated", "Deprecated: the operation is due to be removed.", True),
    ("endpoint-reactivated", INFO, "endpoint reactivated", "The operation is no longer deprecated.", True),
    (
        "api-path-removed-without-deprecation",
        ERR,
        "api path removed without deprecation",
        "Removed operation (the API no longer has this path; it was not deprecated first).",
        False,
    ),
    (
        "api-path-removed-with-deprecation",
        INFO,
        "api path removed with deprecation",
        "Removed operation (the API no longer has this path; it was deprecated before).",
        False,
    ),
    (
        "api-removed-without-deprecation",
        ERR,
        "api removed without deprecation",
        "Removed operation (it was not deprecated first).",
        False,
    ),
    ("api-removed-with-deprecation", INFO, "api removed with deprecation", "Removed deprecated operation.", False),
    (
        "api-operation-id-removed",
        INFO,
        "api operation id {old} removed and replaced with {new}",
        "Renamed the client function `{old}` to `{new}` (the operationId changed).",
        False,
    ),
    ("api-operation-id-added", INFO, "api operation id {new} was added", "The operation is now named `{new}`.", False),
    ("api-tag-removed", INFO, "api tag {old} removed", "The operation moved out of the `{old}` module group.", False),
    ("api-tag-added", INFO, "api tag {new} added", "The operation is also tagged `{new}`.", False),
    ("api-schema-removed", INFO, "removed the schema {name}", "Removed (or renamed) the model `{name}`.", False),
    # anyjob: a path parameter renamed (the URL is the same; the generated function's argument is renamed)
    (
        "request-path-parameter-renamed",
        WARN,
        "the path request parameter {old} was renamed to {new}",
        "The argument `{old}` is now called `{new}` (callers passing it by keyword must rename it).",
        False,
    ),
    # --- parameters ---
    (
        "new-required-request-parameter",
        ERR,
        "added the new required {in} request parameter {param}",
        "New required {in} parameter `{param}`: calls must now pass it.",
        False,
    ),
    (
        "new-request-path-parameter",
        ERR,
        "added the new path request parameter {param}",
        "New path parameter `{param}`: calls must now pass it.",
        False,
    ),
    (
        "new-required-request-default-parameter-to-existing-path",
        ERR,
        "added the new required {in} request parameter {param} to all operations of the path",
        "New required {in} parameter `{param}` (declared for the whole path): calls must now pass it.",
        False,
    ),
    (
        "new-optional-request-default-parameter-to-existing-path",
        INFO,
        "added the new optional {in} request parameter {param} to all operations of the path",
        "New optional {in} parameter `{param}` (declared for the whole path).",
        True,
    ),
    (
        "request-body-media-type-schema-added",
        ERR,
        "added a schema to the request body media type {media}",
        "The request body sent as `{media}` must now match a schema.",
        False,
    ),
    (
        "request-body-media-type-schema-removed",
        INFO,
        "removed the schema of the request body media type {media}",
        "The request body sent as `{media}` is no longer checked against a schema.",
        True,
    ),
    (
        "new-optional-request-parameter",
        INFO,
        "added the new optional {in} request parameter {param}",
        "New optional {in} parameter `{param}`.",
        True,
    ),
    (
        "request-parameter-removed",
        WARN,
        "deleted the {in} request parameter {param}",
        "Removed the {in} parameter `{param}`.",
        False,
    ),
    (
        "request-parameter-became-required",
        ERR,
        "the {in} request parameter {param} became required",
        "The {in} parameter `{param}` is now required.",
        False,
    ),
    (
        "request-parameter-became-optional",
        INFO,
        "the {in} request parameter {param} became optional",
        "The {in} parameter `{param}` is now optional.",
        True,
    ),
    (
        "request-parameter-type-changed",
        ERR,
        "for the {in} request parameter {param}, the type/format was changed from {old} to {new}",
        "The {in} parameter `{param}` changed type from `{old}` to `{new}`.",
        False,
    ),
    (
        "request-parameter-type-generalized",
        INFO,
        "for the {in} request parameter {param}, the type/format was widened from {old} to {new}",
        "The {in} parameter `{param}` accepts more: `{new}` instead of `{old}`.",
        True,
    ),
    (
        "request-parameter-enum-value-removed",
        ERR,
        "removed the enum value {values} from the {in} request parameter {param}",
        "The {in} parameter `{param}` no longer accepts {values}.",
        False,
    ),
    (
        "request-parameter-enum-value-added",
        INFO,
        "added the new enum value {values} to the {in} request parameter {param}",
        "The {in} parameter `{param}` accepts the new value(s) {values}.",
        True,
    ),
    (
        "request-parameter-became-enum",
        ERR,
        "the {in} request parameter {param} was restricted to a list of enum values",
        "The {in} parameter `{param}` only accepts {values} now.",
        False,
    ),
    (
        "request-parameter-became-nullable",
        INFO,
        "the {in} request parameter {param} became nullable",
        "The {in} parameter `{param}` accepts `null`.",
        True,
    ),
    (
        "request-parameter-became-not-nullable",
        ERR,
        "the {in} request parameter {param} became not nullable",
        "The {in} parameter `{param}` no longer accepts `null`.",
        False,
    ),
    (
        "request-parameter-deprecated",
        INFO,
        "{in} request parameter {param} was deprecated",
        "Deprecated the {in} parameter `{param}`.",
        True,
    ),
    (
        "request-parameter-reactivated",
        INFO,
        "{in} request parameter {param} was reactivated",
        "The {in} parameter `{param}` is no longer deprecated.",
        True,
    ),
    (
        "request-parameter-default-value-added",
        ERR,
        "for the {in} request parameter {param}, default value {new} was added",
        "The {in} parameter `{param}` now defaults to {new} when omitted.",
        False,
    ),
    (
        "request-parameter-default-value-changed",
        ERR,
        "for the {in} request parameter {param}, default value was changed from {old} to {new}",
        "The {in} parameter `{param}` now defaults to {new} (was {old}) when omitted.",
        False,
    ),
    (
        "request-parameter-default-value-removed",
        ERR,
        "for the {in} request parameter {param}, default value {old} was removed",
        "The {in} parameter `{param}` no longer defaults to {old}.",
        False,
    ),
    # --- request bodies ---
    (
        "request-body-added-required",
        ERR,
        "added required request body",
        "The operation now requires a request body.",
        False,
    ),
    ("request-body-added-optional", INFO, "added optional request body", "The operation accepts a request body.", True),
    ("request-body-removed", ERR, "removed the request body", "The operation no longer takes a request body.", False),
    ("request-body-became-required", ERR, "request body became required", "The request body is now required.", False),
    ("request-body-became-optional", INFO, "request body became optional", "The request body is now optional.", True),
    (
        "request-body-media-type-removed",
        ERR,
        "removed the media type {media} from the request body",
        "The request body can no longer be sent as `{media}`.",
        False,
    ),
    (
        "request-body-media-type-added",
        INFO,
        "added the media type {media} to the request body",
        "The request body can also be sent as `{media}`.",
        True,
    ),
    (
        "request-body-type-changed",
        ERR,
        "the request's body type/format changed from {old} to {new}",
        "The request body changed type from `{old}` to `{new}`.",
        False,
    ),
    (
        "request-body-type-generalized",
        INFO,
        "the request's body type/format was widened from {old} to {new}",
        "The request body accepts more: `{new}` instead of `{old}`.",
        True,
    ),
    (
        "request-body-became-nullable",
        INFO,
        "the request's body became nullable",
        "The request body may be `null`.",
        True,
    ),
    (
        "request-body-became-not-nullable",
        ERR,
        "the request's body became not nullable",
        "The request body may no longer be `null`.",
        False,
    ),
    (
        "request-body-enum-value-removed",
        ERR,
        "request body enum value removed {values}",
        "The request body no longer accepts {values}.",
        False,
    ),
    (
        "request-body-became-enum",
        ERR,
        "request body was restricted to a list of enum values",
        "The request body only accepts {values} now.",
        False,
    ),
    (
        "request-body-one-of-added",
        INFO,
        "added {variant} to the request body `oneOf` list",
        "The request body accepts a new kind of value ({variant}).",
        True,
    ),
    (
        "request-body-one-of-removed",
        ERR,
        "removed {variant} from the request body `oneOf` list",
        "The request body no longer accepts one kind of value ({variant}).",
        False,
    ),
    (
        "request-body-any-of-added",
        INFO,
        "added {variant} to the request body `anyOf` list",
        "The request body accepts a new kind of value ({variant}).",
        True,
    ),
    (
        "request-body-any-of-removed",
        ERR,
        "removed {variant} from the request body `anyOf` list",
        "The request body no longer accepts one kind of value ({variant}).",
        False,
    ),
    (
        "request-body-default-value-added",
        INFO,
        "the request body default value {new} was added",
        "The request body now defaults to {new}.",
        False,
    ),
    (
        "request-body-default-value-changed",
        INFO,
        "the request body default value changed from {old} to {new}",
        "The request body now defaults to {new} (was {old}).",
        False,
    ),
    (
        "request-body-default-value-removed",
        INFO,
        "the request body default value {old} was removed",
        "The request body no longer defaults to {old}.",
        False,
    ),
    # --- request properties ---
    (
        "new-required-request-property",
        ERR,
        "added the new required request property {prop}",
        "Request bodies must now include the new field `{prop}`.",
        False,
    ),
    (
        "new-required-request-property-with-default",
        ERR,
        "added the new required request property {prop} with a default value",
        "Request bodies must now include the new field `{prop}`.",
        False,
    ),
    (
        "new-optional-request-property",
        INFO,
        "added the new optional request property {prop}",
        "Request bodies accept the new optional field `{prop}`.",
        True,
    ),
    (
        "request-property-removed",
        WARN,
        "removed the request property {prop}",
        "Request bodies no longer have the field `{prop}`.",
        False,
    ),
    (
        "request-property-became-required",
        ERR,
        "the request property {prop} became required",
        "The request field `{prop}` is now required.",
        False,
    ),
    (
        "request-property-became-required-with-default",
        ERR,
        "the request property {prop} with a default value became required",
        "The request field `{prop}` is now required.",
        False,
    ),
    (
        "request-property-became-optional",
        INFO,
        "the request property {prop} became optional",
        "The request field `{prop}` is now optional.",
        True,
    ),
    (
        "request-property-type-changed",
        ERR,
        "the {prop} request property type/format changed from {old} to {new}",
        "The request field `{prop}` changed type from `{old}` to `{new}`.",
        False,
    ),
    (
        "request-property-type-generalized",
        INFO,
        "the {prop} request property type/format was widened from {old} to {new}",
        "The request field `{prop}` accepts more: `{new}` instead of `{old}`.",
        True,
    ),
    (
        "request-property-became-nullable",
        INFO,
        "the request property {prop} became nullable",
        "The request field `{prop}` accepts `null`.",
        True,
    ),
    (
        "request-property-became-not-nullable",
        ERR,
        "the request property {prop} became not nullable",
        "The request field `{prop}` no longer accepts `null`.",
        False,
    ),
    (
        "request-property-enum-value-removed",
        ERR,
        "removed the enum value {values} of the request property {prop}",
        "The request field `{prop}` no longer accepts {values}.",
        False,
    ),
    (
        "request-property-enum-value-added",
        INFO,
        "added the new {values} enum value to the request property {prop}",
        "The request field `{prop}` accepts the new value(s) {values}.",
        True,
    ),
    (
        "request-property-became-enum",
        ERR,
        "request property {prop} was restricted to a list of enum values",
        "The request field `{prop}` only accepts {values} now.",
        False,
    ),
    (
        "request-property-one-of-added",
        INFO,
        "added {variant} to the {prop} request property `oneOf` list",
        "The request field `{prop}` accepts a new kind of value ({variant}).",
        True,
    ),
    (
        "request-property-one-of-removed",
        ERR,
        "removed {variant} from the {prop} request property `oneOf` list",
        "The request field `{prop}` no longer accepts one kind of value ({variant}).",
        False,
    ),
    (
        "request-property-any-of-added",
        INFO,
        "added {variant} to the {prop} request property `anyOf` list",
        "The request field `{prop}` accepts a new kind of value ({variant}).",
        True,
    ),
    (
        "request-property-any-of-removed",
        ERR,
        "removed {variant} from the {prop} request property `anyOf` list",
        "The request field `{prop}` no longer accepts one kind of value ({variant}).",
        False,
    ),
    (
        "request-property-deprecated",
        INFO,
        "request property {prop} deprecated",
        "Deprecated the request field `{prop}`.",
        True,
    ),
    (
        "request-property-reactivated",
        INFO,
        "request property {prop} reactivated",
        "The request field `{prop}` is no longer deprecated.",
        True,
    ),
    (
        "request-property-default-value-added",
        INFO,
        "the {prop} request property default value {new} was added",
        "The request field `{prop}` now defaults to {new}.",
        False,
    ),
    (
        "request-property-default-value-changed",
        INFO,
        "the {prop} request property default value changed from {old} to {new}",
        "The request field `{prop}` now defaults to {new} (was {old}).",
        False,
    ),
    (
        "request-property-default-value-removed",
        INFO,
        "the {prop} request property default value {old} was removed",
        "The request field `{prop}` no longer defaults to {old}.",
        False,
    ),
    # --- responses ---
    (
        "response-success-status-removed",
        ERR,
        "removed the success response with the status {status}",
        "The API no longer answers with status {status}.",
        False,
    ),
    (
        "response-non-success-status-removed",
        INFO,
        "removed the non-success response with the status {status}",
        "The error response with status {status} is no longer documented.",
        False,
    ),
    (
        "response-success-status-added",
        INFO,
        "added the success response with the status {status}",
        "The API may also answer with status {status}.",
        True,
    ),
    (
        "response-non-success-status-added",
        INFO,
        "added the non-success response with the status {status}",
        "Documented the error response with status {status}.",
        True,
    ),
    (
        "response-media-type-removed",
        ERR,
        "removed the media type {media} for the response with the status {status}",
        "Responses are no longer sent as `{media}`.",
        False,
    ),
    (
        "response-media-type-added",
        INFO,
        "added the media type {media} for the response with the status {status}",
        "Responses may also come as `{media}`.",
        True,
    ),
    (
        "response-body-media-type-schema-removed",
        WARN,
        "removed the schema from the media type {media} for the response with the status {status}",
        "The response body is no longer described (any JSON may come back).",
        False,
    ),
    (
        "response-body-media-type-schema-added",
        INFO,
        "added a schema to the media type {media} for the response with the status {status}",
        "The response body is now described.",
        True,
    ),
    (
        "response-body-type-changed",
        ERR,
        "the response's body type/format changed from {old} to {new} for status {status}",
        "The response body changed type from `{old}` to `{new}`.",
        False,
    ),
    (
        "response-body-type-generalized",
        ERR,
        "the response's body type/format was widened from {old} to {new} for status {status}",
        "The response body may now be `{new}` (it was `{old}`).",
        False,
    ),
    (
        "response-body-type-specialized",
        INFO,
        "the response's body type/format was narrowed from {old} to {new} for status {status}",
        "The response body is now always `{new}` (it was `{old}`).",
        False,
    ),
    (
        "response-body-became-nullable",
        ERR,
        "the response's body became nullable",
        "The response body may now be `null`.",
        False,
    ),
    (
        "response-body-became-not-nullable",
        INFO,
        "the response's body became not nullable",
        "The response body is never `null` now.",
        False,
    ),
    (
        "response-body-one-of-added",
        ERR,
        "added {variant} to the response body `oneOf` list for the response status {status}",
        "The response body may now be a new kind of value ({variant}).",
        False,
    ),
    (
        "response-body-one-of-removed",
        INFO,
        "removed {variant} from the response body `oneOf` list for the response status {status}",
        "The response body is no longer one kind of value ({variant}).",
        False,
    ),
    (
        "response-body-any-of-added",
        INFO,
        "added {variant} to the response body `anyOf` list for the response status {status}",
        "The response body may now be a new kind of value ({variant}).",
        False,
    ),
    (
        "response-body-any-of-removed",
        INFO,
        "removed {variant} from the response body `anyOf` list for the response status {status}",
        "The response body is no longer one kind of value ({variant}).",
        False,
    ),
    (
        "response-mediatype-enum-value-removed",
        INFO,
        "response schema {media} enum value removed {values}",
        "The response body is never {values} now.",
        False,
    ),
    (
        "response-body-default-value-added",
        INFO,
        "the response body default value {new} was added for the status {status}",
        "The response body now defaults to {new}.",
        False,
    ),
    (
        "response-body-default-value-changed",
        INFO,
        "the response body default value changed from {old} to {new} for the status {status}",
        "The response body now defaults to {new} (was {old}).",
        False,
    ),
    (
        "response-body-default-value-removed",
        INFO,
        "the response body default value {old} was removed for the status {status}",
        "The response body no longer defaults to {old}.",
        False,
    ),
    # --- response properties ---
    (
        "response-required-property-removed",
        ERR,
        "removed the required property {prop} from the response with the {status} status",
        "Responses no longer include the field `{prop}` (it was always present before).",
        False,
    ),
    (
        "response-optional-property-removed",
        WARN,
        "removed the optional property {prop} from the response with the {status} status",
        "Responses no longer include the optional field `{prop}`.",
        False,
    ),
    (
        "response-required-property-added",
        INFO,
        "added the required property {prop} to the response with the {status} status",
        "Responses always include the new field `{prop}`.",
        True,
    ),
    (
        "response-optional-property-added",
        INFO,
        "added the optional property {prop} to the response with the {status} status",
        "Responses may include the new field `{prop}`.",
        True,
    ),
    (
        "response-property-became-optional",
        ERR,
        "the response property {prop} became optional for the status {status}",
        "The response field `{prop}` may now be absent (it was always present).",
        False,
    ),
    (
        "response-property-became-required",
        INFO,
        "the response property {prop} became required for the status {status}",
        "The response field `{prop}` is now always present.",
        False,
    ),
    (
        "response-property-became-nullable",
        ERR,
        "the response property {prop} became nullable for the status {status}",
        "The response field `{prop}` may now be `null`.",
        False,
    ),
    (
        "response-property-became-not-nullable",
        INFO,
        "the response property {prop} became not nullable for the status {status}",
        "The response field `{prop}` is never `null` now.",
        False,
    ),
    (
        "response-property-type-changed",
        ERR,
        "the response's property {prop} type/format changed from {old} to {new} for status {status}",
        "The response field `{prop}` changed type from `{old}` to `{new}`.",
        False,
    ),
    (
        "response-property-type-generalized",
        ERR,
        "the response's property {prop} type/format was widened from {old} to {new} for status {status}",
        "The response field `{prop}` may now be `{new}` (it was `{old}`).",
        False,
    ),
    (
        "response-property-type-specialized",
        INFO,
        "the response's property {prop} type/format was narrowed from {old} to {new} for status {status}",
        "The response field `{prop}` is now always `{new}` (it was `{old}`).",
        False,
    ),
    (
        "response-property-enum-value-added",
        WARN,
        "added the new {values} enum value to the {prop} response property for the response status {status}",
        "The response field `{prop}` may now contain {values}.",
        False,
    ),
    (
        "response-property-enum-value-removed",
        INFO,
        "removed the {values} enum value from the {prop} response property for the response status {status}",
        "The response field `{prop}` no longer contains {values}.",
        False,
    ),
    (
        "response-property-one-of-added",
        ERR,
        "added {variant} to the {prop} response property `oneOf` list for the response status {status}",
        "The response field `{prop}` may now be a new kind of value ({variant}).",
        False,
    ),
    (
        "response-property-one-of-removed",
        INFO,
        "removed {variant} from the {prop} response property `oneOf` list for the response status {status}",
        "The response field `{prop}` is no longer one kind of value ({variant}).",
        False,
    ),
    (
        "response-property-any-of-added",
        INFO,
        "added {variant} to the {prop} response property `anyOf` list for the response status {status}",
        "The response field `{prop}` may now be a new kind of value ({variant}).",
        False,
    ),
    (
        "response-property-any-of-removed",
        INFO,
        "removed {variant} from the {prop} response property `anyOf` list for the response status {status}",
        "The response field `{prop}` is no longer one kind of value ({variant}).",
        False,
    ),
    (
        "response-property-deprecated",
        INFO,
        "response property {prop} deprecated",
        "Deprecated the response field `{prop}`.",
        True,
    ),
    (
        "response-property-reactivated",
        INFO,
        "response property {prop} reactivated",
        "The response field `{prop}` is no longer deprecated.",
        True,
    ),
    (
        "response-property-default-value-added",
        INFO,
        "the {prop} response's property default value {new} was added for the status {status}",
        "The response field `{prop}` now defaults to {new}.",
        False,
    ),
    (
        "response-property-default-value-changed",
        INFO,
        "the {prop} response's property default value changed from {old} to {new} for the status {status}",
        "The response field `{prop}` now defaults to {new} (was {old}).",
        False,
    ),
    (
        "response-property-default-value-removed",
        INFO,
        "the {prop} response's property default value {old} was removed for the status {status}",
        "The response field `{prop}` no longer defaults to {old}.",
        False,
    ),
    # --- response headers ---
    (
        "required-response-header-removed",
        ERR,
        "the mandatory response header {header} removed for the status {status}",
        "Responses no longer carry the header `{header}` (it was always sent).",
        False,
    ),
    (
        "optional-response-header-removed",
        WARN,
        "the optional response header {header} removed for the status {status}",
        "Responses no longer carry the header `{header}`.",
        False,
    ),
    (
        "response-header-added",
        INFO,
        "added the response header {header} for the status {status}",
        "Responses carry the new header `{header}`.",
        True,
    ),
    (
        "response-header-became-optional",
        ERR,
        "the response header {header} became optional for the status {status}",
        "The response header `{header}` may now be absent.",
        False,
    ),
    (
        "response-header-type-changed",
        ERR,
        "the response header {header} type/format changed from {old} to {new} for the status {status}",
        "The response header `{header}` changed type from `{old}` to `{new}`.",
        False,
    ),
]

# Lifecycle (oasdiff docs/DEPRECATION.md, docs/STABILITY.md), mutability (readOnly/writeOnly), oneOf wrapping and
# properties inside parameter schemas: oasdiff's ids and levels.
_TABLE += [
    (
        "endpoint-deprecated-with-sunset",
        INFO,
        "endpoint deprecated with sunset date {sunset}",
        "Deprecated: the operation may be removed on or after {sunset}.",
        True,
    ),
    (
        "api-removed-before-sunset",
        ERR,
        "api removed before the sunset date {sunset}",
        "Removed operation before its announced sunset date {sunset}.",
        False,
    ),
    (
        "api-path-removed-before-sunset",
        ERR,
        "api path removed before the sunset date {sunset}",
        "Removed operation (and its path) before its announced sunset date {sunset}.",
        False,
    ),
    (
        "sunset-deleted",
        ERR,
        "api sunset date deleted, but deprecated=true kept",
        "The operation stays deprecated but no longer has a sunset date.",
        False,
    ),
    (
        "api-sunset-date-changed-too-small",
        ERR,
        "api sunset date changed to an earlier date, from {old} to {new}",
        "The operation's sunset date moved earlier, from {old} to {new}.",
        False,
    ),
    (
        "api-deprecated-sunset-missing",
        ERR,
        "sunset date is missing for deprecated API",
        "Deprecated without the sunset date the deprecation policy asks for.",
        False,
    ),
    (
        "api-sunset-date-too-small",
        ERR,
        "sunset date {sunset} is too small, must be at least {days} days from now",
        "Deprecated with a sunset date ({sunset}) sooner than the deprecation policy allows ({days} days).",
        False,
    ),
    (
        "api-deprecated-sunset-parse",
        ERR,
        "failed to parse sunset date: {sunset}",
        "Deprecated with an x-sunset that is not a date ({sunset}).",
        False,
    ),
    (
        "api-path-sunset-parse",
        ERR,
        "failed to parse sunset date: {sunset}",
        "The operation's x-sunset is not a date ({sunset}).",
        False,
    ),
    (
        "api-invalid-stability-level",
        ERR,
        "failed to parse stability level: {value} is not one of draft, alpha, beta or stable",
        "The operation's x-stability-level `{value}` is not one of draft, alpha, beta or stable.",
        False,
    ),
    (
        "api-stability-decreased",
        ERR,
        "endpoint stability level decreased from {old} to {new}",
        "The operation is less stable now: {old} -> {new}.",
        False,
    ),
    (
        "api-stability-increased",
        INFO,
        "endpoint stability level increased from {old} to {new}",
        "The operation is more stable now: {old} -> {new}.",
        False,
    ),
    (
        "request-property-stability-decreased",
        ERR,
        "request property {prop} stability level decreased from {old} to {new}",
        "The request field `{prop}` is less stable now: {old} -> {new}.",
        False,
    ),
    (
        "request-property-stability-increased",
        INFO,
        "request property {prop} stability level increased from {old} to {new}",
        "The request field `{prop}` is more stable now: {old} -> {new}.",
        False,
    ),
    (
        "response-property-stability-decreased",
        ERR,
        "response property {prop} stability level decreased from {old} to {new}",
        "The response field `{prop}` is less stable now: {old} -> {new}.",
        False,
    ),
    (
        "response-property-stability-increased",
        INFO,
        "response property {prop} stability level increased from {old} to {new}",
        "The response field `{prop}` is more stable now: {old} -> {new}.",
        False,
    ),
    (
        "request-parameter-deprecated-sunset-missing",
        ERR,
        "{in} request parameter {param} was deprecated without the sunset date the deprecation policy asks for",
        "Deprecated the {in} parameter `{param}` without a sunset date.",
        False,
    ),
    (
        "request-parameter-sunset-parse",
        ERR,
        "failed to parse the sunset date {sunset} of the {in} request parameter {param}",
        "The {in} parameter `{param}` has an x-sunset that is not a date ({sunset}).",
        False,
    ),
    (
        "request-parameter-sunset-date-too-small",
        ERR,
        "the sunset date {sunset} of the {in} request parameter {param} is less than {days} days from now",
        "Deprecated the {in} parameter `{param}` with a sunset date ({sunset}) sooner than the policy allows.",
        False,
    ),
    (
        "request-parameter-sunset-deleted",
        ERR,
        "the sunset date of the deprecated {in} request parameter {param} was deleted",
        "The deprecated {in} parameter `{param}` no longer has a sunset date.",
        False,
    ),
    (
        "request-parameter-sunset-date-changed-too-small",
        ERR,
        "the sunset date of the {in} request parameter {param} moved earlier, from {old} to {new}",
        "The sunset date of the {in} parameter `{param}` moved earlier, from {old} to {new}.",
        False,
    ),
    (
        "request-parameter-removed-with-deprecation",
        INFO,
        "deleted the {in} request parameter {param} with deprecation",
        "Removed the deprecated {in} parameter `{param}`.",
        False,
    ),
    (
        "request-parameter-removed-before-sunset",
        ERR,
        "deleted the {in} request parameter {param} before the sunset date {sunset}",
        "Removed the {in} parameter `{param}` before its announced sunset date {sunset}.",
        False,
    ),
    (
        "request-property-deprecated-with-sunset",
        INFO,
        "request property {prop} deprecated with sunset date {sunset}",
        "Deprecated the request field `{prop}`; it may be removed on or after {sunset}.",
        True,
    ),
    (
        "response-property-deprecated-with-sunset",
        INFO,
        "response property {prop} deprecated with sunset date {sunset}",
        "Deprecated the response field `{prop}`; it may be removed on or after {sunset}.",
        True,
    ),
    (
        "request-property-deprecated-sunset-missing",
        ERR,
        "request property {prop} was deprecated without the sunset date the deprecation policy asks for",
        "Deprecated the request field `{prop}` without a sunset date.",
        False,
    ),
    (
        "request-property-deprecated-sunset-invalid",
        ERR,
        "request property {prop} was deprecated with an invalid sunset date {sunset}",
        "Deprecated the request field `{prop}` with an x-sunset that is not a date ({sunset}).",
        False,
    ),
    (
        "request-property-sunset-date-too-small",
        ERR,
        "request property {prop} was deprecated with a sunset date {sunset} sooner than the policy allows",
        "Deprecated the request field `{prop}` with a sunset date ({sunset}) sooner than the policy allows.",
        False,
    ),
    (
        "response-property-deprecated-sunset-missing",
        ERR,
        "response property {prop} was deprecated without the sunset date the deprecation policy asks for",
        "Deprecated the response field `{prop}` without a sunset date.",
        False,
    ),
    (
        "response-property-deprecated-sunset-invalid",
        ERR,
        "response property {prop} was deprecated with an invalid sunset date {sunset}",
        "Deprecated the response field `{prop}` with an x-sunset that is not a date ({sunset}).",
        False,
    ),
    (
        "response-property-sunset-date-too-small",
        ERR,
        "response property {prop} was deprecated with a sunset date {sunset} sooner than the policy allows",
        "Deprecated the response field `{prop}` with a sunset date ({sunset}) sooner than the policy allows.",
        False,
    ),
    (
        "request-body-wrapped-in-one-of",
        ERR,
        "the request body was restructured into a oneOf, so a payload that was previously valid may no longer be "
        "accepted",
        "The request body is now one of several shapes (`oneOf`): a body that was valid may no longer be accepted.",
        False,
    ),
    (
        "response-body-wrapped-in-one-of",
        ERR,
        "the response body was restructured into a oneOf, so a field that was previously guaranteed may no longer be "
        "present",
        "The response body is now one of several shapes (`oneOf`): a field that was always there may be missing.",
        False,
    ),
    (
        "request-read-only-property-enum-value-removed",
        INFO,
        "removed the enum value {values} of the request read-only property {prop}",
        "The read-only field `{prop}` (never sent) no longer lists {values}.",
        False,
    ),
    (
        "response-write-only-property-enum-value-added",
        INFO,
        "added the new {values} enum value to the {prop} response write-only property for the response status {status}",
        "The write-only field `{prop}` (never returned) accepts the new value(s) {values}.",
        True,
    ),
    (
        "response-optional-write-only-property-added",
        INFO,
        "added the optional write-only property {prop} to the response with the {status} status",
        "New write-only field `{prop}` (never returned).",
        True,
    ),
    (
        "response-optional-write-only-property-removed",
        INFO,
        "removed the optional write-only property {prop} from the response with the {status} status",
        "Removed the write-only field `{prop}` (never returned).",
        False,
    ),
    (
        "response-required-write-only-property-added",
        INFO,
        "added the required write-only property {prop} to the response with the {status} status",
        "New write-only field `{prop}` (never returned).",
        True,
    ),
    (
        "response-required-write-only-property-removed",
        INFO,
        "removed the required write-only property {prop} from the response with the {status} status",
        "Removed the write-only field `{prop}` (never returned).",
        False,
    ),
    (
        "response-write-only-property-became-optional",
        INFO,
        "the response write-only property {prop} became optional for the status {status}",
        "The write-only field `{prop}` (never returned) became optional.",
        False,
    ),
    (
        "response-write-only-property-became-required",
        INFO,
        "the response write-only property {prop} became required for the status {status}",
        "The write-only field `{prop}` (never returned) became required.",
        False,
    ),
    (
        "request-parameter-list-of-types-narrowed",
        ERR,
        "the {in} request parameter {param} accepts fewer types",
        "The {in} parameter `{param}` accepts fewer types.",
        False,
    ),
    (
        "request-parameter-list-of-types-widened",
        INFO,
        "the {in} request parameter {param} accepts more types",
        "The {in} parameter `{param}` accepts more types.",
        True,
    ),
    (
        "request-parameter-property-list-of-types-narrowed",
        ERR,
        "the property {prop} of the {in} request parameter {param} accepts fewer types",
        "The field `{prop}` of the {in} parameter `{param}` accepts fewer types.",
        False,
    ),
    (
        "request-parameter-property-list-of-types-widened",
        INFO,
        "the property {prop} of the {in} request parameter {param} accepts more types",
        "The field `{prop}` of the {in} parameter `{param}` accepts more types.",
        True,
    ),
    (
        "request-parameter-x-extensible-enum-value-removed",
        ERR,
        "removed the x-extensible-enum value {values} of the {in} request parameter {param}",
        "The {in} parameter `{param}` no longer accepts {values}.",
        False,
    ),
    (
        "request-property-x-extensible-enum-value-removed",
        ERR,
        "removed the x-extensible-enum value {values} of the request property {prop}",
        "The request field `{prop}` no longer accepts {values}.",
        False,
    ),
    (
        "response-header-type-generalized",
        ERR,
        "for the response header {header} (status {status}), the type/format was widened from {old} to {new}",
        "The response header `{header}` may now be `{new}` (was `{old}`).",
        False,
    ),
    (
        "response-header-type-specialized",
        INFO,
        "for the response header {header} (status {status}), the type/format was narrowed from {old} to {new}",
        "The response header `{header}` is narrower now: `{new}` (was `{old}`).",
        False,
    ),
    (
        "response-header-type-compatible",
        INFO,
        "for the response header {header} (status {status}), the type/format changed from {old} to {new}, which a "
        "text header reads alike",
        "The response header `{header}` is now declared `{new}` (was `{old}`).",
        False,
    ),
    (
        "response-header-became-nullable",
        ERR,
        "the response header {header} (status {status}) became nullable",
        "The response header `{header}` may now be null.",
        False,
    ),
    (
        "response-header-became-not-nullable",
        INFO,
        "the response header {header} (status {status}) became not nullable",
        "The response header `{header}` is never null now.",
        False,
    ),
    (
        "response-media-type-name-changed",
        INFO,
        "the response media type {old} changed to {new} (status {status})",
        "The response (status {status}) is sent as `{new}` (was `{old}`).",
        False,
    ),
    (
        "response-media-type-name-generalized",
        ERR,
        "the response media type {old} was generalized to {new} (status {status})",
        "The response (status {status}) is sent as the more general `{new}` (was `{old}`).",
        False,
    ),
    (
        "response-media-type-name-specialized",
        INFO,
        "the response media type {old} was specialized to {new} (status {status})",
        "The response (status {status}) is sent as the more specific `{new}` (was `{old}`).",
        False,
    ),
    (
        "new-required-request-header-property",
        ERR,
        "added the new required property {prop} to the header parameter {param}",
        "The header parameter `{param}` must now include the field `{prop}`.",
        False,
    ),
    (
        "request-header-property-became-required",
        ERR,
        "the property {prop} of the header parameter {param} became required",
        "The field `{prop}` of the header parameter `{param}` is now required.",
        False,
    ),
    (
        "request-header-property-became-enum",
        ERR,
        "the property {prop} of the header parameter {param} was restricted to a list of enum values",
        "The field `{prop}` of the header parameter `{param}` only accepts {values} now.",
        False,
    ),
    (
        "request-parameter-property-became-nullable",
        INFO,
        "the {prop} property of the {in} request parameter {param} became nullable",
        "The field `{prop}` of the {in} parameter `{param}` accepts `null`.",
        True,
    ),
    (
        "request-parameter-property-became-not-nullable",
        ERR,
        "the {prop} property of the {in} request parameter {param} became not nullable",
        "The field `{prop}` of the {in} parameter `{param}` no longer accepts `null`.",
        False,
    ),
    (
        "request-parameter-property-enum-value-removed",
        ERR,
        "removed the enum value {values} from the property {prop} of the {in} request parameter {param}",
        "The field `{prop}` of the {in} parameter `{param}` no longer accepts {values}.",
        False,
    ),
    (
        "request-parameter-property-enum-value-added",
        INFO,
        "added the enum value {values} to the property {prop} of the {in} request parameter {param}",
        "The field `{prop}` of the {in} parameter `{param}` accepts the new value(s) {values}.",
        True,
    ),
    (
        "request-parameter-property-type-changed",
        WARN,
        "for the {in} request parameter {param}, the type/format of property {prop} was changed from {old} to {new}",
        "The field `{prop}` of the {in} parameter `{param}` changed type from `{old}` to `{new}`.",
        False,
    ),
    (
        "request-parameter-property-type-generalized",
        INFO,
        "for the {in} request parameter {param}, the type/format of property {prop} was widened from {old} to {new}",
        "The field `{prop}` of the {in} parameter `{param}` accepts more: `{new}` instead of `{old}`.",
        True,
    ),
    (
        "request-parameter-property-type-specialized",
        ERR,
        "for the {in} request parameter {param}, the type/format of property {prop} was narrowed from {old} to {new}",
        "The field `{prop}` of the {in} parameter `{param}` accepts less: `{new}` instead of `{old}`.",
        False,
    ),
]

# A change to the generated Python package that no spec change explains (anyjob's; see pyapi.py). The text is the
# Python API change's own sentence.
PYTHON_KINDS = (
    "removed",
    "renamed",
    "parameter-removed",
    "parameter-renamed",
    "parameter-added-required",
    "parameter-became-required",
    "parameter-default-changed",
    "parameter-moved",
    "parameter-kind-changed",
    "kind-changed",
    "return-changed",
    "base-removed",
)
_TABLE += [(f"python-api-{kind}", ERR, "{text}", "{text}", False) for kind in PYTHON_KINDS]

# Request constraints: (keyword, tightened, relaxed, set where there was none). oasdiff's ids, same levels.
_CONSTRAINT_IDS: dict[str, tuple[str, str, str | None]] = {
    "maximum": ("max-decreased", "max-increased", "max-set"),
    "minimum": ("min-increased", "min-decreased", "min-set"),
    "exclusiveMaximum": ("exclusive-max-decreased", "exclusive-max-increased", "exclusive-max-set"),
    "exclusiveMinimum": ("exclusive-min-increased", "exclusive-min-decreased", "exclusive-min-set"),
    "maxLength": ("max-length-decreased", "max-length-increased", "max-length-set"),
    "minLength": ("min-length-increased", "min-length-decreased", None),
    "minItems": ("min-items-increased", "min-items-decreased", "min-items-set"),
    "maxItems": ("max-items-decreased", "max-items-increased", None),
}
_CONSTRAINT_WORDS = {
    "maximum": "maximum",
    "minimum": "minimum",
    "exclusiveMaximum": "exclusive maximum",
    "exclusiveMinimum": "exclusive minimum",
    "maxLength": "maximum length",
    "minLength": "minimum length",
    "minItems": "minimum number of items",
    "maxItems": "maximum number of items",
}


def _constraint_checks() -> list[tuple[str, Level, str, str, bool]]:
    rows: list[tuple[str, Level, str, str, bool]] = []
    for keyword, (tight, loose, set_) in _CONSTRAINT_IDS.items():
        word = _CONSTRAINT_WORDS[keyword]
        for owner, subject, name in (
            ("request-parameter", "the {in} request parameter {param}", "The {in} parameter `{param}`"),
            ("request-property", "the request property {prop}", "The request field `{prop}`"),
        ):
            for suffix, level, verb, additive in (
                (tight, ERR, "tightened", False),
                (loose, INFO, "relaxed", True),
                (set_, WARN, "set", False),
            ):
                if suffix is None:
                    continue
                if verb == "set":
                    text, summary = (
                        f"for {subject}, the {word} was set to {{new}}",
                        f"{name} now has a {word} of {{new}}.",
                    )
                else:
                    text = f"for {subject}, the {word} was {verb} from {{old}} to {{new}}"
                    summary = f"{name}: {word} {verb} from {{old}} to {{new}}."
                rows.append((f"{owner}-{suffix}", level, text, summary, additive))
    for owner, subject, name in (
        ("request-parameter", "the {in} request parameter {param}", "The {in} parameter `{param}`"),
        ("request-property", "the request property {prop}", "The request field `{prop}`"),
    ):
        rows += [
            (
                f"{owner}-pattern-added",
                ERR,
                f"added the pattern {{new}} to {subject}",
                f"{name} must now match the pattern `{{new}}`.",
                False,
            ),
            (
                f"{owner}-pattern-changed",
                WARN,
                f"changed the pattern of {subject} from {{old}} to {{new}}",
                f"{name} must now match the pattern `{{new}}` (was `{{old}}`).",
                False,
            ),
            (
                f"{owner}-pattern-removed",
                INFO,
                f"removed the pattern {{old}} from {subject}",
                f"{name} no longer has to match a pattern.",
                True,
            ),
            (
                f"{owner}-pattern-generalized",
                INFO,
                f"changed the pattern of {subject} from {{old}} to a more general pattern {{new}}",
                f"{name} accepts any value now (pattern `{{new}}`).",
                True,
            ),
        ]
    # A read-only property is never sent: tightening its bounds in a request is harmless (oasdiff: INFO).
    for keyword, word in (
        ("max-decreased", "max"),
        ("exclusive-max-decreased", "exclusiveMaximum"),
        ("max-length-decreased", "maxLength"),
        ("min-increased", "min"),
        ("exclusive-min-increased", "exclusiveMinimum"),
    ):
        verb = "decreased" if keyword.endswith("decreased") else "increased"
        rows.append(
            (
                f"request-read-only-property-{keyword}",
                INFO,
                f"the {{prop}} request read-only property's {word} was {verb} to {{new}}",
                f"The read-only field `{{prop}}` (never sent): {word} {verb} to {{new}}.",
                False,
            )
        )
    return rows


# Schema keyword checks that oasdiff has for the request body, request properties, the response body and response
# properties alike: (suffix, levels in that order, what happened). A request rejects more when its schema adds a
# constraint (ERR); a response returns more when its schema drops one (ERR).
_TIGHTEN, _LOOSEN, _EITHER, _NEUTRAL = (ERR, ERR, INFO, INFO), (INFO, INFO, ERR, ERR), (ERR, ERR, ERR, ERR), (INFO,) * 4
_SCHEMA_FAMILIES: list[tuple[str, tuple[Level, Level, Level, Level], str]] = [
    ("all-of-added", (ERR, ERR, INFO, INFO), "added {variant} to the `allOf` list"),
    ("all-of-removed", (WARN, WARN, INFO, INFO), "removed {variant} from the `allOf` list"),
    ("all-of-added-annotation-only", _NEUTRAL, "added the annotation-only {variant} to the `allOf` list"),
    ("all-of-removed-annotation-only", _NEUTRAL, "removed the annotation-only {variant} from the `allOf` list"),
    ("const-added", _TIGHTEN, "the constant value {new} was set"),
    ("const-changed", _EITHER, "the constant value changed from {old} to {new}"),
    ("const-removed", _LOOSEN, "the constant value {old} was removed"),
    ("content-encoding-changed", _EITHER, "contentEncoding changed from {old} to {new}"),
    ("content-media-type-changed", _EITHER, "contentMediaType changed from {old} to {new}"),
    ("content-schema-added", _TIGHTEN, "a contentSchema was added"),
    ("content-schema-removed", _LOOSEN, "the contentSchema was removed"),
    ("dependent-required-added", _TIGHTEN, "dependentRequired for {key} was added ({new})"),
    ("dependent-required-changed", _EITHER, "dependentRequired for {key} changed from {old} to {new}"),
    ("dependent-required-removed", _LOOSEN, "dependentRequired for {key} was removed ({old})"),
    ("dependent-schema-added", _TIGHTEN, "a dependentSchema for {key} was added"),
    ("dependent-schema-removed", _LOOSEN, "the dependentSchema for {key} was removed"),
    ("discriminator-added", _NEUTRAL, "a discriminator was added"),
    ("discriminator-removed", _NEUTRAL, "the discriminator was removed"),
    ("discriminator-property-name-changed", _NEUTRAL, "the discriminator property changed from {old} to {new}"),
    ("discriminator-mapping-added", _NEUTRAL, "discriminator mapping keys {new} were added"),
    ("discriminator-mapping-deleted", _NEUTRAL, "discriminator mapping keys {old} were removed"),
    ("discriminator-mapping-changed", _NEUTRAL, "the discriminator mapping of {key} changed from {old} to {new}"),
    ("if-added", _TIGHTEN, "an `if` subschema was added"),
    ("if-removed", _LOOSEN, "the `if` subschema was removed"),
    ("then-added", _TIGHTEN, "a `then` subschema was added"),
    ("then-removed", _LOOSEN, "the `then` subschema was removed"),
    ("else-added", _TIGHTEN, "an `else` subschema was added"),
    ("else-removed", _LOOSEN, "the `else` subschema was removed"),
    ("contains-added", _TIGHTEN, "a `contains` subschema was added"),
    ("contains-removed", _LOOSEN, "the `contains` subschema was removed"),
    ("property-names-added", _TIGHTEN, "a `propertyNames` subschema was added"),
    ("property-names-removed", _LOOSEN, "the `propertyNames` subschema was removed"),
    ("unevaluated-items-added", _TIGHTEN, "an `unevaluatedItems` subschema was added"),
    ("unevaluated-items-removed", _LOOSEN, "the `unevaluatedItems` subschema was removed"),
    ("unevaluated-properties-added", _TIGHTEN, "an `unevaluatedProperties` subschema was added"),
    ("unevaluated-properties-removed", _LOOSEN, "the `unevaluatedProperties` subschema was removed"),
    ("pattern-property-added", _TIGHTEN, "the pattern property {key} was added"),
    ("pattern-property-removed", _LOOSEN, "the pattern property {key} was removed"),
    ("prefix-items-added", _LOOSEN, "prefixItems {new} were added"),
    ("prefix-items-removed", _TIGHTEN, "prefixItems {old} were removed"),
    ("list-of-types-narrowed", _TIGHTEN, "the list of types was narrowed from {old} to {new}"),
    ("list-of-types-widened", _LOOSEN, "the list of types was widened from {old} to {new}"),
    ("max-contains-decreased", _TIGHTEN, "maxContains decreased from {old} to {new}"),
    ("max-contains-increased", _LOOSEN, "maxContains increased from {old} to {new}"),
    ("min-contains-increased", _TIGHTEN, "minContains increased from {old} to {new}"),
    ("min-contains-decreased", _LOOSEN, "minContains decreased from {old} to {new}"),
    ("type-compatible", _NEUTRAL, "the type changed from {old} to {new}, which a loosely typed media type reads alike"),
]
_OWNERS = (
    ("request-body", "the request body", "The request body"),
    ("request-property", "the request property {prop}", "The request field `{prop}`"),
    ("response-body", "the response body (status {status})", "The response body"),
    ("response-property", "the response property {prop} (status {status})", "The response field `{prop}`"),
)
# Bounds on what a response returns, and on a whole request body: (id, level, what happened).
_BOUND_CHECKS: list[tuple[str, Level, str]] = [
    *(
        (f"{owner}-{suffix}", ERR, text)
        for owner in ("response-body", "response-property")
        for suffix, text in (
            ("max-increased", "the maximum increased from {old} to {new}"),
            ("min-decreased", "the minimum decreased from {old} to {new}"),
            ("exclusive-max-increased", "the exclusive maximum increased from {old} to {new}"),
            ("exclusive-min-decreased", "the exclusive minimum decreased from {old} to {new}"),
            ("max-length-increased", "the maximum length increased from {old} to {new}"),
            ("max-length-unset", "the maximum length {old} was removed"),
            ("min-length-decreased", "the minimum length decreased from {old} to {new}"),
            ("min-items-decreased", "the minimum number of items decreased from {old} to {new}"),
            ("min-items-unset", "the minimum number of items {old} was removed"),
        )
    ),
    ("response-property-pattern-added", INFO, "the pattern {new} was added"),
    ("response-property-pattern-changed", INFO, "the pattern changed from {old} to {new}"),
    ("response-property-pattern-removed", INFO, "the pattern {old} was removed"),
    ("request-body-max-decreased", ERR, "the maximum was tightened from {old} to {new}"),
    ("request-body-max-increased", INFO, "the maximum was relaxed from {old} to {new}"),
    ("request-body-max-set", WARN, "the maximum was set to {new}"),
    ("request-body-min-increased", ERR, "the minimum was tightened from {old} to {new}"),
    ("request-body-min-decreased", INFO, "the minimum was relaxed from {old} to {new}"),
    ("request-body-min-set", WARN, "the minimum was set to {new}"),
    ("request-body-exclusive-max-decreased", ERR, "the exclusive maximum was tightened from {old} to {new}"),
    ("request-body-exclusive-max-increased", INFO, "the exclusive maximum was relaxed from {old} to {new}"),
    ("request-body-exclusive-max-set", WARN, "the exclusive maximum was set to {new}"),
    ("request-body-exclusive-min-increased", ERR, "the exclusive minimum was tightened from {old} to {new}"),
    ("request-body-exclusive-min-decreased", INFO, "the exclusive minimum was relaxed from {old} to {new}"),
    ("request-body-exclusive-min-set", WARN, "the exclusive minimum was set to {new}"),
    ("request-body-max-length-decreased", ERR, "the maximum length was tightened from {old} to {new}"),
    ("request-body-max-length-increased", INFO, "the maximum length was relaxed from {old} to {new}"),
    ("request-body-max-length-set", WARN, "the maximum length was set to {new}"),
    ("request-body-min-length-increased", ERR, "the minimum length was tightened from {old} to {new}"),
    ("request-body-min-length-decreased", INFO, "the minimum length was relaxed from {old} to {new}"),
    ("request-body-min-items-increased", ERR, "the minimum number of items was tightened from {old} to {new}"),
    ("request-body-min-items-set", WARN, "the minimum number of items was set to {new}"),
]


def _schema_family_checks() -> list[tuple[str, Level, str, str, bool]]:
    rows: list[tuple[str, Level, str, str, bool]] = []
    for suffix, levels, what in _SCHEMA_FAMILIES:
        for (owner, subject, name), level in zip(_OWNERS, levels, strict=True):
            additive = level is INFO and suffix.endswith(("added", "widened", "removed")) and "annotation" not in what
            rows.append((f"{owner}-{suffix}", level, f"{subject}: {what}", f"{name}: {what}.", additive))
    for check_id, level, what in _BOUND_CHECKS:
        _, subject, name = next(o for o in _OWNERS if check_id.startswith(o[0] + "-"))
        rows.append((check_id, level, f"{subject}: {what}", f"{name}: {what}.", False))
    # readOnly/writeOnly switched on or off for a property that was required or optional
    for side, where in (("request", "request"), ("response", "response")):
        for which in ("required", "optional"):
            for flag in ("read-only", "write-only"):
                for became in (flag, f"not-{flag}"):
                    check_id = f"{side}-{which}-property-became-{became}"
                    level = WARN if check_id == "response-required-property-became-not-write-only" else INFO
                    word = became.replace("-", " ")
                    rows.append(
                        (
                            check_id,
                            level,
                            f"the {where} {which} property {{prop}} became {word}",
                            f"The {where} field `{{prop}}` ({which}) is {word} now.",
                            False,
                        )
                    )
    return rows


BUMP_OVERRIDES: dict[str, Bump] = {
    "api-path-removed-with-deprecation": Bump.MAJOR,
    "api-removed-with-deprecation": Bump.MAJOR,
    "api-operation-id-removed": Bump.MAJOR,
    "api-tag-removed": Bump.MAJOR,
    "api-schema-removed": Bump.MAJOR,
}

# Ids that are not oasdiff's: a generated Python client concern oasdiff has no id for (a renamed path parameter is a
# renamed function argument), and the array-size bounds of request properties, which oasdiff checks for parameters only.
ANYJOB_CHECKS = frozenset(
    {
        *(f"python-api-{kind}" for kind in PYTHON_KINDS),
        "request-path-parameter-renamed",
        "request-property-max-items-decreased",
        "request-property-max-items-increased",
        "request-property-min-items-decreased",
    }
)


def _build() -> dict[str, Check]:
    checks: dict[str, Check] = {}
    for check_id, level, text, summary, additive in _TABLE + _constraint_checks() + _schema_family_checks():
        if level is ERR:
            bump = Bump.MAJOR
        elif level is WARN:
            bump = Bump.MINOR
        else:
            bump = Bump.MINOR if additive else Bump.PATCH
        checks[check_id] = Check(check_id, level, text, summary, BUMP_OVERRIDES.get(check_id, bump))
    return checks


CHECKS: dict[str, Check] = _build()
