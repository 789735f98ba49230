namespace Campus.Application.ChangeRequests;

/// <summary>
/// One field of a request form, with the value it has now. <see cref="LabelKey"/> and the option labels are looked
/// up in the kind's resources; <see cref="Group"/> gathers fields that belong together (one emergency contact).
/// </summary>
public sealed record ChangeRequestFieldDefinition(
    string Field,
    string LabelKey,
    FieldInput Input,
    string? CurrentValue,
    bool Required = false,
    string? Group = null,
    string? AutoComplete = null,
    IReadOnlyList<FieldOption>? Options = null);

public sealed record FieldOption(string Value, string LabelKey);
