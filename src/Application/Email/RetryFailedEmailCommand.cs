using Campus.Application.Abstractions;
using Campus.Domain.Email;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.Email;

/// <summary>
/// Gives a failed email another round of attempts, after an admin fixed the cause (a mistyped address corrected,
/// a mail server back). The row keeps its Message-ID; only a Failed row can be sent again, so a sent one never is.
/// </summary>
public sealed class RetryFailedEmailCommand(ICampusDbContext db, IOutboxDispatcher dispatcher, IAuditLog audit)
{
    public async Task<bool> RunAsync(long outboxMessageId, CancellationToken cancellationToken)
    {
        var reset = await db.OutboxMessages
            .Where(m => m.Id == outboxMessageId && m.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.Attempts, 0), cancellationToken);
        if (reset == 0)
        {
            return false;
        }

        await audit.WriteAsync("email-retried", "OutboxMessage", outboxMessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), null, cancellationToken);
        await dispatcher.DispatchAsync([outboxMessageId], cancellationToken);
        return true;
    }
}
