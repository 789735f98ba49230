using Campus.Domain.ChangeRequests;

namespace Campus.Application.ChangeRequests;

/// <summary>
/// A request as lists show it, with its kind for labels and its fields for the details. <see cref="IsScheduled"/>:
/// approved, waiting for its effective date to be applied.
/// </summary>
public sealed record ChangeRequestSummary(
    int Id,
    IChangeRequestKind Kind,
    string TargetName,
    ChangeRequestStatus Status,
    DateTime SubmittedAtUtc,
    DateTime? DecidedAtUtc,
    string? DecisionReason,
    DateOnly? EffectiveDate,
    IReadOnlyList<ChangeRequestField> Fields,
    bool IsScheduled);
