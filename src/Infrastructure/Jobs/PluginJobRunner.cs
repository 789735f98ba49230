using System.ComponentModel;
using Campus.Application.Plugins;
using Campus.Infrastructure.Persistence;
using Campus.Infrastructure.Plugins;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Campus.Infrastructure.Jobs;

/// <summary>
/// Runs a plugin's recurring job. Hangfire stores only the plugin id and job name: the job type lives in the plugin's
/// own load context and is found in the catalog here, so Hangfire never has to load a plugin type by name.
/// </summary>
public sealed class PluginJobRunner(PluginCatalog catalog, IServiceScopeFactory scopes, ILogger<PluginJobRunner> logger)
{
    public static string RecurringJobId(string pluginId, string name) => $"plugin:{pluginId}:{name}";

    [AutomaticRetry(Attempts = 0)]
    [DisplayName("Plugin job {0}: {1}")]
    public async Task RunAsync(string pluginId, string name, CancellationToken cancellationToken)
    {
        var registration = catalog.Jobs.SingleOrDefault(j => j.PluginId == pluginId && j.Name == name);
        if (registration is null)
        {
            logger.LogWarning("Plugin job {PluginId}:{Name} is no longer installed", pluginId, name);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampusDbContext>();
        if (await db.PluginSettings.AnyAsync(s => s.PluginId == pluginId && s.SchoolId == null && !s.IsEnabled, cancellationToken))
        {
            logger.LogInformation("Plugin {PluginId} is switched off district-wide; job {Name} skipped", pluginId, name);
            return;
        }

        var job = (IPluginJob)scope.ServiceProvider.GetRequiredService(registration.JobType);
        await job.RunAsync(cancellationToken);
    }
}
