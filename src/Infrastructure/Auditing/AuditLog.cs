using Campus.Application.Abstractions;
using Campus.Domain.Auditing;
using Campus.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Infrastructure.Auditing;

/// <summary>Writes through its own DbContext scope so that an audit row never rides on (or is lost with) the caller's changes.</summary>
public sealed class AuditLog(IServiceScopeFactory scopes, ICurrentUser user, TimeProvider clock) : IAuditLog
{
    public async Task WriteAsync(string action, string entityType, string? entityId, string? detail, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampusDbContext>();
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Detail = detail,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
