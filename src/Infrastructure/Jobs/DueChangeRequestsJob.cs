using Campus.Application.ChangeRequests;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace Campus.Infrastructure.Jobs;

/// <summary>Every hour, applies approved change requests whose effective date has come.</summary>
public sealed class DueChangeRequestsJob(ApplyDueChangeRequestsCommand command)
{
    public const string RecurringJobId = "apply-due-change-requests";

    public Task RunAsync(CancellationToken cancellationToken) => command.RunAsync(cancellationToken);

    internal sealed class Schedule(IRecurringJobManager recurring) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            recurring.AddOrUpdate<DueChangeRequestsJob>(RecurringJobId, j => j.RunAsync(CancellationToken.None), Cron.Hourly());
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
