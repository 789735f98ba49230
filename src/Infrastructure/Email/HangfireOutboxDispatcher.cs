using Campus.Application.Email;
using Campus.Domain.Email;
using Campus.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Campus.Infrastructure.Email;

/// <summary>Enqueues one send job per outbox row and records when it did.</summary>
internal sealed class HangfireOutboxDispatcher(CampusDbContext db, IBackgroundJobClient jobs, TimeProvider time) : IOutboxDispatcher
{
    private const int ChunkSize = 500;

    public async Task DispatchAsync(IReadOnlyCollection<long> outboxMessageIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in outboxMessageIds.Distinct().Chunk(ChunkSize))
        {
            foreach (var id in chunk)
            {
                jobs.Enqueue<OutboxSendJob>(j => j.SendAsync(id, CancellationToken.None));
            }

            // Recorded after enqueueing: a crash in between leaves a null dispatch time, and the sweep enqueues the row
            // again (the send job's claim makes the second job a no-op if the first one ran).
            var now = time.GetUtcNow().UtcDateTime;
            await db.OutboxMessages
                .Where(m => chunk.Contains(m.Id) && m.Status == OutboxStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAtUtc, now), cancellationToken);
        }
    }
}
