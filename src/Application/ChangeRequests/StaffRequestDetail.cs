using Campus.Domain.ChangeRequests;
using Campus.Domain.Email;

namespace Campus.Application.ChangeRequests;

/// <summary>A request as staff review it: each field with its current value, its value when asked, and what is asked.</summary>
public sealed record StaffRequestDetail(
    ChangeRequestSummary Request,
    string RequestedBy,
    Guid ConcurrencyStamp,
    IReadOnlyList<StaffFieldDiff> Fields,
    IReadOnlyList<StaffEmailStatus> Emails)
{
    /// <summary>True when the record changed after the parent asked, so the parent's picture was out of date.</summary>
    public bool ChangedSinceSubmission => Fields.Any(f => f.ChangedSinceSubmission);
}

public sealed record StaffFieldDiff(string Field, string LabelKey, string? Subject, string? CurrentValue, string? ValueAtSubmission, string? RequestedValue, FieldDecision Decision)
{
    public bool ChangedSinceSubmission => !string.Equals(CurrentValue ?? "", ValueAtSubmission ?? "", StringComparison.Ordinal);
}

public sealed record StaffEmailStatus(string ToAddress, OutboxStatus Status, int Attempts, string? LastError, DateTime? SentAtUtc);
