using Campus.Domain.ChangeRequests;

namespace Campus.Application.ChangeRequests;

/// <summary>The staff queue's filters. <see cref="OlderThanDays"/> keeps requests waiting at least that long.</summary>
public sealed record StaffQueueFilter(string? Kind, int? SchoolId, ChangeRequestStatus? Status, int? OlderThanDays, int Page, int PageSize = 25);

public sealed record StaffQueueRow(int Id, string KindKey, string RequestedBy, ChangeRequestStatus Status, DateTime SubmittedAtUtc, int FieldCount);

public sealed record StaffQueuePage(IReadOnlyList<StaffQueueRow> Rows, int TotalCount, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
