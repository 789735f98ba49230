namespace Campus.Domain.ChangeRequests;

/// <summary>
/// A parent's request to change family or student information. Nothing changes until staff approve it, wholly or
/// field by field; a rejection carries a reason.
/// </summary>
public class ChangeRequest
{
    public int Id { get; set; }

    /// <summary>The kind's key, e.g. "home-address"; core kinds and plugin kinds alike.</summary>
    public required string Kind { get; set; }

    public int RequestedByGuardianId { get; set; }
    public int? StudentId { get; set; }
    public int? HouseholdId { get; set; }

    /// <summary>The guardian whose contact details the request changes, for guardian-contact requests.</summary>
    public int? SubjectGuardianId { get; set; }

    public DateOnly? EffectiveDate { get; set; }
    public DateTime SubmittedAtUtc { get; set; }
    public ChangeRequestStatus Status { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecidedByUserId { get; set; }
    public string? DecisionReason { get; set; }

    /// <summary>
    /// When the accepted fields reached the real records: at approval, or on <see cref="EffectiveDate"/> when that
    /// was still ahead. Null while pending, after a rejection, and while an approved change waits for its date.
    /// </summary>
    public DateTime? AppliedAtUtc { get; set; }

    /// <summary>Changed on every write, so that a second decision on the same request is caught (any provider).</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<ChangeRequestField> Fields { get; set; } = [];
    public List<ChangeRequestSchool> Schools { get; set; } = [];

    public bool IsPending => Status == ChangeRequestStatus.Pending;

    /// <summary>Approved (wholly or partly) but not yet applied because its effective date is still ahead.</summary>
    public bool IsScheduled => Status is ChangeRequestStatus.Approved or ChangeRequestStatus.PartlyApproved && AppliedAtUtc is null;

    /// <summary>Whether accepted fields should wait: the parent asked for a date after <paramref name="today"/>.</summary>
    public bool WaitsForEffectiveDate(DateOnly today) => EffectiveDate is { } date && date > today;

    /// <summary>Withdraws a pending request; the parent changed their mind.</summary>
    public void Withdraw(DateTime nowUtc)
    {
        EnsurePending();
        Status = ChangeRequestStatus.Withdrawn;
        DecidedAtUtc = nowUtc;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>Rejects the whole request. A reason is required: the parent is told it.</summary>
    public void Reject(string reason, string userId, DateTime nowUtc)
    {
        EnsurePending();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A rejection needs a reason.", nameof(reason));
        }

        foreach (var field in Fields)
        {
            field.Decision = FieldDecision.Declined;
        }

        Decide(ChangeRequestStatus.Rejected, reason.Trim(), userId, nowUtc);
    }

    /// <summary>
    /// Accepts the named fields and declines the rest. Accepting none is a rejection and needs a reason; declining
    /// some may carry one.
    /// </summary>
    public void Approve(IReadOnlySet<string> acceptedFields, string? reason, string userId, DateTime nowUtc)
    {
        EnsurePending();
        var unknown = acceptedFields.Where(f => Fields.All(x => x.Field != f)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Not fields of this request: {string.Join(", ", unknown)}.", nameof(acceptedFields));
        }

        if (acceptedFields.Count == 0)
        {
            Reject(reason ?? "", userId, nowUtc);
            return;
        }

        foreach (var field in Fields)
        {
            field.Decision = acceptedFields.Contains(field.Field) ? FieldDecision.Accepted : FieldDecision.Declined;
        }

        var status = Fields.All(f => f.Decision == FieldDecision.Accepted) ? ChangeRequestStatus.Approved : ChangeRequestStatus.PartlyApproved;
        Decide(status, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), userId, nowUtc);
    }

    /// <summary>Records that the accepted fields reached the real records.</summary>
    public void MarkApplied(DateTime nowUtc)
    {
        if (!IsScheduled)
        {
            throw new InvalidOperationException($"Change request {Id} is {Status}{(AppliedAtUtc is null ? "" : ", already applied")}; nothing to apply.");
        }

        AppliedAtUtc = nowUtc;
        ConcurrencyStamp = Guid.NewGuid();
    }

    private void Decide(ChangeRequestStatus status, string? reason, string userId, DateTime nowUtc)
    {
        Status = status;
        DecisionReason = reason;
        DecidedByUserId = userId;
        DecidedAtUtc = nowUtc;
        ConcurrencyStamp = Guid.NewGuid();
    }

    private void EnsurePending()
    {
        if (!IsPending)
        {
            throw new ChangeRequestAlreadyDecidedException(Id, Status);
        }
    }
}
