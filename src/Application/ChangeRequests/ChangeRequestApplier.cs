using System.Globalization;
using Campus.Application.Abstractions;
using Campus.Domain.Auditing;
using Campus.Domain.ChangeRequests;

namespace Campus.Application.ChangeRequests;

/// <summary>
/// Puts an approved request's accepted fields into the real records and writes one audit row per field
/// (who, when, field, old → new). The caller saves, inside its own transaction.
/// </summary>
public sealed class ChangeRequestApplier(ICampusDbContext db)
{
    public async Task ApplyAsync(ChangeRequest request, IChangeRequestKind kind, string? userId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var targetId = ChangeRequestTargets.TargetId(request, kind.Target);
        var before = (await kind.FormAsync(targetId, cancellationToken) ?? []).ToDictionary(f => f.Field, f => f.CurrentValue);
        var accepted = request.Fields.Where(f => f.Decision == FieldDecision.Accepted).ToList();
        await kind.ApplyAsync(request, accepted, cancellationToken);
        foreach (var field in accepted)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                OccurredAtUtc = nowUtc,
                UserId = userId,
                Action = AuditActions.ChangeRequestFieldApplied,
                EntityType = kind.Target.ToString(),
                EntityId = targetId.ToString(CultureInfo.InvariantCulture),
                Detail = $"request {request.Id}, {field.Field}: {before.GetValueOrDefault(field.Field) ?? "(none)"} → {field.RequestedValue ?? "(none)"}",
            });
        }

        request.MarkApplied(nowUtc);
    }
}
