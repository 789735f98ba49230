using Campus.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests;

public sealed class StaffRequestDetailQuery(ICampusDbContext db, StaffRequestAccess access, ChangeRequestKinds kinds, ChangeRequestTargets targets)
{
    /// <summary>Null when the request does not exist or is not one of the reviewer's schools'.</summary>
    public async Task<StaffRequestDetail?> RunAsync(int requestId, CancellationToken cancellationToken)
    {
        var request = await access.Visible().AsNoTracking().Include(r => r.Fields).FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || kinds.Find(request.Kind) is not { } kind)
        {
            return null;
        }

        var targetId = ChangeRequestTargets.TargetId(request, kind.Target);
        var form = await kind.FormAsync(targetId, cancellationToken) ?? [];
        var current = form.ToDictionary(f => f.Field, f => f.CurrentValue);
        var fields = request.Fields.OrderBy(f => f.Id)
            .Select(f => new StaffFieldDiff(f.Field, f.Label, f.Subject, current.GetValueOrDefault(f.Field), f.ValueAtSubmission, f.RequestedValue, f.Decision))
            .ToList();
        var requestedBy = await db.Guardians.Where(g => g.Id == request.RequestedByGuardianId)
            .Select(g => g.FirstName + " " + g.LastName).FirstAsync(cancellationToken);
        var emails = await db.OutboxMessages.AsNoTracking().Where(m => m.ChangeRequestId == requestId).OrderBy(m => m.Id)
            .Select(m => new StaffEmailStatus(m.ToAddress, m.Status, m.Attempts, m.LastError, m.SentAtUtc))
            .ToListAsync(cancellationToken);
        var summary = new ChangeRequestSummary(request.Id, kind, await targets.NameAsync(kind.Target, targetId, cancellationToken), request.Status,
            request.SubmittedAtUtc, request.DecidedAtUtc, request.DecisionReason, request.EffectiveDate, request.Fields, request.IsScheduled);
        return new StaffRequestDetail(summary, requestedBy, request.ConcurrencyStamp, fields, emails);
    }
}
