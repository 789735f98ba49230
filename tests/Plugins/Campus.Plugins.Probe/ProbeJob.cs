using Campus.Application.Abstractions;
using Campus.Application.Plugins;
using Campus.Domain.Auditing;

namespace Campus.Plugins.Probe;

/// <summary>Writes one audit row each time it runs, so a test can see that (and when) the host ran it.</summary>
public sealed class ProbeJob(ICampusDbContext db) : IPluginJob
{
    public const string Name = "heartbeat";
    public const string AuditAction = "probe-job-ran";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAtUtc = DateTime.UtcNow,
            Action = AuditAction,
            EntityType = "Plugin",
            EntityId = ProbePlugin.Id,
            Detail = $"job {Name}",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
