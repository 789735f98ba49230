using Campus.Infrastructure.Plugins;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Hosting;

namespace Campus.Infrastructure.Jobs;

/// <summary>At start: a recurring job per installed plugin job, and none left over from plugins since removed.</summary>
internal sealed class PluginJobSchedule(PluginCatalog catalog, IRecurringJobManager recurring, JobStorage storage) : IHostedService
{
    private const string Prefix = "plugin:";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var installed = new HashSet<string>();
        foreach (var job in catalog.Jobs)
        {
            var (pluginId, name) = (job.PluginId, job.Name);
            var id = PluginJobRunner.RecurringJobId(pluginId, name);
            recurring.AddOrUpdate<PluginJobRunner>(id, r => r.RunAsync(pluginId, name, CancellationToken.None), job.CronExpression);
            installed.Add(id);
        }

        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Where(j => j.Id.StartsWith(Prefix, StringComparison.Ordinal) && !installed.Contains(j.Id)))
        {
            recurring.RemoveIfExists(stale.Id);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
