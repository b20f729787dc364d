# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from enum import StrEnum


class ErrorType(StrEnum):
    """The values the spec lists for ErrorType.

    A value the spec does not list (a vendor added one) still parses: it becomes a member outside this list that keeps
    the raw string as its ``value``, and ``is_known`` is False for it.
    """

    API_ERROR = "api_error"
    AUTHENTICATION_ERROR = "authentication_error"
    BILLING_ERROR = "billing_error"
    CONFLICT_ERROR = "conflict_error"
    INVALID_REQUEST_ERROR = "invalid_request_error"
    MEMORY_PATH_CONFLICT_ERROR = "memory_path_conflict_error"
    MEMORY_PRECONDITION_FAILED_ERROR = "memory_precondition_failed_error"
    NOT_FOUND_ERROR = "not_found_error"
    OVERLOADED_ERROR = "overloaded_error"
    PERMISSION_ERROR = "permission_error"
    RATE_LIMIT_ERROR = "rate_limit_error"
    REQUEST_TOO_LARGE = "request_too_large"
    TIMEOUT_ERROR = "timeout_error"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """True when the value is one that the spec lists."""
        return self._value_ in type(self)._value2member_map_

    @classmethod
    def _missing_(cls, value: object) -> "ErrorType | None":
        # Vendors add values without notice; keeping the raw string beats failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNLISTED"
        member._value_ = value
        return member
