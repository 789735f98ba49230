using Campus.Application.Abstractions;

namespace Campus.Plugins.Locker.Tests;

internal sealed class RecordingAuditLog : IAuditLog
{
    public List<(string Action, string EntityType, string? EntityId, string? Detail)> Entries { get; } = [];

    public Task WriteAsync(string action, string entityType, string? entityId, string? detail, CancellationToken cancellationToken)
    {
        Entries.Add((action, entityType, entityId, detail));
        return Task.CompletedTask;
    }
}
