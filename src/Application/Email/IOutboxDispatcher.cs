namespace Campus.Application.Email;

/// <summary>
/// Hands committed outbox rows to the background sender. Call it only after the transaction that wrote the rows
/// has committed; a row that is never handed over is found by the outbox sweep.
/// </summary>
public interface IOutboxDispatcher
{
    Task DispatchAsync(IReadOnlyCollection<long> outboxMessageIds, CancellationToken cancellationToken);
}
