using Campus.Domain.ChangeRequests;

namespace Campus.Application.ChangeRequests;

/// <summary>
/// A kind of change a parent may ask for. The five core kinds live in <c>Kinds/</c>; plugins add theirs through
/// <see cref="Plugins.IPluginBuilder.AddChangeRequestKind{TKind}"/>. A kind knows its fields, validates requested
/// values, and applies accepted fields to the real records (without saving: the caller's transaction does).
/// </summary>
public interface IChangeRequestKind
{
    /// <summary>Stable key stored with each request, e.g. "home-address".</summary>
    string Key { get; }

    /// <summary>Resource key of the kind's name, e.g. "Home address".</summary>
    string TitleKey { get; }

    /// <summary>The type whose .resx files hold this kind's labels and messages.</summary>
    Type ResourceSource { get; }

    ChangeRequestTarget Target { get; }

    /// <summary>Whether the form asks from when the change applies (a move).</summary>
    bool AsksEffectiveDate { get; }

    /// <summary>The form's fields with current values, or null when the target does not exist.</summary>
    Task<IReadOnlyList<ChangeRequestFieldDefinition>?> FormAsync(int targetId, CancellationToken cancellationToken);

    /// <summary>
    /// Normalizes a requested value (trims, formats a phone number) and checks it. Returns the normalized value and,
    /// when it is not acceptable, the resource key of a message to show beside the field.
    /// </summary>
    (string? Value, string? ErrorKey) Normalize(string field, string? requested, IReadOnlyDictionary<string, string?> allRequested);

    /// <summary>Applies the accepted fields to the tracked entities; the caller saves.</summary>
    Task ApplyAsync(ChangeRequest request, IReadOnlyList<ChangeRequestField> accepted, CancellationToken cancellationToken);
}
