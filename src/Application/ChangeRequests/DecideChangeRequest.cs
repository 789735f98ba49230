namespace Campus.Application.ChangeRequests;

/// <summary>
/// A reviewer's decision. <see cref="SeenStamp"/> is the request's concurrency stamp as the reviewer saw it, so a
/// decision made meanwhile by someone else is caught.
/// </summary>
public sealed record DecideChangeRequest(int RequestId, Guid SeenStamp, bool Reject, IReadOnlySet<string> AcceptedFields, string? Reason);

public enum DecisionOutcome
{
    Decided,
    NotFound,
    AlreadyDecided,
    ReasonRequired,
}
