using Campus.Application.Abstractions;
using Campus.Domain.ChangeRequests;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests;

/// <summary>
/// Applies approved requests whose effective date has come (a move approved ahead of the moving day). Run by a
/// recurring background job; each request in its own transaction, and a request another run applied meanwhile is skipped.
/// </summary>
public sealed class ApplyDueChangeRequestsCommand(ICampusDbContext db, ChangeRequestKinds kinds, ChangeRequestApplier applier, DistrictClock clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var due = await db.ChangeRequests
            .Where(r => (r.Status == ChangeRequestStatus.Approved || r.Status == ChangeRequestStatus.PartlyApproved)
                && r.AppliedAtUtc == null && r.EffectiveDate <= today)
            .OrderBy(r => r.Id)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);

        var applied = 0;
        foreach (var id in due)
        {
            var request = await db.ChangeRequests.Include(r => r.Fields).FirstAsync(r => r.Id == id, cancellationToken);
            if (!request.IsScheduled || kinds.Find(request.Kind) is not { } kind)
            {
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await applier.ApplyAsync(request, kind, userId: null, clock.UtcNow, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                applied++;
            }
            catch (DbUpdateConcurrencyException)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }

        return applied;
    }
}
