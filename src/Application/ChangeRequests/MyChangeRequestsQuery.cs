using Campus.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests;

/// <summary>The requests the signed-in guardian made, newest first. Requested values show only here, as requested.</summary>
public sealed class MyChangeRequestsQuery(ICampusDbContext db, ICurrentUser user, ChangeRequestKinds kinds, ChangeRequestTargets targets)
{
    public async Task<IReadOnlyList<ChangeRequestSummary>> RunAsync(CancellationToken cancellationToken)
    {
        if (user.GuardianId is not int guardianId)
        {
            return [];
        }

        var requests = await db.ChangeRequests.AsNoTracking()
            .Where(r => r.RequestedByGuardianId == guardianId)
            .Include(r => r.Fields)
            .OrderByDescending(r => r.SubmittedAtUtc)
            .Take(200)
            .ToListAsync(cancellationToken);

        var summaries = new List<ChangeRequestSummary>();
        foreach (var r in requests)
        {
            if (kinds.Find(r.Kind) is not { } kind)
            {
                continue; // A plugin kind whose plugin is no longer installed.
            }

            var target = ChangeRequestTargets.TargetId(r, kind.Target);
            summaries.Add(new ChangeRequestSummary(r.Id, kind, await targets.NameAsync(kind.Target, target, cancellationToken), r.Status,
                r.SubmittedAtUtc, r.DecidedAtUtc, r.DecisionReason, r.EffectiveDate, r.Fields.OrderBy(f => f.Id).ToList(), r.IsScheduled));
        }

        return summaries;
    }
}
