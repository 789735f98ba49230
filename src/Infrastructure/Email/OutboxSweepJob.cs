using System.ComponentModel;
using Campus.Application.Email;
using Campus.Domain.Email;
using Campus.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Campus.Infrastructure.Email;

/// <summary>Finds outbox rows whose send job never existed or was lost, and dispatches them again.</summary>
public sealed class OutboxSweepJob(
    CampusDbContext db,
    IOutboxDispatcher dispatcher,
    EmailSettings settings,
    TimeProvider time,
    ILogger<OutboxSweepJob> logger)
{
    public const string RecurringJobId = "email:outbox-sweep";
    private const int BatchSize = 1000;

    /// <summary>Rows committed without a dispatch (a crash between commit and dispatch), and rows whose job is presumed lost.</summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [DisplayName("Sweep the email outbox")]
    public Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return SweepAsync(now - settings.SweepAfter, now - settings.RedispatchAfter, cancellationToken);
    }

    /// <summary>
    /// After a start on in-memory job storage no send job of the previous process survives, so every row that process
    /// left unfinished is dispatched again (one being sent when it stopped may go out twice, with the same Message-ID).
    /// Rows claimed or dispatched since <paramref name="startedAtUtc"/> belong to this process and are left alone.
    /// </summary>
    [AutomaticRetry(Attempts = 0)]
    [DisplayName("Recover the email outbox after a restart")]
    public Task RecoverAfterRestartAsync(DateTime startedAtUtc, CancellationToken cancellationToken) =>
        SweepAsync(startedAtUtc, startedAtUtc, cancellationToken);

    private async Task SweepAsync(DateTime createdBefore, DateTime dispatchedBefore, CancellationToken cancellationToken)
    {
        var released = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Sending && m.DispatchedAtUtc < dispatchedBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending), cancellationToken);

        var lastId = 0L;
        while (true)
        {
            var ids = await db.OutboxMessages
                .Where(m => m.Id > lastId && m.Status == OutboxStatus.Pending)
                .Where(m => m.DispatchedAtUtc == null ? m.CreatedAtUtc < createdBefore : m.DispatchedAtUtc < dispatchedBefore)
                .OrderBy(m => m.Id)
                .Select(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return;
            }

            lastId = ids[^1];
            logger.LogInformation("Outbox sweep dispatches {Count} row(s) ({Released} released from an abandoned send)", ids.Count, released);
            await dispatcher.DispatchAsync(ids, cancellationToken);
        }
    }
}
