using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.Hosting;

namespace Campus.Infrastructure.Email;

/// <summary>At start: (re-)registers the minutely outbox sweep, and on in-memory job storage recovers unfinished rows.</summary>
internal sealed class OutboxSchedule(IRecurringJobManager recurring, IBackgroundJobClient jobs, JobStorage storage, TimeProvider time) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<OutboxSweepJob>(OutboxSweepJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), Cron.Minutely());
        if (storage is InMemoryStorage)
        {
            var startedAtUtc = time.GetUtcNow().UtcDateTime;
            jobs.Enqueue<OutboxSweepJob>(j => j.RecoverAfterRestartAsync(startedAtUtc, CancellationToken.None));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
