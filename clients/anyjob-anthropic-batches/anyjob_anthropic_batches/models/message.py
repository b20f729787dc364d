# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_reason import StopReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container import Container
    from ..models.other_content_block import OtherContentBlock
    from ..models.redacted_thinking_block import RedactedThinkingBlock
    from ..models.server_tool_use_block import ServerToolUseBlock
    from ..models.stop_details import StopDetails
    from ..models.text_block import TextBlock
    from ..models.thinking_block import ThinkingBlock
    from ..models.tool_use_block import ToolUseBlock
    from ..models.usage import Usage


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A Messages API answer (the SDK's Message), as a succeeded result carries it.

    Attributes:
        id (str): Unique object identifier (`msg_...`). Example: msg_013Zva2CMHLNnXjNJJKqJ2EF.
        type_ (Literal['message']):  Default: 'message'.
        role (Literal['assistant']):  Default: 'assistant'.
        content (list[OtherContentBlock | RedactedThinkingBlock | ServerToolUseBlock | TextBlock | ThinkingBlock |
            ToolUseBlock]): The content blocks the model generated.
        model (str): The model that answered. Example: claude-opus-4-8.
        stop_reason (None | StopReason): Why the model stopped (never null in a non-streamed answer, but typed nullable
            by Anthropic).
        stop_sequence (None | str): Which custom stop sequence was generated, if any.
        usage (Usage): Billing and rate-limit usage of one request.
        container (Container | None | Unset): The container a container tool (e.g. code execution) used; null otherwise.
        stop_details (None | StopDetails | Unset): Structured detail on why output stopped (e.g. for a refusal); null
            when there is none.
    """

    id: str
    content: list[
        OtherContentBlock | RedactedThinkingBlock | ServerToolUseBlock | TextBlock | ThinkingBlock | ToolUseBlock
    ]
    model: str
    stop_reason: None | StopReason
    stop_sequence: None | str
    usage: Usage
    type_: Literal["message"] = "message"
    role: Literal["assistant"] = "assistant"
    container: Container | None | Unset = UNSET
    stop_details: None | StopDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container import Container  # noqa: PLC0415
        from ..models.redacted_thinking_block import RedactedThinkingBlock  # noqa: PLC0415
        from ..models.server_tool_use_block import ServerToolUseBlock  # noqa: PLC0415
        from ..models.stop_details import StopDetails  # noqa: PLC0415
        from ..models.text_block import TextBlock  # noqa: PLC0415
        from ..models.thinking_block import ThinkingBlock  # noqa: PLC0415
        from ..models.tool_use_block import ToolUseBlock  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        role = self.role

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, TextBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ThinkingBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, RedactedThinkingBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ToolUseBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ServerToolUseBlock):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        model = self.model

        stop_reason: None | str
        if isinstance(self.stop_reason, StopReason):
            stop_reason = self.stop_reason.value
        else:
            stop_reason = self.stop_reason

        stop_sequence: None | str
        stop_sequence = self.stop_sequence

        usage = self.usage.to_dict()

        container: dict[str, Any] | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, Container):
            container = self.container.to_dict()
        else:
            container = self.container

        stop_details: dict[str, Any] | None | Unset
        if isinstance(self.stop_details, Unset):
            stop_details = UNSET
        elif isinstance(self.stop_details, StopDetails):
            stop_details = self.stop_details.to_dict()
        else:
            stop_details = self.stop_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "role": role,
                "content": content,
                "model": model,
                "stop_reason": stop_reason,
                "stop_sequence": stop_sequence,
                "usage": usage,
            }
        )
        if container is not UNSET:
            field_dict["container"] = container
        if stop_details is not UNSET:
            field_dict["stop_details"] = stop_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container import Container  # noqa: PLC0415
        from ..models.other_content_block import OtherContentBlock  # noqa: PLC0415
        from ..models.redacted_thinking_block import RedactedThinkingBlock  # noqa: PLC0415
        from ..models.server_tool_use_block import ServerToolUseBlock  # noqa: PLC0415
        from ..models.stop_details import StopDetails  # noqa: PLC0415
        from ..models.text_block import TextBlock  # noqa: PLC0415
        from ..models.thinking_block import ThinkingBlock  # noqa: PLC0415
        from ..models.tool_use_block import ToolUseBlock  # noqa: PLC0415
        from ..models.usage import Usage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["message"], d.pop("type"))
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        role = cast(Literal["assistant"], d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> (
                OtherContentBlock
                | RedactedThinkingBlock
                | ServerToolUseBlock
                | TextBlock
                | ThinkingBlock
                | ToolUseBlock
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_block_type_0 = TextBlock.from_dict(data)

                    return componentsschemas_content_block_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_block_type_1 = ThinkingBlock.from_dict(data)

                    return componentsschemas_content_block_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_block_type_2 = RedactedThinkingBlock.from_dict(data)

                    return componentsschemas_content_block_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_block_type_3 = ToolUseBlock.from_dict(data)

                    return componentsschemas_content_block_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_block_type_4 = ServerToolUseBlock.from_dict(data)

                    return componentsschemas_content_block_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_content_block_type_5 = OtherContentBlock.from_dict(data)

                return componentsschemas_content_block_type_5

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        model = d.pop("model")

        def _parse_stop_reason(data: object) -> None | StopReason:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stop_reason_type_0 = StopReason(data)

                return stop_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StopReason, data)

        stop_reason = _parse_stop_reason(d.pop("stop_reason"))

        def _parse_stop_sequence(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stop_sequence = _parse_stop_sequence(d.pop("stop_sequence"))

        usage = Usage.from_dict(d.pop("usage"))

        def _parse_container(data: object) -> Container | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_type_0 = Container.from_dict(data)

                return container_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Container | None | Unset, data)

        container = _parse_container(d.pop("container", UNSET))

        def _parse_stop_details(data: object) -> None | StopDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stop_details_type_0 = StopDetails.from_dict(data)

                return stop_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StopDetails | Unset, data)

        stop_details = _parse_stop_details(d.pop("stop_details", UNSET))

        message = cls(
            id=id,
            type_=type_,
            role=role,
            content=content,
            model=model,
            stop_reason=stop_reason,
            stop_sequence=stop_sequence,
            usage=usage,
            container=container,
            stop_details=stop_details,
        )

        message.additional_properties = d
        return message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
