using Campus.Application.Email;
using Campus.Domain.Email;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Testing;

/// <summary>Writes outbox rows the way the approval use case does, and waits for outcomes of the real jobs.</summary>
public static class Outbox
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    public static async Task<List<OutboxMessage>> InsertAsync(CampusWebFactory host, int count, string? toAddress = null, TimeSpan? age = null)
    {
        var createdAt = DateTime.UtcNow - (age ?? TimeSpan.Zero);
        var rows = Enumerable.Range(1, count).Select(i => new OutboxMessage
        {
            MessageId = OutboxMessageIds.New("test.campus"),
            ToAddress = toAddress ?? $"guardian{i}-{Guid.NewGuid():N}@example.test",
            ToName = $"Guardian {i}",
            Subject = $"Your request was approved ({i})",
            TextBody = "Your request was approved.",
            HtmlBody = "<p>Your request was <strong>approved</strong>.</p>",
            Status = OutboxStatus.Pending,
            CreatedAtUtc = createdAt,
        }).ToList();
        await host.WithDbAsync(db =>
        {
            db.OutboxMessages.AddRange(rows);
            return db.SaveChangesAsync();
        });
        return rows;
    }

    public static async Task DispatchAsync(CampusWebFactory host, IEnumerable<long> ids)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOutboxDispatcher>().DispatchAsync(ids.ToList(), CancellationToken.None);
    }

    public static Task<List<OutboxMessage>> RowsAsync(CampusWebFactory host, IEnumerable<OutboxMessage> rows)
    {
        var ids = rows.Select(r => r.Id).ToList();
        return host.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync());
    }

    public static async Task<List<OutboxMessage>> WaitForRowsAsync(CampusWebFactory host, IEnumerable<OutboxMessage> rows, Func<OutboxMessage, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var current = await RowsAsync(host, rows);
            if (current.All(condition))
            {
                return current;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Outbox rows did not reach the expected state: " + string.Join(", ", current.Select(r => $"{r.Id}={r.Status}/{r.Attempts}/{r.LastError}")));
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until Hangfire has nothing enqueued, scheduled or running, so that a duplicate would have shown by now.</summary>
    public static async Task WaitForIdleJobsAsync(CampusWebFactory host)
    {
        var monitoring = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow + Patience;
        while (monitoring.EnqueuedCount("default") + monitoring.ScheduledCount() + monitoring.ProcessingCount() > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Background jobs did not finish.");
            }

            await Task.Delay(50);
        }
    }

    public static int CountReceived(CampusWebFactory host, OutboxMessage row) =>
        host.Smtp.Messages.Count(m => m.MessageId == row.MessageId.Trim('<', '>'));
}
