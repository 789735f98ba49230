namespace Campus.Domain.ChangeRequests;

public sealed class ChangeRequestAlreadyDecidedException(int requestId, ChangeRequestStatus status)
    : InvalidOperationException($"Change request {requestId} is already {status}.")
{
    public ChangeRequestStatus Status { get; } = status;
}
