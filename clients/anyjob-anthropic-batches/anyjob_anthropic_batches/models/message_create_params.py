# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_create_params_service_tier import MessageCreateParamsServiceTier
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_param import MessageParam
    from ..models.metadata import Metadata
    from ..models.text_block_param import TextBlockParam
    from ..models.thinking_config import ThinkingConfig
    from ..models.tool import Tool
    from ..models.tool_choice import ToolChoice


T = TypeVar("T", bound="MessageCreateParams")


@_attrs_define
class MessageCreateParams:
    """Messages API create parameters for one request (see Anthropic's Messages API reference). Only the core is
    modelled here; other fields are passed through (`additional_properties`). Validated while the batch runs: an
    invalid `params` makes the request `errored`. Not allowed in a batch: `stream: true`, `max_tokens: 0`,
    `speed` (fast mode) and a few others (the guide's list).

        Attributes:
            model (str): The model, e.g. `claude-opus-4-8`, `claude-sonnet-4-6`, `claude-haiku-4-5`. Any string is accepted
                here. Example: claude-opus-4-8.
            max_tokens (int): The maximum number of tokens to generate (at least 1 in a batch). Example: 1024.
            messages (list[MessageParam]): The conversation so far, alternating `user` and `assistant` turns.
            system (list[TextBlockParam] | str | Unset): A system prompt, as a string or as text blocks (e.g. to mark a
                prefix for prompt caching).
            temperature (float | Unset): Amount of randomness, 0.0 to 1.0 (default 1.0). Example: 0.2.
            top_p (float | Unset): Nucleus sampling cut-off.
            top_k (int | Unset): Sample only from the top K options for each token.
            stop_sequences (list[str] | Unset): Custom text sequences that stop generation.
            metadata (Metadata | Unset): Metadata about the request.
            tools (list[Tool] | Unset): Tools the model may use (client tools with an `input_schema`, or server tools by
                `type`).
            tool_choice (ToolChoice | Unset): How the model should use the tools.
            thinking (ThinkingConfig | Unset): Extended thinking. `enabled` needs `budget_tokens` (at least 1024);
                `adaptive` lets the model decide.
            service_tier (MessageCreateParamsServiceTier | Unset): Whether the request may use priority capacity (`auto`) or
                only standard capacity.
            stream (bool | Unset): Must be false or absent in a batch (`stream: true` makes the request `errored`).
    """

    model: str
    max_tokens: int
    messages: list[MessageParam]
    system: list[TextBlockParam] | str | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    top_k: int | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    tools: list[Tool] | Unset = UNSET
    tool_choice: ToolChoice | Unset = UNSET
    thinking: ThinkingConfig | Unset = UNSET
    service_tier: MessageCreateParamsServiceTier | Unset = UNSET
    stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        max_tokens = self.max_tokens

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        system: list[dict[str, Any]] | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, list):
            system = []
            for system_type_1_item_data in self.system:
                system_type_1_item = system_type_1_item_data.to_dict()
                system.append(system_type_1_item)

        else:
            system = self.system

        temperature = self.temperature

        top_p = self.top_p

        top_k = self.top_k

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_choice, Unset):
            tool_choice = self.tool_choice.to_dict()

        thinking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thinking, Unset):
            thinking = self.thinking.to_dict()

        service_tier: str | Unset = UNSET
        if not isinstance(self.service_tier, Unset):
            service_tier = self.service_tier.value

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "max_tokens": max_tokens,
                "messages": messages,
            }
        )
        if system is not UNSET:
            field_dict["system"] = system
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_param import MessageParam  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.text_block_param import TextBlockParam  # noqa: PLC0415
        from ..models.thinking_config import ThinkingConfig  # noqa: PLC0415
        from ..models.tool import Tool  # noqa: PLC0415
        from ..models.tool_choice import ToolChoice  # noqa: PLC0415

        d = dict(src_dict)
        model = d.pop("model")

        max_tokens = d.pop("max_tokens")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = MessageParam.from_dict(messages_item_data)

            messages.append(messages_item)

        def _parse_system(data: object) -> list[TextBlockParam] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                system_type_1 = []
                _system_type_1 = data
                for system_type_1_item_data in _system_type_1:
                    system_type_1_item = TextBlockParam.from_dict(system_type_1_item_data)

                    system_type_1.append(system_type_1_item)

                return system_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TextBlockParam] | str | Unset, data)

        system = _parse_system(d.pop("system", UNSET))

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        top_k = d.pop("top_k", UNSET)

        stop_sequences = cast(list[str], d.pop("stop_sequences", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _tools = d.pop("tools", UNSET)
        tools: list[Tool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = Tool.from_dict(tools_item_data)

                tools.append(tools_item)

        _tool_choice = d.pop("tool_choice", UNSET)
        tool_choice: ToolChoice | Unset
        if isinstance(_tool_choice, Unset):
            tool_choice = UNSET
        else:
            tool_choice = ToolChoice.from_dict(_tool_choice)

        _thinking = d.pop("thinking", UNSET)
        thinking: ThinkingConfig | Unset
        if isinstance(_thinking, Unset):
            thinking = UNSET
        else:
            thinking = ThinkingConfig.from_dict(_thinking)

        _service_tier = d.pop("service_tier", UNSET)
        service_tier: MessageCreateParamsServiceTier | Unset
        if isinstance(_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = MessageCreateParamsServiceTier(_service_tier)

        stream = d.pop("stream", UNSET)

        message_create_params = cls(
            model=model,
            max_tokens=max_tokens,
            messages=messages,
            system=system,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            stop_sequences=stop_sequences,
            metadata=metadata,
            tools=tools,
            tool_choice=tool_choice,
            thinking=thinking,
            service_tier=service_tier,
            stream=stream,
        )

        message_create_params.additional_properties = d
        return message_create_params

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
