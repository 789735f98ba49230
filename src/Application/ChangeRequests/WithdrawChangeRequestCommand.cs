using Campus.Application.Abstractions;
using Campus.Domain.ChangeRequests;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests;

public enum WithdrawOutcome
{
    Withdrawn,
    NotFound,
    AlreadyDecided,
}

/// <summary>The parent who asked takes back a request that is still pending.</summary>
public sealed class WithdrawChangeRequestCommand(ICampusDbContext db, ICurrentUser user, DistrictClock clock)
{
    public async Task<WithdrawOutcome> RunAsync(int requestId, CancellationToken cancellationToken)
    {
        var request = await db.ChangeRequests.FirstOrDefaultAsync(
            r => r.Id == requestId && r.RequestedByGuardianId == user.GuardianId, cancellationToken);
        if (request is null)
        {
            return WithdrawOutcome.NotFound;
        }

        try
        {
            request.Withdraw(clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
            return WithdrawOutcome.Withdrawn;
        }
        catch (Exception ex) when (ex is ChangeRequestAlreadyDecidedException or DbUpdateConcurrencyException)
        {
            return WithdrawOutcome.AlreadyDecided;
        }
    }
}
