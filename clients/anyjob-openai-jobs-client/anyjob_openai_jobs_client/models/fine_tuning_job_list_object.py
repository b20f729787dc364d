# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from enum import StrEnum


class FineTuningJobListObject(StrEnum):
    """The values the spec lists for FineTuningJobListObject.

    A value the spec does not list (a vendor added one) still parses: it becomes a member outside this list that keeps
    the raw string as its ``value``, and ``is_known`` is False for it.
    """

    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """True when the value is one that the spec lists."""
        return self._value_ in type(self)._value2member_map_

    @classmethod
    def _missing_(cls, value: object) -> "FineTuningJobListObject | None":
        # Vendors add values without notice; keeping the raw string beats failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNLISTED"
        member._value_ = value
        return member
